// Issue 14 §2, delivery from the partner's feed: real decisions in the real SQLite file, a real
// HTTP receiver in the test, signatures checked with the `standardwebhooks` reference library.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, afterEach, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { getDb } from "@/db/client";
import { mailOutbox, webhookEndpoints } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { AppError } from "../errors";
import { saveQualification } from "../leads/save-qualification";
import { publishAgreement } from "../partners/agreement";
import { eraseAttendee } from "../retention/erase-attendee";
import { emailSha256 } from "../retention/email-hash";
import { ENDPOINT_DISABLED, endpointDisabled } from "../mail/endpoint-disabled";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { agreementText, makeDevice, makeEvent, makePartnerMember, openAgreementGate } from "../test/fixtures";
import { addEndpoint, deliveryLog, listEndpoints, rotateSecret, setEndpointStatus } from "./endpoints";
import { requestReplay } from "./replay";
import { DISABLE_AFTER_MS } from "./retry-schedule";
import { startWebhookSender, type WebhookSender } from "./webhook-sender";

type Hit = { id: string; type: string; data: Record<string, unknown>; headers: Record<string, string>; body: string };
const hits: Hit[] = [];
let status = 204;
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString("utf8")));
  req.on("end", () => {
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
    if (status < 300) hits.push({ id: headers["webhook-id"]!, type: parsed.type, data: parsed.data, headers, body });
    res.writeHead(status).end();
  });
});
let hook = "";
let sender: WebhookSender | null = null;
let clock = Date.now();
const now = () => new Date(clock);

before(async () => {
  useTestDatabase();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hook = `http://localhost:${(server.address() as AddressInfo).port}/hook`;
});
afterEach(async () => {
  await sender?.idle();
  sender?.stop();
  sender = null;
  hits.length = 0;
  status = 204;
  clock = Date.now(); // receivers check the signed timestamp against their own clock
});
after(() => server.close());

/** Runs the sender until the receiver has `n` events (or fails the test after a few seconds). */
async function deliveredCount(n: number): Promise<void> {
  sender ??= startWebhookSender({ publicBase: "https://fair.example", pollMs: 10, now, random: () => 0.5 });
  for (let i = 0; i < 300 && hits.length < n; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(hits.length, n, `expected ${n} deliveries, got ${hits.map((h) => h.type).join(", ")}`);
  await sender.idle(); // the answers recorded too
}

async function partnerWithEndpoint() {
  const event = makeEvent({ attendeeCount: 3 });
  const partner = event.partners[0]!;
  const admin = await makePartnerMember(event.eventId, partner.id, "admin");
  openAgreementGate(admin);
  const { id } = await addEndpoint(admin, event.eventId, partner.id, { url: hook });
  const [endpoint] = listEndpoints(admin, event.eventId, partner.id);
  return { event, partner, admin, endpointId: id, secret: endpoint!.secret, device: makeDevice(event.eventId, partner.id) };
}

test("[WEBHOOK] a share, its rating and its withdrawal arrive signed, in order, with what the partner needs", async () => {
  const { event, device, secret, admin, endpointId } = await partnerWithEndpoint();
  const [a0, a1] = event.attendees;
  const shared = decideAtBooth(device, a0!.badgeCode, "share").result.consentId;
  decideAtBooth(device, a1!.badgeCode, "decline"); // never reaches the partner
  saveQualification(device, { consentId: shared, basedOn: 0, clientId: randomUUID(), rating: "hot", notes: "Wants a demo", tags: [], answers: {} });
  await deliveredCount(2);
  decideOnMyPage(attendeeFromToken(a0!.personalToken)!, event.partners[0]!.id, "decline");
  await deliveredCount(3);

  const verifier = new Webhook(secret);
  for (const hit of hits) verifier.verify(hit.body, hit.headers); // throws on a bad signature
  assert.deepEqual(hits.map((h) => h.type), ["lead.shared", "lead.qualified", "lead.withdrawn"]);
  const [share, rating, withdrawal] = hits;
  assert.equal(share!.id, `ce_${shared}`);
  assert.equal(share!.data.consent_id, shared);
  assert.equal(share!.data.receipt_url, `https://fair.example/partners/${event.partners[0]!.id}/receipts/${shared}`);
  assert.equal((share!.data.contact as { email: string }).email, a0!.email);
  assert.deepEqual([rating!.data.consent_id, rating!.data.rating, rating!.data.notes], [shared, "hot", "Wants a demo"]);
  assert.deepEqual(withdrawal!.data.suppress, { email: a0!.email });
  assert.equal(withdrawal!.data.ends_consent_id, shared);
  assert.ok(hits.every((h) => !h.body.includes(a1!.email)), "the decline is nobody's business");
  const log = deliveryLog(admin, event.eventId, event.partners[0]!.id, endpointId);
  assert.deepEqual(log.map((a) => [a.status, a.error]), [[204, null], [204, null], [204, null]]);

  // A replay after the withdrawal: the share goes again, built now, without the details taken back.
  requestReplay(admin, event.eventId, event.partners[0]!.id, endpointId, { messageId: `ce_${shared}` });
  await deliveredCount(4);
  assert.deepEqual([hits[3]!.id, hits[3]!.data.contact, hits[3]!.data.standing], [`ce_${shared}`, null, false]);
});

test("[WEBHOOK] a standing share carries the contact; a receiver that fails gets retries with backoff, then every event once, in order", async () => {
  const { event, device, admin, endpointId } = await partnerWithEndpoint();
  status = 503;
  const first = decideAtBooth(device, event.attendees[0]!.badgeCode, "share").result.consentId;
  decideAtBooth(device, event.attendees[1]!.badgeCode, "share");
  sender = startWebhookSender({ publicBase: "https://fair.example", pollMs: 10, now, random: () => 0.5 });
  for (let i = 0; i < 100 && deliveryLog(admin, event.eventId, event.partners[0]!.id, endpointId).length < 1; i++) await new Promise((r) => setTimeout(r, 10));
  const [endpoint] = getDb().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).all();
  assert.equal(endpoint!.attempts, 1);
  assert.equal(endpoint!.nextAttemptAt!.getTime() - clock, 5_000, "the first retry after 5 s (jitter in the middle)");
  clock += 5_000;
  status = 200;
  await deliveredCount(2);
  assert.deepEqual(hits.map((h) => h.id), [`ce_${first}`, `ce_${first + 1}`]);
  assert.deepEqual((hits[0]!.data.contact as { email: string }).email, event.attendees[0]!.email);
  const log = deliveryLog(admin, event.eventId, event.partners[0]!.id, endpointId).reverse();
  assert.deepEqual(log.map((a) => [a.messageId, a.status, a.attempt]), [[`ce_${first}`, 503, 1], [`ce_${first}`, 200, 2], [`ce_${first + 1}`, 200, 1]]);
});

test("[WEBHOOK] three days of failures disable the endpoint with the reason; resuming sends what waited, nothing skipped", async () => {
  const { event, device, admin, endpointId } = await partnerWithEndpoint();
  const partnerId = event.partners[0]!.id;
  status = 500;
  decideAtBooth(device, event.attendees[0]!.badgeCode, "share");
  sender = startWebhookSender({ publicBase: "https://fair.example", pollMs: 10, now, random: () => 0.5 });
  const row = () => getDb().select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).get()!;
  for (let i = 0; i < 100 && row().attempts < 1; i++) await new Promise((r) => setTimeout(r, 10));
  clock += DISABLE_AFTER_MS;
  for (let i = 0; i < 200 && row().status === "active"; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(row().status, "disabled");
  assert.match(row().disabledReason!, /3 days/);
  // The partner's admins are told by mail, built from the endpoint when sent.
  const notice = getDb().select().from(mailOutbox).where(and(eq(mailOutbox.kind, ENDPOINT_DISABLED), eq(mailOutbox.ref, endpointId))).get();
  assert.ok(notice, "a notice waits in the outbox");
  const built = endpointDisabled.build(notice, { publicBase: "https://fair.example", now: now() });
  assert.ok("to" in built && built.to.includes(admin.email) && built.text.includes(`/partners/${partnerId}/delivery`), JSON.stringify(built));
  status = 204;
  setEndpointStatus(admin, event.eventId, partnerId, endpointId, { status: "active" });
  await deliveredCount(1);
});

test("[WEBHOOK] nothing leaves before the current agreement is accepted; a replay sends an event again with its id", async () => {
  const { event, device, admin, endpointId } = await partnerWithEndpoint();
  const partnerId = event.partners[0]!.id;
  publishAgreement(OPERATOR, event.eventId, { en: agreementText("Version two.") });
  const shared = decideAtBooth(device, event.attendees[0]!.badgeCode, "share").result.consentId;
  sender = startWebhookSender({ publicBase: "https://fair.example", pollMs: 10, now, random: () => 0.5 });
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(hits.length, 0, "the gate holds webhooks too");
  assert.throws(() => listEndpoints(admin, event.eventId, partnerId), (e: AppError) => e.code === "forbidden");
  openAgreementGate(admin);
  await deliveredCount(1);
  requestReplay(admin, event.eventId, partnerId, endpointId, { messageId: `ce_${shared}` });
  await deliveredCount(2);
  assert.deepEqual(hits.map((h) => h.id), [`ce_${shared}`, `ce_${shared}`]);
  const log = deliveryLog(admin, event.eventId, partnerId, endpointId);
  assert.deepEqual(log.map((a) => a.replay), [true, false], JSON.stringify(log));
  assert.throws(() => requestReplay(admin, event.eventId, partnerId, endpointId, { messageId: "ce_999999999" }), (e: AppError) => e.code === "not_found");
});

test("[WEBHOOK] endpoints: https only (or localhost), no private addresses; a member cannot manage them; rotation signs with both secrets", async () => {
  const { event, admin, endpointId, secret } = await partnerWithEndpoint();
  const partnerId = event.partners[0]!.id;
  for (const url of ["http://crm.example/hook", "https://10.0.0.7/hook", "https://user:pw@crm.example/hook", "not a url"]) {
    await assert.rejects(addEndpoint(admin, event.eventId, partnerId, { url }), (e: AppError) => e.code === "invalid", url);
  }
  const member = await makePartnerMember(event.eventId, partnerId, "member");
  await assert.rejects(addEndpoint(member, event.eventId, partnerId, { url: hook }), (e: AppError) => e.code === "forbidden");
  assert.equal(listEndpoints(member, event.eventId, partnerId)[0]!.secret, "", "a member sees no secret");
  rotateSecret(admin, event.eventId, partnerId, endpointId);
  const rotated = listEndpoints(admin, event.eventId, partnerId)[0]!;
  assert.equal(rotated.previousSecret, secret);
  decideAtBooth(makeDevice(event.eventId, partnerId), event.attendees[0]!.badgeCode, "share");
  await deliveredCount(1);
  new Webhook(secret).verify(hits[0]!.body, hits[0]!.headers);
  new Webhook(rotated.secret).verify(hits[0]!.body, hits[0]!.headers);
});

test("[WEBHOOK] erasing an attendee whose share stands sends lead.erased with the email's hash only; a redirect is a failure the log names", async () => {
  const { event, device, admin, endpointId } = await partnerWithEndpoint();
  const partnerId = event.partners[0]!.id;
  const attendee = event.attendees[0]!;
  const shared = decideAtBooth(device, attendee.badgeCode, "share").result.consentId;
  await deliveredCount(1);
  eraseAttendee(OPERATOR, event.eventId, attendee.id);
  await deliveredCount(2);
  assert.equal(hits[1]!.type, "lead.erased");
  assert.equal(hits[1]!.data.ends_consent_id, shared);
  assert.deepEqual(hits[1]!.data.suppress, { email_sha256: emailSha256(attendee.email) });
  assert.ok(!hits[1]!.body.includes(attendee.email), "the address itself is gone");

  status = 302;
  decideAtBooth(device, event.attendees[1]!.badgeCode, "share");
  for (let i = 0; i < 200 && deliveryLog(admin, event.eventId, partnerId, endpointId).length < 3; i++) await new Promise((r) => setTimeout(r, 10));
  assert.match(deliveryLog(admin, event.eventId, partnerId, endpointId)[0]!.error ?? "", /redirect/);
});
