// No decision is dated after the server received it: since migration 0009 the phone's claimed
// time is clamped to the receipt (lib/booth/clamp-device-time.ts), and /me dates its decisions by
// the server. Rows from before 0009 kept the claim unclamped, up to 5 minutes ahead; migration
// 0018 marked, per event, the last of those (ledger_unclamped), and only rows up to it are let
// through, only within those 5 minutes (docs/decisions/018-server-receipt-order.md).
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ledgerUnclamped } from "@/db/schema";

/** How far ahead the code before 0009 let a phone's claim be (lib/booth/booth-item.ts then). */
export const UNCLAMPED_AHEAD_MS = 5 * 60_000;

type Row = { id: number; deviceTime: Date; recordedAt: Date };

/** For verify-ledger's walk: the problem with a row's dates, or null. */
export function deviceTimeChecker(eventId: number): (row: Row) => string | null {
  const mark = getDb().select().from(ledgerUnclamped).where(eq(ledgerUnclamped.eventId, eventId)).get();
  const lastUnclamped = mark?.lastConsentId ?? 0;
  return (row) => {
    const ahead = row.deviceTime.getTime() - row.recordedAt.getTime();
    if (ahead <= 0) return null;
    if (row.id <= lastUnclamped && ahead <= UNCLAMPED_AHEAD_MS) return null;
    return (
      `row ${row.id} is dated ${row.deviceTime.toISOString()}, after the server received it at ${row.recordedAt.toISOString()}: ` +
      `Fairlead never writes such a row, so it was written or edited outside it`
    );
  };
}
