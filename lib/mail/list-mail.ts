// The event's recent mail as the organizer sees it: to whom, about what, and where it stands
// (sent; waiting, with the next try and why the last failed; failed, with the reason).
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox, type MailStatus } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";

export type MailListing = {
  id: number;
  kind: string;
  to: string | null;
  subject: string | null;
  status: MailStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
  lastError: string | null;
};

export function listMail(actor: Actor, eventId: number, limit = 100): MailListing[] {
  requireOrganizerOf(actor, eventId);
  return getDb()
    .select({
      id: mailOutbox.id,
      kind: mailOutbox.kind,
      to: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
      lastError: mailOutbox.lastError,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.eventId, eventId))
    .orderBy(desc(mailOutbox.id))
    .limit(limit)
    .all();
}
