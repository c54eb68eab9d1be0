// What is left of an erased contact for the partners who had it: the SHA-256 of the normalised
// email (lib/retention/email-hash.ts), so a partner's mailing tool can match and suppress it
// without Fairlead keeping the address (docs/decisions/027).
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { attendees } from "./attendees";
import { partners } from "./booths";
import { eventRef } from "./events";

export const ERASURE_CAUSES = ["request", "retention"] as const;
export type ErasureCause = (typeof ERASURE_CAUSES)[number];

/** One row per partner that had the erased attendee's contact (ever a share in the ledger). */
export const erasedContacts = sqliteTable(
  "erased_contacts",
  {
    eventId: eventRef(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    // The pseudonymous id the ledger binds; not personal data once the row is blanked.
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    emailSha256: text("email_sha256").notNull(),
    // The pair's last ledger row at the erasure: what the suppression file's consent_id names.
    consentId: integer("consent_id").notNull(),
    cause: text("cause", { enum: ERASURE_CAUSES }).notNull(),
    erasedAt: integer("erased_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.attendeeId] }), index("erased_contacts_event").on(t.eventId)],
);
