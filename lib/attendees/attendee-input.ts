// An attendee's contact details as a form (the console's add and edit) or the CLI gives them:
// trimmed, within the import's limits (lib/attendees/import/import-fields.ts FIELD_MAX), and
// refused when they hold control characters or text-direction overrides (lib/fields.ts
// plainText, docs/decisions/031), the same rules the import applies to a file's cells.
import { z } from "zod";
import { Email, ShortText, plainText } from "../fields";
import { FIELD_LABELS, FIELD_MAX, type ContactField } from "./import/import-fields";

const label = (field: ContactField) => FIELD_LABELS[field].split(" (")[0]!;

/**
 * An optional field: blank is stored as null. As in the import (normalise-row.ts), inner line
 * breaks are the person's text (a company on two lines) and CRLF becomes LF; names stay one line.
 */
const Optional = (field: ContactField) =>
  z
    .string()
    .overwrite((v) => v.replace(/\r\n?/g, "\n").trim())
    .max(FIELD_MAX[field], `${label(field)} is too long (at most ${FIELD_MAX[field]} characters).`)
    .superRefine(plainText(label(field), { lines: true }))
    .transform((v) => v || null)
    .nullish()
    .transform((v) => v ?? null);

export const AttendeeInput = z.object({
  firstName: ShortText("a first name", FIELD_MAX.firstName),
  // Some people have one name only: the import lets the last name be empty too.
  lastName: z
    .string()
    .trim()
    .max(FIELD_MAX.lastName, `Last name is too long (at most ${FIELD_MAX.lastName} characters).`)
    .superRefine(plainText("Last name"))
    .nullish()
    .transform((v) => v ?? ""),
  email: Email,
  phone: Optional("phone"),
  company: Optional("company"),
  jobTitle: Optional("jobTitle"),
  country: Optional("country"),
  companySize: Optional("companySize"),
  industry: Optional("industry"),
});

export type AttendeeFields = z.output<typeof AttendeeInput>;
export const ATTENDEE_FIELD_KEYS = Object.keys(AttendeeInput.shape) as (keyof AttendeeFields)[];
