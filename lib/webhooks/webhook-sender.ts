// The webhook sender (decision 039), on the background thread with the mail sender
// (lib/mail/mail-worker.ts): every `pollMs` it looks for active endpoints with work due, and
// runs each one's deliveries in order, one at a time per endpoint (the next event waits until
// the one before it was answered 2xx: per-endpoint order), endpoints side by side. Replays asked
// for go first. A failed attempt schedules the next with backoff (retry-schedule.ts); after
// three days of failing the endpoint is disabled. A partner whose current agreement is not
// accepted gets nothing until it is (the gate): its endpoints wait, nothing is skipped.
// At least once: the cursor moves after the 2xx, so a crash in between sends that event again
// (with the same webhook-id, for the receiver to recognise).
import { and, asc, desc, eq, isNull, lt, lte, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookAttempts, webhookEndpoints, webhookReplays, type WebhookEndpoint } from "@/db/schema";
import { agreementStanding } from "../auth/agreement-gate";
import { recordAudit } from "../audit/record-audit";
import { OPERATOR } from "../auth/actor";
import { buildPayload } from "../delivery/feed-payloads";
import { feedItemById, readFeed, type FeedEntry } from "../delivery/partner-feed";
import { deliverWebhook, type DeliveryAttempt, type WebhookMessage } from "./deliver";
import { endpointPolicy } from "./endpoints";
import { DISABLE_AFTER_MS, retryDelayMs } from "./retry-schedule";
import { onWebhookWake } from "./wake";

type Deliver = typeof deliverWebhook;
export type WebhookSenderOptions = { publicBase: string; pollMs?: number; now?: () => Date; deliver?: Deliver; random?: () => number };
export type WebhookSender = { wake(): void; stop(): void; idle(): Promise<void> };

/** Attempts kept per endpoint in its log; older ones are pruned as new ones come. */
export const LOG_KEPT = 2_000;
/** Deliveries in a row for one endpoint before it yields to the next poll (others' loops run meanwhile). */
const RUN = 200;

const running = globalThis as unknown as { fairleadWebhookSender?: WebhookSender };

export function startWebhookSender(opts: WebhookSenderOptions): WebhookSender {
  if (running.fairleadWebhookSender) return running.fairleadWebhookSender;
  const now = opts.now ?? (() => new Date());
  const pollMs = opts.pollMs ?? 250;
  const busy = new Map<number, Promise<void>>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  function tick(): void {
    if (stopped) return;
    try {
      for (const endpoint of dueEndpoints(now())) {
        if (busy.has(endpoint.id)) continue;
        const run = serve(endpoint, { ...opts, now })
          .catch((error: unknown) => console.error(`Webhook sender: endpoint ${endpoint.id} failed a run; trying again at the next poll.`, error))
          .finally(() => busy.delete(endpoint.id));
        busy.set(endpoint.id, run);
      }
    } catch (error) {
      console.error("Webhook sender: a poll failed; trying again.", error);
    }
    schedule(pollMs);
  }

  function schedule(delay: number): void {
    clearTimeout(timer);
    timer = setTimeout(tick, delay);
    timer.unref(); // the sender never keeps the process alive by itself (a test, a script)
  }

  const sender: WebhookSender = {
    wake: () => schedule(0),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      onWebhookWake(undefined);
      delete running.fairleadWebhookSender;
    },
    idle: async () => {
      while (busy.size) await Promise.all([...busy.values()]);
    },
  };
  running.fairleadWebhookSender = sender;
  onWebhookWake(() => sender.wake());
  schedule(0);
  return sender;
}

function dueEndpoints(at: Date): WebhookEndpoint[] {
  return getDb()
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.status, "active"), or(isNull(webhookEndpoints.nextAttemptAt), lte(webhookEndpoints.nextAttemptAt, at))))
    .all();
}

type RunOptions = WebhookSenderOptions & { now: () => Date };

/** One endpoint's run: replays, then its feed from the cursor, until it is caught up, fails, or has had its turn. */
async function serve(endpoint: WebhookEndpoint, opts: RunOptions): Promise<void> {
  if (agreementStanding(endpoint.eventId, endpoint.partnerId).state !== "accepted") return;
  const policy = endpointPolicy(endpoint.eventId);
  const ctx = { eventId: endpoint.eventId, partnerId: endpoint.partnerId, publicBase: opts.publicBase };
  let current = endpoint;
  for (let sent = 0; sent < RUN; sent++) {
    const replay = getDb().select().from(webhookReplays).where(eq(webhookReplays.endpointId, current.id)).orderBy(asc(webhookReplays.id)).get();
    const entry = replay ? feedItemById(current.eventId, current.partnerId, replay.messageId) : readFeed(current.eventId, current.partnerId, cursorOf(current), 1)[0];
    if (replay && !entry) {
      getDb().delete(webhookReplays).where(eq(webhookReplays.id, replay.id)).run(); // not this partner's (any more): nothing to send
      continue;
    }
    if (!entry) return;
    const at = opts.now();
    const secrets = [current.secret, ...(current.previousSecret && current.previousUntil && current.previousUntil > at ? [current.previousSecret] : [])];
    const message: WebhookMessage = { id: entry.messageId, body: JSON.stringify(buildPayload(ctx, entry)), secrets };
    const result = await (opts.deliver ?? deliverWebhook)(current.url, message, { policy, now: opts.now });
    const next = record(current, entry, result, replay?.id ?? null, opts);
    if (!next || next.status !== "active" || next.nextAttemptAt) return;
    current = next;
  }
}

const cursorOf = (e: WebhookEndpoint) => ({ ledger: e.ledgerCursor, qualification: e.qualificationCursor });

/** The attempt in the log and where the endpoint stands after it, in one transaction; null if the endpoint went meanwhile. */
function record(endpoint: WebhookEndpoint, entry: FeedEntry, result: DeliveryAttempt, replayId: number | null, opts: RunOptions): WebhookEndpoint | null {
  const at = opts.now();
  return getDb().transaction((tx) => {
    const fresh = tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id)).get();
    if (!fresh) return null;
    const attempt = fresh.attempts + 1;
    const logged = tx
      .insert(webhookAttempts)
      .values({ endpointId: fresh.id, messageId: entry.messageId, eventType: entry.type, attempt, replay: replayId !== null, status: result.status, latencyMs: result.latencyMs, error: result.error, at })
      .returning({ id: webhookAttempts.id })
      .get();
    if (logged.id % 100 === 0) prune(tx, fresh.id);
    let set: Partial<WebhookEndpoint>;
    if (result.ok) {
      if (replayId !== null) tx.delete(webhookReplays).where(eq(webhookReplays.id, replayId)).run();
      const moved = replayId === null ? { ledgerCursor: entry.after.ledger, qualificationCursor: entry.after.qualification } : {};
      set = { ...moved, attempts: 0, failingSince: null, nextAttemptAt: null, lastDeliveredAt: at };
    } else {
      const failingSince = fresh.failingSince ?? at;
      if (at.getTime() - failingSince.getTime() >= DISABLE_AFTER_MS) {
        const reason = `Disabled on ${at.toISOString()}: every attempt failed for 3 days (last: ${result.error ?? `answered ${result.status}`}). Fix the receiver, then resume: nothing was skipped.`;
        set = { status: "disabled", disabledAt: at, disabledReason: reason, attempts: attempt, failingSince, nextAttemptAt: null };
        recordAudit(tx, OPERATOR, fresh.eventId, "webhooks.disabled", `partner ${fresh.partnerId} endpoint ${fresh.id}`, { reason });
      } else {
        set = { attempts: attempt, failingSince, nextAttemptAt: new Date(at.getTime() + retryDelayMs(attempt, opts.random)) };
      }
    }
    return tx.update(webhookEndpoints).set(set).where(eq(webhookEndpoints.id, fresh.id)).returning().get() ?? null;
  });
}

/** Keeps the endpoint's LOG_KEPT newest attempts (called now and then: a log is for reading, not an archive). */
function prune(tx: Pick<ReturnType<typeof getDb>, "select" | "delete">, endpointId: number): void {
  const oldestKept = tx
    .select({ id: webhookAttempts.id })
    .from(webhookAttempts)
    .where(eq(webhookAttempts.endpointId, endpointId))
    .orderBy(desc(webhookAttempts.id))
    .limit(1)
    .offset(LOG_KEPT - 1)
    .get();
  if (oldestKept) tx.delete(webhookAttempts).where(and(eq(webhookAttempts.endpointId, endpointId), lt(webhookAttempts.id, oldestKept.id))).run();
}
