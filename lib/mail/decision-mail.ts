// The mail a consent decision causes: a share is confirmed to the attendee, a withdrawal is
// told to the partner (batched). Called where every decision is applied, in its transaction.
import type { ConsentAction } from "@/db/schema";
import { enqueueMail } from "./enqueue-mail";
import { PARTNER_WITHDRAWALS } from "./partner-withdrawals";

type Applied = { eventId: number; partnerId: number; consentId: number; action: ConsentAction };

export function enqueueDecisionMail(d: Applied, now: Date): void {
  if (d.action === "grant") enqueueMail(d.eventId, "share_confirmation", d.consentId, now);
  else if (d.action === "withdraw") enqueueMail(d.eventId, PARTNER_WITHDRAWALS, d.partnerId, now);
}
