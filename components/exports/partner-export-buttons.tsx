// One partner's downloads, each a POST to `route` (the organizer's or the partner workspace's
// export route): leads and suppression list as spreadsheets, leads for a CRM, and leads new
// since the partner's last leads export (lib/exports/since-last-export.ts).
import type { SinceLastExport } from "@/lib/exports/since-last-export";
import { formatTime } from "../leads/format-time";
import { who } from "./export-history";

const SPREADSHEETS = [
  ["leads", "csv", "Export leads (CSV)"],
  ["leads", "xlsx", "Export leads (XLSX)"],
  ["suppression", "csv", "Suppression list (CSV)"],
  ["suppression", "xlsx", "Suppression list (XLSX)"],
] as const;

const CRM = [
  ["hubspot", "HubSpot (CSV)"],
  ["salesforce", "Salesforce (CSV)"],
  ["vcard", "vCard"],
] as const;

const NEW_SINCE = [
  ["csv", "CSV"],
  ["xlsx", "XLSX"],
  ["hubspot", "HubSpot"],
  ["salesforce", "Salesforce"],
  ["vcard", "vCard"],
] as const;

const leads = (n: number) => `${n} ${n === 1 ? "lead" : "leads"}`;

function Download({ route, query, label }: { route: string; query: string; label: string }) {
  return (
    <form method="post" action={`${route}?${query}`}>
      <button className="button secondary" type="submit">
        {label}
      </button>
    </form>
  );
}

/** timeZone: the event's, which the last export's time is stated in (decision 044). */
export function PartnerExportButtons({ route, crmNote, since, timeZone }: { route: string; crmNote: string; since: SinceLastExport; timeZone: string }) {
  const { previous, newLeads } = since;
  return (
    <>
      <div className="row" data-testid="export-buttons">
        {SPREADSHEETS.map(([file, format, label]) => (
          <Download key={label} route={route} query={`file=${file}&format=${format}`} label={label} />
        ))}
      </div>
      <div className="row small" data-testid="crm-export-buttons">
        <span className="muted">{crmNote}</span>
        {CRM.map(([format, label]) => (
          <Download key={format} route={route} query={`file=leads&format=${format}`} label={label} />
        ))}
      </div>
      <div className="stack small" data-testid="since-export">
        <p className="muted" style={{ margin: 0 }} data-testid="since-export-note">
          {previous
            ? `The last leads export of this partner (the organizer’s and the partner team’s count alike): ${formatTime(previous.createdAt, timeZone)} by ${who(previous.actorLabel)}, ${leads(previous.rows)}. New since then: ${leads(newLeads)}.`
            : `No leads file of this partner has been exported yet: “New since the last export” gives the whole list (${leads(newLeads)}).`}
        </p>
        <div className="row">
          {NEW_SINCE.map(([format, label]) => (
            <Download key={format} route={route} query={`file=leads&format=${format}&since=last`} label={`New since the last export (${label})`} />
          ))}
        </div>
      </div>
    </>
  );
}
