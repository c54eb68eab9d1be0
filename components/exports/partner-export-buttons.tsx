// One partner's downloads, each a POST to `route` (the organizer's or the partner workspace's
// export route): leads and suppression list as spreadsheets, and leads for a CRM.
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

export function PartnerExportButtons({ route, crmNote }: { route: string; crmNote: string }) {
  return (
    <>
      <div className="row" data-testid="export-buttons">
        {SPREADSHEETS.map(([file, format, label]) => (
          <form key={label} method="post" action={`${route}?file=${file}&format=${format}`}>
            <button className="button secondary" type="submit">
              {label}
            </button>
          </form>
        ))}
      </div>
      <div className="row small" data-testid="crm-export-buttons">
        <span className="muted">{crmNote}</span>
        {CRM.map(([format, label]) => (
          <form key={format} method="post" action={`${route}?file=leads&format=${format}`}>
            <button className="button secondary" type="submit">
              {label}
            </button>
          </form>
        ))}
      </div>
    </>
  );
}
