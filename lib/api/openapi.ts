// The pull API's OpenAPI 3.1 document (issue 14 §2), served at /api/v1/openapi.json. Its
// schemas are made from the zod schemas of feed-schemas.ts (JSON Schema 2020-12, OpenAPI 3.1's
// dialect), and the tests check real responses against this document: what is documented is
// what is checked.
import { z } from "zod";
import { API_REQUESTS } from "./api-caller";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./leads-feed";
import { ApiErrorBody, FeedEvent, LeadsPage } from "./feed-schemas";

export const LEADS_PATH = "/api/v1/partners/{partnerId}/leads";

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ "application/json": { schema: ref(name) } });
const error = (description: string, headers?: Record<string, unknown>) => ({ description, ...(headers && { headers }), content: json("Error") });
const etag = { ETag: { description: "Of this page's body: send it back as If-None-Match.", schema: { type: "string" } } };

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Fairlead pull API",
      version: "1.0.0",
      description:
        "A partner's consented leads, for systems that cannot receive webhooks: the same events, in the same order, with the same ids as the partner's webhooks (lead.shared, lead.withdrawn, lead.lapsed, lead.erased, lead.qualified). Read them from the start, keep the `next` cursor of each page, and ask again with it: a cursor never skips or repeats an event. Withdrawals come through as events: suppress those contacts.",
    },
    servers: [{ url: serverUrl }],
    security: [{ apiToken: [] }],
    paths: {
      [LEADS_PATH]: {
        get: {
          operationId: "listLeadEvents",
          summary: "The partner's lead events after a cursor",
          parameters: [
            { name: "partnerId", in: "path", required: true, description: "The partner the token belongs to.", schema: { type: "integer", minimum: 1 } },
            { name: "after", in: "query", required: false, description: "A `next` from an earlier page; without it, the feed's start.", schema: { type: "string" } },
            { name: "limit", in: "query", required: false, description: "Events per page.", schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
            { name: "If-None-Match", in: "header", required: false, description: "The ETag of the page last read with the same query.", schema: { type: "string" } },
          ],
          responses: {
            "200": { description: "A page of events, oldest first.", headers: etag, content: json("LeadsPage") },
            "304": { description: "The page is the one whose ETag was sent.", headers: etag },
            "400": error("The cursor or the limit is not one this API takes."),
            "401": error("No token, or one that is unknown or revoked.", { "WWW-Authenticate": { schema: { type: "string" } } }),
            "403": error("The partner's current data-use agreement is not accepted yet."),
            "404": error("No such partner for this token."),
            "429": error(`More than ${API_REQUESTS.capacity} requests a minute with this token.`, {
              "Retry-After": { description: "Seconds to wait.", schema: { type: "integer", minimum: 1 } },
            }),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        apiToken: {
          type: "http",
          scheme: "bearer",
          description: "A partner's read-only API token (flk_…), made by a partner admin on the partner workspace's Delivery page.",
        },
      },
      schemas: { LeadsPage: jsonSchema(LeadsPage), FeedEvent: jsonSchema(FeedEvent), Error: jsonSchema(ApiErrorBody) },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
