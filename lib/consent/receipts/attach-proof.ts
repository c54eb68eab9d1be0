// Adds to a receipt what its holder needs to check it offline (`verify-receipt`): the ledger row
// as hashed, the inclusion proof up to the checkpoint it falls under, and the public key. Only
// for a receipt the caller has already authorized (getReceipt): this reads by id alone.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, events } from "@/db/schema";
import { inclusionProof } from "../../ledger/inclusion-proof";
import { checkpointsPath, publishedKey } from "../../ledger/public-checkpoints";
import type { ConsentReceipt, ProvableReceipt } from "./receipt";
import { encodeEntry } from "./receipt-entry";

export function attachProof(consentEventId: number, receipt: ConsentReceipt): ProvableReceipt {
  const db = getDb();
  const row = db.select().from(consentEvents).where(eq(consentEvents.id, consentEventId)).get();
  if (!row) return receipt;
  const event = db.select({ slug: events.slug }).from(events).where(eq(events.id, row.eventId)).get();
  return {
    ...receipt,
    proof: { entry: encodeEntry(row), inclusion: inclusionProof(consentEventId), key: publishedKey(), checkpoints_path: checkpointsPath(event?.slug ?? "") },
  };
}
