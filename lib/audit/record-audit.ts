// The organizer audit log. Call inside the transaction of the action it records, so the two
// are written together or not at all.
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getDb } from "@/db/client";
import { auditLog, type AuditEntry } from "@/db/schema";
import { actorLabel, actorUserId, type Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";

export function recordAudit(
  tx: Pick<Db, "insert">,
  actor: Actor,
  eventId: number,
  action: string,
  subject: string | null = null,
  details: Record<string, unknown> | null = null,
): void {
  tx.insert(auditLog)
    .values({ eventId, userId: actorUserId(actor), actorLabel: actorLabel(actor), action, subject, details })
    .run();
}

export function listAudit(actor: Actor, eventId: number, limit = 200): AuditEntry[] {
  requireOrganizerOf(actor, eventId);
  return getDb().select().from(auditLog).where(eq(auditLog.eventId, eventId)).orderBy(desc(auditLog.id)).limit(limit).all();
}
