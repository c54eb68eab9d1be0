// One delivery attempt of one webhook message (issue 14 §2): a POST of the JSON body with the
// Standard Webhooks headers, to an address the policy allows, on addresses checked at connection
// time, answered within the timeout, with no redirect followed. The result is what a delivery
// log keeps: the status, the time it took, or why there was none; never the answer's body.
import http from "node:http";
import https from "node:https";
import { checkedLookup, parseEndpointUrl, type EndpointPolicy } from "./endpoint-policy";
import { webhookHeaders } from "./signature";

export const DELIVERY_TIMEOUT_MS = 10_000;

export type DeliveryAttempt = {
  /** A 2xx answer: delivered. */
  ok: boolean;
  /** The HTTP status, when an answer came. */
  status: number | null;
  latencyMs: number;
  /** Why it did not count as delivered, in words for the log. */
  error: string | null;
};

export type WebhookMessage = { id: string; body: string; secrets: readonly string[] };

export function deliverWebhook(
  url: string,
  message: WebhookMessage,
  { policy, timeoutMs = DELIVERY_TIMEOUT_MS, now = () => new Date() }: { policy: EndpointPolicy; timeoutMs?: number; now?: () => Date },
): Promise<DeliveryAttempt> {
  const started = performance.now();
  const done = (status: number | null, error: string | null): DeliveryAttempt => ({
    ok: error === null && status !== null && status >= 200 && status < 300,
    status,
    latencyMs: Math.round(performance.now() - started),
    error,
  });
  let target: URL;
  try {
    target = parseEndpointUrl(url, policy);
  } catch (error) {
    return Promise.resolve(done(null, (error as Error).message));
  }
  const client = target.protocol === "https:" ? https : http;
  const headers = { "content-type": "application/json", "user-agent": "Fairlead-Webhooks/1", ...webhookHeaders(message.secrets, message.id, now(), message.body) };
  return new Promise((resolve) => {
    const request = client.request(target, { method: "POST", headers, lookup: checkedLookup(policy), timeout: timeoutMs }, (response) => {
      response.resume(); // the body is not kept
      const status = response.statusCode ?? null;
      const redirect = status !== null && status >= 300 && status < 400;
      response.on("end", () => resolve(done(status, redirect ? `redirected (${status}) to ${response.headers.location ?? "nowhere"}: redirects are not followed` : status !== null && status >= 300 ? `answered ${status}` : null)));
      response.on("error", (error) => resolve(done(status, error.message)));
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
    request.on("error", (error: NodeJS.ErrnoException) => resolve(done(null, error.message || String(error.code))));
    request.end(message.body);
  });
}
