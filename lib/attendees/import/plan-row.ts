// What one accepted record will do: create an attendee, update one, leave one as it is, or be
// rejected. Pure over the lookups, so the preview and the import decide the same way.
//
// Matching: the mapped registration id first, else the email (normalised). The same person
// twice in one file (same id or same email as an earlier line) is imported once, from its first
// line; each later line is listed as a problem naming that first line, not merged.
import { CONTACT_FIELDS, columnName, type ContactField, type ImportMapping } from "./import-fields";
import type { ExistingAttendee, Lookups } from "./lookups";
import type { NormalisedRecord, NormalisedRow, RowProblem } from "./normalise-row";

/** Keys already taken by earlier lines of this file → the line that took them. */
export type SeenInFile = { externalIds: Map<string, number>; emails: Map<string, number>; badgeCodes: Map<string, number> };
export const seenInFile = (): SeenInFile => ({ externalIds: new Map(), emails: new Map(), badgeCodes: new Map() });

export type Changes = Partial<Record<ContactField | "externalId", string | null>>;

export type RowPlan =
  | { kind: "reject"; problems: RowProblem[] }
  | { kind: "create"; row: NormalisedRow }
  | { kind: "update"; row: NormalisedRow; existing: ExistingAttendee; changes: Changes }
  | { kind: "unchanged"; row: NormalisedRow; existing: ExistingAttendee };

/** The contact fields the file changes; a badge code already given is never among them. */
export function changesFor(row: NormalisedRow, existing: ExistingAttendee): Changes {
  const changes: Changes = {};
  for (const field of CONTACT_FIELDS) {
    const value = row[field];
    if (value !== undefined && value !== existing[field]) changes[field] = value;
  }
  // A registration id is filled in once (an attendee first matched by email), never replaced.
  if (row.externalId !== null && existing.externalId === null) changes.externalId = row.externalId;
  return changes;
}

export function planRow(record: NormalisedRecord, lookups: Lookups, seen: SeenInFile, mapping: ImportMapping, headers: readonly string[]): RowPlan {
  const { row, line } = record;
  if (!row) return { kind: "reject", problems: record.problems };
  const column = (field: "externalId" | "email" | "badgeCode") => columnName(mapping, headers, field);

  const repeatOf = (row.externalId !== null ? seen.externalIds.get(row.externalId) : undefined) ?? seen.emails.get(row.email);
  if (repeatOf !== undefined) {
    const byId = row.externalId !== null && seen.externalIds.get(row.externalId) === repeatOf;
    const key = byId ? column("externalId") : column("email");
    return { kind: "reject", problems: [{ field: key, reason: `The same person as line ${repeatOf} (same ${key}): imported once, from line ${repeatOf}; this line was skipped.` }] };
  }

  const existing = (row.externalId !== null ? lookups.byExternalId.get(row.externalId) : undefined) ?? lookups.byEmail.get(row.email);
  if (row.badgeCode !== null) {
    const earlier = seen.badgeCodes.get(row.badgeCode);
    const holder = lookups.byBadge.get(row.badgeCode);
    if (earlier !== undefined) {
      return { kind: "reject", problems: [{ field: column("badgeCode"), reason: `The badge code ${row.badgeCode} is already on line ${earlier}; badge codes must be unique.` }] };
    }
    if (holder !== undefined && holder !== existing?.id) {
      return { kind: "reject", problems: [{ field: column("badgeCode"), reason: `The badge code ${row.badgeCode} already belongs to another attendee of this event.` }] };
    }
  }

  if (row.externalId !== null) seen.externalIds.set(row.externalId, line);
  seen.emails.set(row.email, line);
  if (row.badgeCode !== null) seen.badgeCodes.set(row.badgeCode, line);
  if (!existing) return { kind: "create", row };
  const changes = changesFor(row, existing);
  return Object.keys(changes).length === 0 ? { kind: "unchanged", row, existing } : { kind: "update", row, existing, changes };
}
