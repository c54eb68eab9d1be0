// The webhook sender (decision 039), on the background thread with the mail sender
// (lib/mail/mail-worker.ts): every `pollMs` it looks for active endpoints with work due, and
// runs each one's deliveries in order, one at a time per endpoint (the next event waits until
// the one before it was answered 2xx: per-endpoint order), endpoints side by side. Replays asked
// for go first. A failed attempt schedules the next with backoff (retry-schedule.ts); after
// three days of failing the endpoint is disabled. A partner whose current agreement is not
// accepted gets nothing until it is (the gate): its endpoints wait, nothing is skipped.
// At least once: the cursor moves after the 2xx, so a crash in between sends that event again
// (with the same webhook-id, for the receiver to recognise).
import { and, asc, desc, eq, isNull, lt, lte, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { webhookAttempts, webhookEndpoints, webhookReplays, type WebhookEndpoint } from "@/db/schema";
import { agreementStanding } from "../auth/agreement-gate";
import { recordAudit } from "../audit/record-audit";
import { OPERATOR } from "../auth/actor";
import { buildPayload } from "../delivery/feed-payloads";
import { feedItemById, readFeed, type FeedEntry } from "../delivery/partner-feed";
import { deliverWebhook, type DeliveryAttempt, type WebhookMessage } from "./deliver";
import { endpointPolicy } from "./endpoints";
import { DISABLE_AFTER_MS, retryDelayMs } from "./retry-schedule";
import { ENDPOINT_DISABLED } from "../mail/endpoint-disabled";
import { enqueueMail } from "../mail/enqueue-mail";
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

/** Events read from the feed at a time; their attempts and the cursor are written together once they were answered. */
const PAGE = 50;

type Sent = { entry: FeedEntry; result: DeliveryAttempt; at: Date };

/** One endpoint's run: replays, then its feed from the cursor, until it is caught up, fails, or has had its turn. */
async function serve(endpoint: WebhookEndpoint, opts: RunOptions): Promise<void> {
  if (agreementStanding(endpoint.eventId, endpoint.partnerId).state !== "accepted") return;
  const policy = endpointPolicy(endpoint.eventId);
  const ctx = { eventId: endpoint.eventId, partnerId: endpoint.partnerId, publicBase: opts.publicBase };
  const send = async (current: WebhookEndpoint, entry: FeedEntry): Promise<Sent> => {
    const at = opts.now();
    const secrets = [current.secret, ...(current.previousSecret && current.previousUntil && current.previousUntil > at ? [current.previousSecret] : [])];
    const message: WebhookMessage = { id: entry.messageId, body: JSON.stringify(buildPayload(ctx, entry)), secrets };
    return { entry, result: await (opts.deliver ?? deliverWebhook)(current.url, message, { policy, now: opts.now }), at };
  };
  let current: WebhookEndpoint | null = endpoint;
  for (let sent = 0; current && sent < RUN; ) {
    const replay = getDb().select().from(webhookReplays).where(eq(webhookReplays.endpointId, current.id)).orderBy(asc(webhookReplays.id)).get();
    if (replay) {
      const entry = feedItemById(current.eventId, current.partnerId, replay.messageId);
      if (!entry) getDb().delete(webhookReplays).where(eq(webhookReplays.id, replay.id)).run(); // not this partner's (any more): nothing to send
      else current = record(current, [await send(current, entry)], replay.id, opts);
      sent++;
    } else {
      // A page in order; the first failure ends it (the events after it wait: per-endpoint order).
      const page = readFeed(current.eventId, current.partnerId, cursorOf(current), PAGE);
      if (page.length === 0) return;
      const done: Sent[] = [];
      for (const entry of page) {
        const one = await send(current, entry);
        done.push(one);
        if (!one.result.ok) break;
      }
      current = record(current, done, null, opts);
      sent += done.length;
    }
    if (!current || current.status !== "active" || current.nextAttemptAt) return;
  }
}

const cursorOf = (e: WebhookEndpoint) => ({ ledger: e.ledgerCursor, qualification: e.qualificationCursor });

/**
 * The attempts in the log and where the endpoint stands after them, in one transaction (a crash
 * before it sends them again, with the same ids: at least once). Every attempt but the last was
 * answered 2xx. Null if the endpoint went meanwhile.
 */
function record(endpoint: WebhookEndpoint, sent: Sent[], replayId: number | null, opts: RunOptions): WebhookEndpoint | null {
  const last = sent.at(-1)!;
  return getDb().transaction((tx) => {
    const fresh = tx.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id)).get();
    if (!fresh) return null;
    let attempt = fresh.attempts;
    let logged = 0;
    for (const { entry, result, at } of sent) {
      attempt++;
      const row = { endpointId: fresh.id, messageId: entry.messageId, eventType: entry.type, attempt, replay: replayId !== null, status: result.status, latencyMs: result.latencyMs, error: result.error, at };
      logged = insertAttempt(row);
      if (result.ok) attempt = 0;
    }
    if (Math.floor(logged / 100) !== Math.floor((logged - sent.length) / 100)) prune(tx, fresh.id);
    const at = last.at;
    let set: Partial<WebhookEndpoint>;
    if (last.result.ok) {
      if (replayId !== null) tx.delete(webhookReplays).where(eq(webhookReplays.id, replayId)).run();
      const moved = replayId === null ? { ledgerCursor: last.entry.after.ledger, qualificationCursor: last.entry.after.qualification } : {};
      set = { ...moved, attempts: 0, failingSince: null, nextAttemptAt: null, lastDeliveredAt: at };
    } else {
      const delivered = sent.length > 1 ? sent.at(-2)! : null; // the page's deliveries before the failure stand
      const moved = replayId === null && delivered ? { ledgerCursor: delivered.entry.after.ledger, qualificationCursor: delivered.entry.after.qualification, lastDeliveredAt: delivered.at } : {};
      const failingSince = (delivered ? null : fresh.failingSince) ?? at;
      if (at.getTime() - failingSince.getTime() >= DISABLE_AFTER_MS) {
        const reason = `Disabled on ${at.toISOString()}: every attempt failed for 3 days (last: ${last.result.error ?? `answered ${last.result.status}`}). Fix the receiver, then resume: nothing was skipped.`;
        set = { ...moved, status: "disabled", disabledAt: at, disabledReason: reason, attempts: attempt, failingSince, nextAttemptAt: null };
        recordAudit(tx, OPERATOR, fresh.eventId, "webhooks.disabled", `partner ${fresh.partnerId} endpoint ${fresh.id}`, { reason });
        enqueueMail(fresh.eventId, ENDPOINT_DISABLED, fresh.id, at); // the partner's admins are told
      } else {
        set = { ...moved, attempts: attempt, failingSince, nextAttemptAt: new Date(at.getTime() + retryDelayMs(attempt, opts.random)) };
      }
    }
    return tx.update(webhookEndpoints).set(set).where(eq(webhookEndpoints.id, fresh.id)).returning().get() ?? null;
  });
}

const insertAttemptStatement = prepared((db) =>
  db
    .insert(webhookAttempts)
    .values({
      endpointId: sql.placeholder("endpointId"),
      messageId: sql.placeholder("messageId"),
      eventType: sql.placeholder("eventType"),
      attempt: sql.placeholder("attempt"),
      replay: sql.placeholder("replay"),
      status: sql.placeholder("status"),
      latencyMs: sql.placeholder("latencyMs"),
      error: sql.placeholder("error"),
      at: sql.placeholder("at"),
    })
    .returning({ id: webhookAttempts.id })
    .prepare(),
);

/** Inside record's transaction: the statement runs on the same connection (prepared per connection). */
function insertAttempt(row: typeof webhookAttempts.$inferInsert): number {
  return insertAttemptStatement(getDb()).get(row).id;
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
