// The pull API's bodies as zod schemas (issue 14 §2): the OpenAPI document (openapi.ts) is made
// from them, and the tests check real responses against the document, so what is documented is
// what is checked. The event bodies are the webhooks' own (lib/delivery/feed-payloads.ts); the
// objects are closed (additionalProperties: false), so a field added there without a word here
// fails a test instead of going undocumented.
import { z } from "zod";
import { RATINGS } from "@/db/schema";
import type { FeedType } from "../delivery/partner-feed";
import { ERROR_STATUS, type ErrorCode } from "../errors";

const Id = z.number().int().positive();
const Time = z.iso.datetime().describe("UTC, ISO 8601, as the server recorded it.");

const Common = {
  consent_id: Id.describe("The consent (ledger row) the event is about: the share, or the withdrawal or lapse itself."),
  event_id: Id,
  partner_id: Id,
  receipt_url: z.url().describe("The consent's receipt in the partner workspace."),
  checkpoint: z
    .object({ id: Id, last_consent_id: Id, signed_at: Time })
    .nullable()
    .describe("The signed ledger checkpoint covering this consent; null until one does (a new one comes every few minutes)."),
};

const Contact = z.object({
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  phone: z.string().nullable().describe("E.164 when it was written in international form, else as typed."),
  company: z.string().nullable(),
  job_title: z.string().nullable(),
  country: z.string().nullable(),
});

const Shared = z.object({
  ...Common,
  shared_at: Time,
  standing: z.boolean().describe("Whether the share still stands now. A share withdrawn, lapsed or erased since comes without its contact."),
  notice: z.object({ id: Id, language: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).describe("The exact words the attendee was shown."),
  contact: Contact.nullable(),
});

const Ended = z.object({
  ...Common,
  ended_at: Time,
  ends_consent_id: Id.nullable().describe("The share this ends."),
  suppress: z
    .union([z.object({ email: z.string() }), z.object({ email_sha256: z.string().nullable() })])
    .describe("What a suppression list needs: the email, or its sha256 once the attendee was erased."),
});

const Qualified = z.union([
  z.object({ ...Common, revision: Id, standing: z.literal(false).describe("The share no longer stands: nothing of the lead is sent.") }),
  z.object({
    ...Common,
    revision: Id,
    standing: z.literal(true),
    saved_at: Time,
    rating: z.enum(RATINGS).nullable(),
    notes: z.string(),
    tags: z.array(z.string()),
    answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  }),
]);

// Every type of the feed, no more: this fails to compile when partner-feed.ts adds or drops one.
const _documented = { "lead.shared": true, "lead.withdrawn": true, "lead.lapsed": true, "lead.erased": true, "lead.qualified": true } as const satisfies Record<FeedType, true>;
type Documented = keyof typeof _documented;

const event = <T extends Documented, D extends z.ZodType>(type: T, data: D) =>
  z.object({
    id: z.string().regex(/^(ce|lq)_\d+$/).describe("The message id: the same as the webhook-id header of the same event's webhook."),
    type: z.literal(type),
    timestamp: Time,
    data,
  });

export const FeedEvent = z
  .discriminatedUnion("type", [event("lead.shared", Shared), event("lead.withdrawn", Ended), event("lead.lapsed", Ended), event("lead.erased", Ended), event("lead.qualified", Qualified)])
  .describe("One event of the partner's feed: the body a webhook of it carries, plus its id.");

export const LeadsPage = z.object({
  data: z.array(FeedEvent).describe("The events after the cursor, oldest first."),
  next: z.string().describe("The cursor after this page's last event (the one given when the page is empty): send it as `after` next time."),
  has_more: z.boolean().describe("More events wait after this page: ask again at once with `next`."),
});

const CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const ApiErrorBody = z.object({
  error: z.object({
    code: z.enum(CODES),
    message: z.string().describe("What went wrong and what to do, in English."),
    fields: z.record(z.string(), z.string()).optional().describe("The bad query parameters, each with its message."),
    limit: z.string().optional().describe("With rate_limited: the limit's name."),
    retryAfter: z.number().int().positive().optional().describe("With rate_limited: seconds to wait, as in Retry-After."),
  }),
});

