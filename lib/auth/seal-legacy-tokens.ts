// Migration 0010 renamed attendees.personal_token to personal_token_sha256 without hashing it:
// SQLite has no sha256, and the badge must keep printing the same token, which needs the key
// outside the database. This step finishes it, at every start and CLI run (scripts/start.ts,
// scripts/fairlead.ts), right after the migrations: a row with no sealed copy still holds its
// raw token; it gets its hash and its sealed copy. Idempotent, one transaction.
import { eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees } from "@/db/schema";
import { storePersonalToken } from "./personal-token";

/** Returns how many tokens were hashed and sealed (0 once done). */
export function sealLegacyPersonalTokens(): number {
  const db = getDb();
  return db.transaction(
    (tx) => {
      const legacy = tx.select({ id: attendees.id, raw: attendees.personalTokenSha256 }).from(attendees).where(isNull(attendees.personalTokenSealed)).all();
      for (const { id, raw } of legacy) tx.update(attendees).set(storePersonalToken(raw)).where(eq(attendees.id, id)).run();
      return legacy.length;
    },
    { behavior: "immediate" },
  );
}
