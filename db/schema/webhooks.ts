// Leads delivered to a partner's own systems (issue 14 §2, docs/decisions/039): webhook
// endpoints with where each stands in the partner's feed, every delivery attempt, replays asked
// for, and read-only API tokens for the pull API. The feed itself is the consent ledger and the
// qualification history (lib/delivery/partner-feed.ts): both are append-only and written in the
// decision's own transaction, so they are the durable outbox and nothing is written twice.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { partners } from "./booths";
import { createdAt } from "./columns";
import { eventRef, users } from "./events";

export const ENDPOINT_STATUSES = ["active", "disabled"] as const;

const partnerRef = () =>
  integer("partner_id")
    .notNull()
    .references(() => partners.id, { onDelete: "cascade" });

export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    partnerId: partnerRef(),
    url: text("url").notNull(),
    // whsec_… The sender signs with it, so it is kept as it is (as the partner's receiver keeps it).
    secret: text("secret").notNull(),
    // During a rotation the previous secret signs too, until previous_until.
    previousSecret: text("previous_secret"),
    previousUntil: integer("previous_until", { mode: "timestamp_ms" }),
    status: text("status", { enum: ENDPOINT_STATUSES }).notNull().default("active"),
    disabledReason: text("disabled_reason"),
    disabledAt: integer("disabled_at", { mode: "timestamp_ms" }),
    // Where the endpoint stands in the partner's feed: everything up to these was delivered.
    ledgerCursor: integer("ledger_cursor").notNull().default(0),
    qualificationCursor: integer("qualification_cursor").notNull().default(0),
    // The feed's next event is retried: since when it fails, how often it was tried, when next.
    failingSince: integer("failing_since", { mode: "timestamp_ms" }),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
    lastDeliveredAt: integer("last_delivered_at", { mode: "timestamp_ms" }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_endpoints_partner").on(t.partnerId)],
);

/** One attempt to deliver one message: what a delivery log shows (never the answer's body). */
export const webhookAttempts = sqliteTable(
  "webhook_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    endpointId: integer("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    messageId: text("message_id").notNull(),
    eventType: text("event_type").notNull(),
    attempt: integer("attempt").notNull(),
    replay: integer("replay", { mode: "boolean" }).notNull().default(false),
    status: integer("status"),
    latencyMs: integer("latency_ms").notNull(),
    error: text("error"),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("webhook_attempts_endpoint").on(t.endpointId, t.id)],
);

/** A message asked to be sent again (one event, or each of a time range), outside the feed's order. */
export const webhookReplays = sqliteTable(
  "webhook_replays",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    endpointId: integer("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    messageId: text("message_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_replays_endpoint").on(t.endpointId, t.id)],
);

/** A read-only token for the pull API, for one partner; the database keeps its sha256. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    partnerId: partnerRef(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    // The token's first characters, to tell tokens apart on the page.
    prefix: text("prefix").notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("api_tokens_partner").on(t.partnerId)],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookAttempt = typeof webhookAttempts.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
