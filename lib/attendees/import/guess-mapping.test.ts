import assert from "node:assert/strict";
import { test } from "node:test";
import { Email } from "../../fields";
import { guessMapping } from "./guess-mapping";
import { emailProblem } from "./import-email";
import type { ImportField } from "./import-fields";

/** The mapping as field → header name, easier to read than column numbers. */
const named = (headers: string[]) => Object.fromEntries(Object.entries(guessMapping(headers)).map(([field, column]) => [field, headers[column]]));

test("[IMPORT] Eventbrite's columns are guessed: Attendee # (per person) over Order #, Barcode # as the badge code", () => {
  const headers = "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,Barcode #,Order Type,Job Title,Company,Country".split(",");
  assert.deepEqual(named(headers), {
    firstName: "First Name",
    lastName: "Last Name",
    email: "Email",
    company: "Company",
    jobTitle: "Job Title",
    country: "Country",
    externalId: "Attendee #",
    badgeCode: "Barcode #",
  });
});

test("[IMPORT] pretix's columns are guessed: given and family name over the full name, Ticket secret as the badge code", () => {
  const headers =
    "Order code;Attendee name;Attendee name: Given name;Attendee name: Family name;Product;Price;Checked in;E-mail;Phone number;Company;Order date;Order time;Ticket secret".split(";");
  assert.deepEqual(named(headers), {
    firstName: "Attendee name: Given name",
    lastName: "Attendee name: Family name",
    email: "E-mail",
    phone: "Phone number",
    company: "Company",
    externalId: "Order code",
    badgeCode: "Ticket secret",
  });
});

test("[IMPORT] other registration systems' names, in any case and with accents or punctuation", () => {
  const cases: [string[], Partial<Record<ImportField, string>>][] = [
    [["Attendee first name", "Attendee last name", "Attendee email", "Ticket ID"], { firstName: "Attendee first name", lastName: "Attendee last name", email: "Attendee email", externalId: "Ticket ID" }],
    [["Given name", "Family name", "E-Mail", "Company size", "Industry", "Mobile"], { firstName: "Given name", lastName: "Family name", email: "E-Mail", companySize: "Company size", industry: "Industry", phone: "Mobile" }],
    [["Prénom", "Nom", "Courriel", "Société / Organisation"], { firstName: "Prénom", lastName: "Nom", email: "Courriel", company: "Société / Organisation" }],
    [["Name", "Email address (work)", "Order #"], { fullName: "Name", email: "Email address (work)", externalId: "Order #" }],
  ];
  for (const [headers, expected] of cases) assert.deepEqual(named(headers), expected, headers.join(", "));
});

test("[IMPORT] the import's email check: the fixtures' bad ones refused, the internationalised one accepted (z.email() refuses it)", () => {
  assert.match(emailProblem("not-an-email")!, /not an email address/);
  assert.match(emailProblem("")!, /empty/);
  for (const bad of ["a@b", "a b@example.com", "a@@example.com", ".a@example.com", "a..b@example.com", "a@-x.example", "a@example.c", "a@example..com"]) {
    assert.ok(emailProblem(bad), bad);
  }
  for (const good of ["zoë.ñúñez@exämple.example", "用户@例子.广告", "o'brien+expo@example.ie", "liam.ivanov12@margie's.example"]) {
    assert.equal(emailProblem(good), null, good);
  }
  assert.equal(Email.safeParse("zoë.ñúñez@exämple.example").success, false, "why the import has its own check");
});
