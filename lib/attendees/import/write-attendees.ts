// The two writes of an import, as drizzle prepared statements compiled once per connection and
// run per row inside the chunk's transaction: building the query per row cost more than
// SQLite's own work at 100,000 rows (npm run bench:import).
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { insertedId } from "@/db/dialect";
import { placeholderFor, prepared } from "@/db/prepared";
import { attendees } from "@/db/schema";
import { storePersonalToken } from "../../auth/personal-token";
import { issueBadgeCode } from "../../badges/badge-code";
import type { ExistingAttendee } from "./lookups";
import type { NormalisedRow } from "./normalise-row";
import type { Changes } from "./plan-row";

/** The contact fields a registration export provides. */
export const CONTACT_COLUMNS = {
  firstName: attendees.firstName,
  lastName: attendees.lastName,
  email: attendees.email,
  phone: attendees.phone,
  company: attendees.company,
  jobTitle: attendees.jobTitle,
  country: attendees.country,
  companySize: attendees.companySize,
  industry: attendees.industry,
};

const p = (name: string) => sql.placeholder(name);

// Prepared once per connection and run per row inside the chunk's transaction (db/prepared.ts).
const insertAttendee = prepared((db) =>
  db
    .insert(attendees)
    .values({
      eventId: p("eventId"),
      firstName: p("firstName"),
      lastName: p("lastName"),
      email: p("email"),
      phone: p("phone"),
      company: p("company"),
      jobTitle: p("jobTitle"),
      country: p("country"),
      companySize: p("companySize"),
      industry: p("industry"),
      externalId: p("externalId"),
      badgeCode: p("badgeCode"),
      badgeSource: p("badgeSource"),
      personalTokenSha256: p("personalTokenSha256"),
      personalTokenSealed: p("personalTokenSealed"),
    })
    .prepare(),
);

// Every contact field is rewritten from the merged values: one statement serves any change.
// The badge code is not among them: an issued or imported badge code never changes.
const updateAttendee = prepared((db) =>
  db
    .update(attendees)
    .set({
      ...Object.fromEntries(Object.entries(CONTACT_COLUMNS).map(([key, column]) => [key, placeholderFor(column, key)])),
      externalId: placeholderFor(attendees.externalId, "externalId"),
    })
    .where(and(eq(attendees.id, p("id")), eq(attendees.eventId, p("eventId"))))
    .prepare(),
);

const TOKEN_BYTES = 32; // as lib/crypto randomToken(): 256 bits, base64url

export type AttendeeWriter = {
  /** Inserts the attendee; its id and badge code (the vendor's, or one issued here). */
  create(eventId: number, row: NormalisedRow): { id: number; badgeCode: string };
  /** Writes the changes to the stored attendee and to the in-memory copy the import matches against. */
  update(eventId: number, existing: ExistingAttendee, changes: Changes): void;
};

export function attendeeWriter(db: Db): AttendeeWriter {
  const insert = insertAttendee(db);
  const update = updateAttendee(db);
  // Personal-page tokens are cut from one random buffer per 2,000 rows: one call into the
  // CSPRNG per row was a tenth of the import's time.
  let pool = Buffer.alloc(0);
  const personalToken = () => {
    if (pool.length < TOKEN_BYTES) pool = randomBytes(TOKEN_BYTES * 2000);
    const token = pool.subarray(0, TOKEN_BYTES).toString("base64url");
    pool = pool.subarray(TOKEN_BYTES);
    return token;
  };

  // Each statement's values are one object literal with every property, built per row: spreading
  // one object into another (`{ ...values, eventId, ...token }`) here made V8 promote about
  // 230 MB of short-lived objects over a 49 MB import (issue 13, docs/benchmarks/upload.md).
  return {
    create(eventId, row) {
      const badgeCode = row.badgeCode ?? issueBadgeCode();
      const token = storePersonalToken(personalToken());
      const result = insert.run({
        eventId,
        firstName: row.firstName,
        lastName: row.lastName ?? "",
        email: row.email,
        phone: row.phone ?? null,
        company: row.company ?? null,
        jobTitle: row.jobTitle ?? null,
        country: row.country ?? null,
        companySize: row.companySize ?? null,
        industry: row.industry ?? null,
        externalId: row.externalId,
        badgeCode,
        badgeSource: row.badgeCode === null ? "issued" : "vendor",
        personalTokenSha256: token.personalTokenSha256,
        personalTokenSealed: token.personalTokenSealed,
      });
      return { id: insertedId(result), badgeCode };
    },
    update(eventId, existing, changes) {
      Object.assign(existing, changes);
      update.run({
        id: existing.id,
        eventId,
        firstName: existing.firstName,
        lastName: existing.lastName,
        email: existing.email,
        phone: existing.phone,
        company: existing.company,
        jobTitle: existing.jobTitle,
        country: existing.country,
        companySize: existing.companySize,
        industry: existing.industry,
        externalId: existing.externalId,
      });
    },
  };
}
