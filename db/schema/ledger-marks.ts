// Marks on the consent ledger that later checks need (lib/consent/check-device-times.ts).
import { integer, sqliteTable } from "drizzle-orm/sqlite-core";
import { eventRef } from "./events";

/**
 * Per event, the last ledger row dated after its receipt when migration 0018 ran. Before 0009 a
 * phone's claimed time was kept unclamped (up to 5 minutes ahead of the server); from 0009 on it
 * is never after the receipt, so such a row written later was not written by Fairlead
 * (docs/decisions/018-server-receipt-order.md, "Dated after receipt").
 */
export const ledgerUnclamped = sqliteTable("ledger_unclamped", {
  eventId: eventRef().primaryKey(),
  lastConsentId: integer("last_consent_id").notNull(),
});
