// The audit log in words: what an entry's action did, and what it was about, as sentences an
// organizer reads without knowing the codes (the code stays in the table, small, for searching).
// Details are written out per action where they are known, and otherwise as "label: value"
// pairs: never as JSON.
import type { AuditEntry } from "@/db/schema";

type Details = Record<string, unknown>;
type Describe = string | ((d: Details) => string);

const FORMAT_WORDS: Record<string, string> = {
  csv: "leads (CSV)",
  xlsx: "leads (Excel)",
  hubspot_csv: "leads for HubSpot (CSV)",
  salesforce_csv: "leads for Salesforce (CSV)",
  vcard: "leads as contact cards (vCard)",
  suppression_csv: "the suppression list (CSV)",
  suppression_xlsx: "the suppression list (Excel)",
};

const WHAT: Record<string, Describe> = {
  "exports.file": (d) => `Exported ${FORMAT_WORDS[String(d.format)] ?? "a partner's file"}${d.since === "last" ? ", new since the last export" : ""}`,
  "exports.zip": "Exported every partner's leads and suppression list (ZIP)",
  "exports.badge_codes": "Exported the attendees' badge codes (CSV)",
  "badges.print": "Printed badges (PDF)",
  "organizers.invite": "Invited an organizer",
  "organizers.join": "Joined as an organizer",
  "organizers.remove": "Removed an organizer",
  "organizers.leave": "Left the event's organizers",
  "organizers.cancel_invite": "Cancelled an organizer invitation",
  "events.legal": "Changed the event's legal details",
  "events.update": "Changed the event's settings",
  "partners.legal": "Changed a partner's legal details",
  "partners.create": "Added a partner",
  "partners.update": "Edited a partner",
  "partners.lead_form": "Changed a partner's lead form",
  "partners.follow_up": "Changed a partner's follow-up",
  "partners.follow_up_removed": "Removed a partner's follow-up",
  "consents.lapse": "Shares lapsed after a partner changed",
  "agreement.publish": "Published the data-use agreement",
  "agreement.accept": "A partner accepted the data-use agreement",
  "partner_team.invite": "Invited someone to a partner's team",
  "partner_team.join": "Joined a partner's team",
  "partner_team.role": "Changed a team member's role",
  "partner_team.remove": "Removed someone from a partner's team",
  "partner_team.cancel_invite": "Cancelled a team invitation",
  "attendees.erase": "Erased an attendee on request",
  "attendees.import": "Imported attendees",
  "retention.purge": "Erased attendees past the retention date",
  "api-tokens.create": "Made an API token",
  "api-tokens.revoke": "Revoked an API token",
  "drawings.create": "Created a prize drawing",
  "drawings.freeze": "Froze a drawing's entries",
  "drawings.draw": "Drew a drawing's winners",
  "webhooks.add": "Added a webhook",
  "webhooks.rotate": "Rotated a webhook's secret",
  "webhooks.pause": "Paused a webhook",
  "webhooks.resume": "Resumed a webhook",
  "webhooks.remove": "Removed a webhook",
  "webhooks.disabled": "Fairlead paused a failing webhook",
  "webhooks.replay": "Sent webhook events again",
  "webhooks.private_addresses": "Changed whether webhooks may reach private addresses",
  "notices.version": "Saved a new consent notice version",
  "devices.revoke": "Revoked a booth phone",
  "devices.unpair-self": "A booth phone unpaired itself",
  "devices.pairing-link": "Made a pairing link for a booth phone",
};

/** "partners.lead_form" → "Partners: lead form", for an action this table does not know yet. */
const fallbackWhat = (action: string) => {
  const [area, ...rest] = action.split(".");
  const words = (s: string) => s.replace(/[_-]+/g, " ");
  return rest.length ? `${words(area!).replace(/^./, (c) => c.toUpperCase())}: ${words(rest.join(" "))}` : words(action);
};

export function describeWhat(entry: Pick<AuditEntry, "action" | "details">): string {
  const what = WHAT[entry.action];
  if (what === undefined) return fallbackWhat(entry.action);
  return typeof what === "string" ? what : what(entry.details ?? {});
}

const n = (v: unknown, one: string, many = `${one}s`) => `${Number(v)} ${Number(v) === 1 ? one : many}`;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** "Northwind (partner 12)" for the subjects lib writes as "partner 12 Northwind". */
export function describeSubject(subject: string | null): string {
  if (!subject) return "";
  const named = /^(partner|drawing) (\d+) (.+)$/.exec(subject);
  return named ? `${named[3]} (${named[1]} ${named[2]})` : subject;
}

const ABOUT: Record<string, (d: Details) => string[]> = {
  "exports.file": (d) => [
    n(d.rows, "row"),
    d.exportId !== undefined ? `export ${value(d.exportId)}` : "",
    d.since === "last" ? (d.sinceExportId ? `after export ${value(d.sinceExportId)}` : "the partner's first leads export") : "",
    checkpoint(d),
  ],
  "exports.zip": (d) => {
    const ids = Array.isArray(d.exportIds) && d.exportIds.length === 2 ? `exports ${value(d.exportIds[0])} to ${value(d.exportIds[1])}` : "";
    return [n(d.files, "file"), n(d.leads, "lead"), ids, d.complete === false ? "interrupted: only the files sent before the break are recorded" : ""];
  },
  "exports.badge_codes": (d) => [n(d.rows, "attendee")],
  "badges.print": (d) => [n(d.badges, "badge"), n(d.pages, "page"), d.format ? `${value(d.format)} layout` : ""],
  "attendees.import": (d) => [
    d.status ? `import ${d.importId === undefined ? "" : `${value(d.importId)} `}${value(d.status)}` : "",
    n(d.rowsTotal, "row"),
    `${Number(d.created ?? 0)} added, ${Number(d.updated ?? 0)} updated, ${Number(d.unchanged ?? 0)} unchanged, ${Number(d.rejected ?? 0)} refused`,
  ],
  "attendees.erase": (d) => erasure(d),
  "retention.purge": (d) => [...erasure(d), d.trigger ? `started by ${value(d.trigger)}` : "", d.interrupted ? `interrupted: ${value(d.interrupted)}` : ""],
};

function erasure(d: Details): string[] {
  return [n(d.attendees, "attendee"), n(d.lapsed, "share", "shares") + " lapsed", n(d.suppressed, "contact") + " on suppression lists", n(d.qualifications, "lead note"), n(d.mail, "mail")];
}

function checkpoint(d: Details): string {
  return typeof d.checkpointId === "number" ? `under ledger checkpoint ${d.checkpointId}` : "";
}

const LABEL = (key: string) => key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();

function value(v: unknown): string {
  if (v === null || v === undefined) return "none";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "string") return ISO.test(v) ? `${v.slice(0, 16).replace("T", " ")} UTC` : /^[0-9a-f]{40,}$/.test(v) ? `${v.slice(0, 12)}…` : v;
  if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === "string" ? LABEL(x) : value(x))).join(", ") : "nothing";
  if (typeof v === "object") return Object.entries(v as Details).map(([k, x]) => `${k} ${value(x)}`).join(", ");
  return typeof v === "number" || typeof v === "bigint" ? String(v) : "";
}

/** Every detail as "label: value", for actions without words of their own. */
function pairs(d: Details, skip: string[] = []): string[] {
  return Object.entries(d)
    .filter(([k]) => !skip.includes(k))
    .map(([k, v]) => `${LABEL(k)}: ${value(v)}`);
}

/** The subject and the details, as one line of text. */
export function describeAbout(entry: Pick<AuditEntry, "action" | "subject" | "details">): string {
  const details = entry.details ?? {};
  const parts = (ABOUT[entry.action] ?? ((d: Details) => pairs(d)))(details).filter(Boolean);
  const subject = describeSubject(entry.subject);
  if (!parts.length) return subject;
  return subject ? `${subject}: ${parts.join("; ")}` : parts.join("; ");
}

/** The actor label lib writes ("organizer:ada@example.com", "partner:12:bo@example.com", "device:5", "cli") in words. */
export function describeWho(label: string): string {
  const [kind, ...rest] = label.split(":");
  if (kind === "organizer") return rest.join(":");
  if (kind === "partner") return `${rest.slice(1).join(":")} (partner ${rest[0]})`;
  if (kind === "device") return `booth phone ${rest[0]}`;
  if (kind === "attendee") return `attendee ${rest[0]}`;
  if (kind === "cli") return "command line";
  return label;
}
