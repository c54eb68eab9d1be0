// The attendee fields a registration file can fill, and the mapping from file columns to them.
// Pure and free of dependencies: the import form in the browser (components/import) uses it too.

export const IMPORT_FIELDS = [
  "firstName",
  "lastName",
  "fullName",
  "email",
  "phone",
  "company",
  "jobTitle",
  "country",
  "companySize",
  "industry",
  "externalId",
  "badgeCode",
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The contact fields an import may write; fullName only feeds first and last name. */
export type ContactField = Exclude<ImportField, "fullName" | "externalId" | "badgeCode">;

export const CONTACT_FIELDS = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "company",
  "jobTitle",
  "country",
  "companySize",
  "industry",
] as const satisfies readonly ContactField[];

export const FIELD_LABELS: Record<ImportField, string> = {
  firstName: "First name",
  lastName: "Last name",
  fullName: "Full name (only when there is no first-name column)",
  email: "Email",
  phone: "Phone",
  company: "Company",
  jobTitle: "Job title",
  country: "Country",
  companySize: "Company size",
  industry: "Industry",
  externalId: "Registration id (matches re-imports)",
  badgeCode: "Badge code / barcode (kept as the vendor's code)",
};

/** The label without its explanation, for messages and table headings: "Badge code / barcode". */
export const fieldName = (field: ImportField) => FIELD_LABELS[field].split(" (")[0]!;

/** Longest value stored per field, the same limits as attendees added one by one (lib/attendees/attendees.ts). */
export const FIELD_MAX: Record<ImportField, number> = {
  firstName: 100,
  lastName: 100,
  fullName: 201,
  email: 254,
  phone: 50,
  company: 200,
  jobTitle: 200,
  country: 60,
  companySize: 40,
  industry: 100,
  externalId: 200,
  badgeCode: 200,
};

/** Which column (0-based index into the header row) feeds each field; unmapped fields are absent. */
export type ImportMapping = Partial<Record<ImportField, number>>;

/** Why a mapping cannot be imported with, or null. Checked before any row is read. */
export function mappingProblem(mapping: ImportMapping, headers: readonly string[]): string | null {
  if (mapping.email === undefined) return "Choose the column that holds the email address.";
  if (mapping.firstName === undefined && mapping.fullName === undefined) return "Choose the column that holds the first name (or the full name).";
  const used = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (column >= headers.length) return `${fieldName(field)}: the file has no column ${column + 1}.`;
    const other = used.get(column);
    if (other) return `The column "${headers[column]}" is chosen for both ${fieldName(other)} and ${fieldName(field)}.`;
    used.set(column, field);
  }
  return null;
}

/** The header name of a field's column, for problem lists the organizer can match to the file. */
export function columnName(mapping: ImportMapping, headers: readonly string[], field: ImportField): string {
  const column = mapping[field];
  return column === undefined ? fieldName(field) : headers[column] || `column ${column + 1}`;
}
