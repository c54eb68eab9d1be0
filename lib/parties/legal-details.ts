// The legal details of the parties a consent receipt names (ISO/IEC TS 27560 "party" fields):
// the organizer's, entered per event, and each partner's. Kept apart from the partner's words
// (lib/partners/partner-words.ts): these are not what the attendee is told before deciding, so
// changing them lapses no consent. Every field is optional; a receipt says null ("not stated")
// for what was not entered (docs/decisions/024-receipts-27560.md).
import { z } from "zod";
import { PARTY_TYPES } from "@/db/schema";
import { Email, HttpsUrl, plainText } from "../fields";

/** Days after the event's last day that personal data is kept unless the organizer sets otherwise. */
export const DEFAULT_RETENTION_DAYS = 90;

export type PartyType = (typeof PARTY_TYPES)[number];

export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  company: "Company (for-profit legal entity)",
  non_profit: "Non-profit organisation",
  public_body: "Public body",
  individual: "Individual (natural person)",
};

/** A form's empty field means "not stated": stored as null. */
const blank = z.literal("").transform(() => null);
const optional = <T extends z.ZodType>(schema: T) => z.union([blank, schema]).nullish().transform((v) => v ?? null);
const Text = (label: string, max: number, lines = false) =>
  z.string().trim().max(max, `${label} is too long (at most ${max} characters).`).superRefine(plainText(label, { lines }));
const TextOrNull = (label: string, max: number, lines = false) =>
  Text(label, max, lines).transform((v) => (v === "" ? null : v)).nullish().transform((v) => v ?? null);

const PartyInput = {
  legalName: TextOrNull("The legal name", 200),
  legalAddress: TextOrNull("The postal address", 500, true),
  legalContactEmail: optional(Email),
  partyType: optional(z.enum(PARTY_TYPES, "Pick one of the listed party types.")),
};

export const PartnerLegalInput = z.object(PartyInput);

export const EventLegalInput = z.object({
  ...PartyInput,
  jurisdiction: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "Use a two-letter country code (ISO 3166-1), e.g. DE."),
  ),
  storageLocation: TextOrNull("The storage and processing location", 200),
  /** The event's last day; the retention period counts from it (or from its first day without one). */
  endsOn: optional(z.iso.date("Use a date like 2026-03-14.")),
  // A blank field is the default, 90 days (docs/decisions/027).
  retentionDays: z.union([
    z.literal("").transform(() => DEFAULT_RETENTION_DAYS),
    z.coerce.number().int("Use a whole number of days.").min(1, "At least 1 day.").max(3650, "At most 3650 days (10 years)."),
  ]).default(DEFAULT_RETENTION_DAYS),
  supervisoryAuthorityName: TextOrNull("The supervisory authority's name", 200),
  supervisoryAuthorityUrl: optional(HttpsUrl),
});

export type PartnerLegal = z.output<typeof PartnerLegalInput>;
export type EventLegal = z.output<typeof EventLegalInput>;

export const PARTNER_LEGAL_KEYS = Object.keys(PartnerLegalInput.shape) as (keyof PartnerLegal)[];
export const EVENT_LEGAL_KEYS = Object.keys(EventLegalInput.shape) as (keyof EventLegal)[];

/** The event's details a receipt needs that were not entered (for the organizer's nudge). */
export function missingEventLegal(legal: EventLegal): (keyof EventLegal)[] {
  return EVENT_LEGAL_KEYS.filter((k) => legal[k] === null);
}
