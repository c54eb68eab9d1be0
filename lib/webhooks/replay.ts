// Sending events again (issue 14 §2): one by its message id, or every event of a time range,
// to one endpoint, by its partner's admins. They go out before the endpoint's feed continues,
// with their original webhook-id (a receiver that kept it knows them); the log marks them.
import { and, asc, eq, gte, lte, ne } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { consentEvents as ce, leadQualifications as lq, webhookReplays } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { AppError, parseInput } from "../errors";
import { feedItemById, messageIdOf } from "../delivery/partner-feed";
import { managedEndpoint } from "./endpoints";
import { wakeWebhookSender } from "./wake";

/** At most this many events per replay: a larger range is several replays. */
export const MAX_REPLAY = 1_000;

export const ReplayInput = z.union([
  z.object({ messageId: z.string().trim().regex(/^(ce|lq)_\d{1,15}$/, "A message id looks like ce_123 or lq_45 (it is in the log and in the webhook-id header).") }),
  z
    .object({ from: z.coerce.date({ message: "Give the start as a date and time." }), to: z.coerce.date({ message: "Give the end as a date and time." }) })
    .refine((r) => r.from <= r.to, "The start must be before the end."),
]);

export function requestReplay(actor: Actor, eventId: number, partnerId: number, endpointId: number, input: z.input<typeof ReplayInput>): { queued: number } {
  managedEndpoint(actor, eventId, partnerId, endpointId);
  const choice = parseInput(ReplayInput, input);
  let ids: string[];
  if ("messageId" in choice) {
    if (!feedItemById(eventId, partnerId, choice.messageId)) throw new AppError("not_found", `No event ${choice.messageId} in this partner's feed.`);
    ids = [choice.messageId];
  } else {
    const ledger = getDb()
      .select({ id: ce.id, at: ce.recordedAt })
      .from(ce)
      .where(and(eq(ce.eventId, eventId), eq(ce.partnerId, partnerId), ne(ce.action, "decline"), gte(ce.recordedAt, choice.from), lte(ce.recordedAt, choice.to)))
      .orderBy(asc(ce.id))
      .all();
    const saves = getDb()
      .select({ id: lq.id, at: lq.createdAt })
      .from(lq)
      .where(and(eq(lq.partnerId, partnerId), gte(lq.createdAt, choice.from), lte(lq.createdAt, choice.to)))
      .orderBy(asc(lq.id))
      .all();
    const all = [...ledger.map((r) => ({ ...r, source: "ledger" as const })), ...saves.map((r) => ({ ...r, source: "qualification" as const }))].sort((a, b) => a.at.getTime() - b.at.getTime());
    if (all.length === 0) throw new AppError("not_found", "No event of this partner's feed falls in that time range.");
    if (all.length > MAX_REPLAY) throw new AppError("invalid", `That range holds ${all.length} events; replay at most ${MAX_REPLAY} at a time (a shorter range).`);
    ids = all.map(messageIdOf);
  }
  getDb().transaction((tx) => {
    tx.insert(webhookReplays).values(ids.map((messageId) => ({ endpointId, messageId }))).run();
    recordAudit(tx, actor, eventId, "webhooks.replay", `partner ${partnerId} endpoint ${endpointId}`, { events: ids.length, first: ids[0], last: ids.at(-1) });
  });
  wakeWebhookSender();
  return { queued: ids.length };
}
