// The event's badge codes with names, as CSV (the command line's `badges`): for a badge
// printer's own software or a registration desk. It hands personal data out of Fairlead like
// any export, so it goes to the audit log, once the file has been written.
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { listBadges } from "../attendees/attendees";
import { recordAudit } from "../audit/record-audit";
import { csvRow } from "./csv";

export type BadgeCodesFile = { csv: string; rows: number; recordExport: (destination: string) => void };

export function badgeCodesCsv(actor: Actor, eventId: number): BadgeCodesFile {
  const rows = listBadges(actor, eventId); // organizers of the event (and the command line) only
  const csv =
    csvRow(["attendee_id", "first_name", "last_name", "company", "badge_code"]) +
    rows.map((r) => csvRow([r.attendeeId, r.firstName, r.lastName, r.company, r.badgeCode])).join("");
  return {
    csv,
    rows: rows.length,
    recordExport: (destination) =>
      getDb().transaction((tx) => recordAudit(tx, actor, eventId, "exports.badge_codes", destination, { rows: rows.length })),
  };
}
