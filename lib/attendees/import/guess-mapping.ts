// Guesses which column feeds which field from the header row, by the names registration
// systems use (Eventbrite, pretix, Cvent, Hopin, spreadsheets). The organizer corrects it.
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from "./import-fields";

/** Header names, compared without case, accents, spaces or punctuation (but "#" is kept), best first. */
const NAMES: Record<ImportField, string[]> = {
  firstName: ["firstname", "attendeefirstname", "givenname", "attendeenamegivenname", "forename", "vorname", "prenom", "nombre", "first"],
  lastName: ["lastname", "attendeelastname", "familyname", "attendeenamefamilyname", "surname", "nachname", "nom", "apellidos", "last"],
  fullName: ["fullname", "attendeename", "name", "attendee", "participant"],
  email: ["email", "emailaddress", "attendeeemail", "attendeeemailaddress", "mail", "emailadresse", "courriel"],
  phone: ["phone", "phonenumber", "attendeephone", "mobile", "mobilephone", "mobilenumber", "cellphone", "telephone", "tel", "telefon"],
  company: ["company", "companyname", "attendeecompany", "organization", "organisation", "organizationname", "employer", "firma", "unternehmen"],
  jobTitle: ["jobtitle", "attendeejobtitle", "position", "role", "jobrole", "function", "funktion"],
  country: ["country", "countrycode", "attendeecountry", "countryregion", "land", "pays"],
  companySize: ["companysize", "organizationsize", "organisationsize", "employees", "numberofemployees", "companysizeemployees"],
  industry: ["industry", "sector", "branche", "industrysector"],
  // Per-person ids before per-order ones: one order may register several people.
  externalId: ["attendee#", "attendeeid", "ticketid", "ticket#", "ticketnumber", "registrationid", "registration#", "positionid", "participantid", "order#", "ordercode", "orderid", "ordernumber"],
  badgeCode: ["barcode#", "barcode", "ticketsecret", "secret", "badgecode", "badgebarcode", "qrcode", "ticketcode", "checkincode"],
};

/** Words that name a field inside a longer header ("Email (work)", "Company / Organisation"). */
const CONTAINS: Partial<Record<ImportField, string[]>> = {
  firstName: ["firstname", "givenname"],
  lastName: ["lastname", "familyname", "surname"],
  email: ["email"],
  phone: ["phone", "mobile"],
  company: ["company", "organization", "organisation"],
  jobTitle: ["jobtitle"],
  country: ["country"],
  industry: ["industry"],
  badgeCode: ["barcode"],
};

export function headerKey(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9#]/g, "");
}

/** The guessed mapping: each field gets at most one column, each column at most one field. */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const mapping: ImportMapping = {};
  const pick = (field: ImportField, column: number) => {
    mapping[field] = column;
    taken.add(column);
  };
  // Exact names first for every field, so "Email" is not lost to a looser match elsewhere.
  for (const field of IMPORT_FIELDS) {
    for (const name of NAMES[field]) {
      const column = keys.findIndex((k, i) => k === name && !taken.has(i));
      if (column >= 0) {
        pick(field, column);
        break;
      }
    }
  }
  for (const field of IMPORT_FIELDS) {
    if (mapping[field] !== undefined) continue;
    for (const word of CONTAINS[field] ?? []) {
      const column = keys.findIndex((k, i) => k.includes(word) && !taken.has(i));
      if (column >= 0) {
        pick(field, column);
        break;
      }
    }
  }
  // A full-name column is only useful when there is no first-name column.
  if (mapping.firstName !== undefined) delete mapping.fullName;
  return mapping;
}
