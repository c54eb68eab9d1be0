// Standard Webhooks signatures (https://www.standardwebhooks.com, issue 14 §2): a `whsec_` secret
// is base64 of random bytes; each message is signed with HMAC-SHA256 over
// `<webhook-id>.<webhook-timestamp>.<body>` and sent as `v1,<base64>`. During a rotation both
// secrets sign, space-separated, so a receiver holding either one verifies (the spec's way).
import { createHmac, randomBytes } from "node:crypto";

const PREFIX = "whsec_";
const SECRET_BYTES = 32;

export function newWebhookSecret(): string {
  return PREFIX + randomBytes(SECRET_BYTES).toString("base64");
}

function keyOf(secret: string): Buffer {
  if (!secret.startsWith(PREFIX)) throw new Error("A webhook secret starts with whsec_.");
  return Buffer.from(secret.slice(PREFIX.length), "base64");
}

/** The `webhook-signature` header's value: one `v1,` signature per secret still valid. */
export function signWebhook(secrets: readonly string[], id: string, timestampSeconds: number, body: string): string {
  if (secrets.length === 0) throw new Error("A webhook needs a secret to be signed.");
  const signed = `${id}.${timestampSeconds}.${body}`;
  return secrets.map((secret) => `v1,${createHmac("sha256", keyOf(secret)).update(signed).digest("base64")}`).join(" ");
}

/** The three headers of a Standard Webhooks message. */
export function webhookHeaders(secrets: readonly string[], id: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signWebhook(secrets, id, timestamp, body) };
}
