// The legal-details forms' fields, in the order a receipt names them. Labels only (no database),
// so the organizer's pages and components share them.
import { PARTY_TYPE_LABELS, type PartyType } from "./legal-details";

type Field = { name: string; label: string; hint: string; kind?: "text" | "email" | "url" | "number" | "textarea"; options?: readonly (readonly [string, string])[] };

const partyTypes = Object.entries(PARTY_TYPE_LABELS) as [PartyType, string][];

export const PARTY_FIELDS = (who: string): Field[] => [
  { name: "legalName", label: "Legal name", hint: `${who}'s registered name, e.g. "Expo Events GmbH".` },
  { name: "legalAddress", label: "Postal address", hint: "Where letters reach the party.", kind: "textarea" },
  { name: "legalContactEmail", label: "Data-protection contact email", hint: "Where attendees write about their data.", kind: "email" },
  { name: "partyType", label: "Party type", hint: "What kind of party it is.", options: partyTypes },
];

export const EVENT_LEGAL_FIELDS: Field[] = [
  ...PARTY_FIELDS("The organizer"),
  { name: "jurisdiction", label: "Jurisdiction", hint: "The country whose law applies, as a two-letter code (ISO 3166-1), e.g. DE." },
  { name: "storageLocation", label: "Storage and processing location", hint: "Where the attendees' data is stored and processed, e.g. DE or EU (Frankfurt)." },
  { name: "endsOn", label: "Last day of the event", hint: "YYYY-MM-DD. The retention period counts from it (blank: the event's first day)." },
  { name: "retentionDays", label: "Retention period (days after the event's last day)", hint: "Then attendees' personal data is purged. Blank: 90 days. The consent notice and receipts say it.", kind: "number" },
  { name: "supervisoryAuthorityName", label: "Supervisory authority", hint: "Where attendees may complain, e.g. the data-protection authority of your state." },
  { name: "supervisoryAuthorityUrl", label: "Supervisory authority's web address", hint: "A full https:// address.", kind: "url" },
];
