// One attendee decision for one partner, from the booth or from the attendee's own page.
// "Share" grants; "Don't share" declines, or withdraws an earlier grant. A decision that does
// not change the standing one adds nothing to the ledger.
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { consentTexts } from "@/db/schema";
import { currentDecision } from "./current-consent";
import { appendToLedger } from "./ledger";
import { enqueueDecisionMail } from "../mail/decision-mail";
import type { RenderedNotice } from "./notice";

export type Choice = "share" | "decline";
export type Action = "grant" | "decline" | "withdraw";
export type Decision = { consentId: number; action: Action; changed: boolean };

export const choiceOf = (action: Action): Choice => (action === "grant" ? "share" : "decline");

type Applied = {
  eventId: number;
  attendeeId: number;
  partnerId: number;
  choice: Choice;
  notice: RenderedNotice;
  method: "booth_device" | "personal_page";
  deviceId: number | null;
  scanId: string | null;
  clientId: string | null;
  occurredAt: Date;
  recordedAt: Date;
};

const keepText = prepared((db) =>
  db.insert(consentTexts).values({ sha256: sql.placeholder("sha256"), text: sql.placeholder("text") }).onConflictDoNothing().prepare(),
);

/** Call inside an IMMEDIATE transaction (the ledger's head is read, then appended to). */
export function applyDecision(d: Applied): Decision {
  const current = currentDecision(d.attendeeId, d.partnerId);
  if (current && choiceOf(current.action) === d.choice) {
    return { consentId: current.consentId, action: current.action, changed: false };
  }
  const action: Action = d.choice === "share" ? "grant" : current?.action === "grant" ? "withdraw" : "decline";
  keepText(getDb()).run({ sha256: d.notice.sha256, text: d.notice.text });
  const { id } = appendToLedger({
    eventId: d.eventId,
    attendeeId: d.attendeeId,
    partnerId: d.partnerId,
    action,
    noticeId: d.notice.noticeId,
    textSha256: d.notice.sha256,
    language: d.notice.language,
    method: d.method,
    deviceId: d.deviceId,
    scanId: d.scanId,
    clientId: d.clientId,
    occurredAt: d.occurredAt,
    recordedAt: d.recordedAt,
  });
  enqueueDecisionMail({ eventId: d.eventId, partnerId: d.partnerId, consentId: id, action }, d.recordedAt); // in this transaction
  return { consentId: id, action, changed: true };
}
