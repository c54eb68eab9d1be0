// Issue 14 §2, the pull API's pages: the partner's feed once, in order, whatever the page size;
// exactly the events, ids and bodies its webhooks deliver (a real sender to a real receiver);
// an ETag of the body; and every body, pages and refusals alike, matching the OpenAPI document
// the app serves.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { toErrorBody } from "../errors";
import { saveQualification } from "../leads/save-qualification";
import { publishAgreement } from "../partners/agreement";
import { updatePartner } from "../partners/partners";
import { eraseAttendee } from "../retention/erase-attendee";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { agreementText, makeDevice, makeEvent, makePartnerMember, openAgreementGate } from "../test/fixtures";
import { checkResponse } from "../test/openapi-check";
import { addEndpoint } from "../webhooks/endpoints";
import { startWebhookSender } from "../webhooks/webhook-sender";
import { API_REQUESTS, requireApiCaller } from "./api-caller";
import { createApiToken } from "./api-tokens";
import { LeadsQuery, notModified, readLeadsPage, type LeadsPage } from "./leads-feed";
import { LEADS_PATH, openApiDocument } from "./openapi";

const BASE = "https://fair.example";
const received: { id: string; body: string }[] = [];
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString("utf8")));
  req.on("end", () => {
    received.push({ id: String(req.headers["webhook-id"]), body });
    res.writeHead(204).end();
  });
});
let hook = "";
before(async () => {
  useTestDatabase();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hook = `http://localhost:${(server.address() as AddressInfo).port}/hook`;
});
after(() => server.close());

/** A partner with its admin through the gate, its phone, and a token's caller. */
async function partnerFeed(attendeeCount = 6) {
  const event = makeEvent({ attendeeCount });
  const partnerId = event.partners[0]!.id;
  const admin = await makePartnerMember(event.eventId, partnerId, "admin");
  openAgreementGate(admin);
  const phone = makeDevice(event.eventId, partnerId);
  const { token } = createApiToken(admin, event.eventId, partnerId, { name: "CRM" });
  const caller = requireApiCaller(`Bearer ${token}`, partnerId);
  return { event, partnerId, admin, phone, caller };
}

/** Shares, a qualification, a withdrawal; a decline and another partner's share, which the feed leaves out. */
function decisions({ event, phone }: Awaited<ReturnType<typeof partnerFeed>>) {
  const [a, b, c, d, e, f] = event.attendees;
  const shared = decideAtBooth(phone, a!.badgeCode, "share").result.consentId;
  saveQualification(phone, { consentId: shared, basedOn: 0, clientId: randomUUID(), rating: "hot", notes: "Wants a demo", tags: [], answers: {} });
  // The feed merges its two sources by recorded time, a ledger row first within the same
  // millisecond (partner-feed.ts): the next share gets a later millisecond, as at a real booth.
  for (const t = Date.now(); Date.now() === t; );
  decideAtBooth(phone, b!.badgeCode, "share");
  decideAtBooth(phone, c!.badgeCode, "decline");
  decideOnMyPage(attendeeFromToken(b!.personalToken)!, phone.partnerId, "decline"); // the withdrawal
  decideAtBooth(makeDevice(event.eventId, event.partners[1]!.id), d!.badgeCode, "share");
  for (const x of [d!, e!, f!]) decideAtBooth(phone, x.badgeCode, "share");
  saveQualification(phone, { consentId: shared, basedOn: 1, clientId: randomUUID(), rating: "warm", notes: "", tags: [], answers: {} });
}

function readAll(caller: Parameters<typeof readLeadsPage>[0], limit: number, after?: string) {
  const pages: LeadsPage[] = [];
  for (let next = after; ; ) {
    const { body } = readLeadsPage(caller, { after: next, limit }, BASE);
    pages.push(body);
    next = body.next;
    if (!body.has_more) return { items: pages.flatMap((p) => p.data), pages, next };
  }
}

test("[API] the pull API gives the same events, ids and bodies, in the same order, as the partner's webhooks", async () => {
  const feed = await partnerFeed();
  decisions(feed);
  await addEndpoint(OPERATOR, feed.event.eventId, feed.partnerId, { url: hook });
  const { items } = readAll(feed.caller, 500);
  assert.deepEqual(
    items.map((i) => i.type),
    ["lead.shared", "lead.qualified", "lead.shared", "lead.withdrawn", "lead.shared", "lead.shared", "lead.shared", "lead.qualified"],
  );
  const sender = startWebhookSender({ publicBase: BASE, pollMs: 10 });
  try {
    for (let i = 0; i < 500 && received.length < items.length; i++) await new Promise((r) => setTimeout(r, 10));
    await sender.idle();
  } finally {
    sender.stop();
  }
  assert.deepEqual(items, received.map((r) => ({ id: r.id, ...(JSON.parse(r.body) as object) })));
});

test("[API] paging with `next` never skips or repeats an event, at any page size; an empty page gives its cursor back; new events follow", async () => {
  const feed = await partnerFeed();
  decisions(feed);
  const whole = readAll(feed.caller, 500);
  assert.equal(whole.pages.length, 1);
  for (const limit of [1, 2, 3, 5]) {
    const paged = readAll(feed.caller, limit);
    assert.deepEqual(paged.items.map((i) => i.id), whole.items.map((i) => i.id), `pages of ${limit}`);
    assert.ok(paged.pages.slice(0, -1).every((p) => p.data.length === limit && p.has_more));
    assert.equal(paged.next, whole.next, "the same position at the end, whatever the page size");
  }
  const empty = readLeadsPage(feed.caller, { after: whole.next }, BASE).body;
  assert.deepEqual(empty, { data: [], next: whole.next, has_more: false });

  const later = decideOnMyPage(attendeeFromToken(feed.event.attendees[1]!.personalToken)!, feed.partnerId, "share").consentId;
  const polled = readLeadsPage(feed.caller, { after: whole.next }, BASE).body;
  assert.deepEqual(polled.data.map((i) => [i.id, i.type]), [[`ce_${later}`, "lead.shared"]]);
  assert.equal(readLeadsPage(feed.caller, { after: polled.next }, BASE).body.data.length, 0);
});

test("[API] the ETag is of the body: the same page twice has the same one; a withdrawal that empties an earlier share's contact changes it", async () => {
  const feed = await partnerFeed(2);
  decideAtBooth(feed.phone, feed.event.attendees[0]!.badgeCode, "share");
  const first = readLeadsPage(feed.caller, { limit: 1 }, BASE);
  assert.match(first.etag, /^"[0-9a-f]{32}"$/);
  assert.equal(readLeadsPage(feed.caller, { limit: 1 }, BASE).etag, first.etag);
  decideOnMyPage(attendeeFromToken(feed.event.attendees[0]!.personalToken)!, feed.partnerId, "decline");
  const again = readLeadsPage(feed.caller, { limit: 1 }, BASE);
  assert.equal(again.body.data[0]!.id, first.body.data[0]!.id);
  assert.equal((again.body.data[0]!.data as { contact: unknown }).contact, null);
  assert.notEqual(again.etag, first.etag);

  assert.ok(notModified(first.etag, first.etag));
  assert.ok(notModified(`"other", W/${first.etag}`, first.etag));
  assert.ok(notModified("*", first.etag));
  assert.ok(!notModified(null, first.etag));
  assert.ok(!notModified(`"other"`, first.etag));
});

test("[API] a cursor this API did not give out and a limit out of range are refused; the limit is 100 unless told, at most 500", async () => {
  const feed = await partnerFeed(1);
  for (const after of ["nonsense", Buffer.from("v1.1").toString("base64url"), Buffer.from("v2.1.1").toString("base64url")]) {
    assert.throws(() => readLeadsPage(feed.caller, { after }, BASE), /not one this API gave out/);
  }
  for (const limit of ["0", "501", "abc", "1.5"]) assert.throws(() => readLeadsPage(feed.caller, { limit }, BASE), /limit/, `limit ${limit}`);
  assert.equal(LeadsQuery.parse({}).limit, 100);
  assert.equal(LeadsQuery.parse({ limit: "500" }).limit, 500);
});

test("[API] every body, a page with each kind of event and each refusal, matches what the OpenAPI document says for its status", async () => {
  const doc = JSON.parse(JSON.stringify(openApiDocument(BASE))) as unknown; // as a client reads it
  const check = (status: number, body: unknown) => checkResponse(doc, LEADS_PATH, "get", status, JSON.parse(JSON.stringify(body)));
  const feed = await partnerFeed();
  decisions(feed);
  const before = readAll(feed.caller, 500);
  // Erasure (the withdrawal's suppression by hash) and a lapse, which remove the qualifications.
  eraseAttendee(OPERATOR, feed.event.eventId, feed.event.attendees[1]!.id);
  const words = { name: feed.event.partners[0]!.name, booth: "B1", privacyUrl: "https://partner1.example/privacy", purpose: "Another purpose", contactEmail: "leads1@partner.example" };
  const asked = updatePartner(OPERATOR, feed.event.eventId, feed.partnerId, words);
  if ("confirm" in asked && asked.confirm) updatePartner(OPERATOR, feed.event.eventId, feed.partnerId, words, { confirmLapses: asked.confirm.lapsing });
  const afterwards = readAll(feed.caller, 3);
  const items = [...before.items, ...afterwards.items];
  const pages = [...before.pages, ...afterwards.pages];
  assert.deepEqual([...new Set(items.map((i) => i.type))].sort(), ["lead.lapsed", "lead.qualified", "lead.shared", "lead.withdrawn"]);
  const kinds = items.map((i) => `${i.type}:${String((i.data as { standing?: boolean }).standing)}:${Object.keys((i.data as { suppress?: object }).suppress ?? {}).join()}`);
  for (const kind of ["lead.qualified:true:", "lead.shared:true:", "lead.shared:false:", "lead.withdrawn:undefined:email", "lead.withdrawn:undefined:email_sha256"]) {
    assert.ok(kinds.includes(kind), `${kind} in ${kinds.join(" ")}`);
  }
  for (const page of pages) check(200, page);
  check(304, null);

  const refusal = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return toErrorBody(error);
    }
    throw new Error("no refusal");
  };
  const token = createApiToken(OPERATOR, feed.event.eventId, feed.partnerId, { name: "Busy" }).token;
  const t = new Date();
  for (let i = 0; i < API_REQUESTS.capacity; i++) requireApiCaller(`Bearer ${token}`, feed.partnerId, t);
  const refusals = [
    refusal(() => readLeadsPage(feed.caller, { after: "nonsense" }, BASE)),
    refusal(() => readLeadsPage(feed.caller, { limit: "0" }, BASE)),
    refusal(() => requireApiCaller(null, feed.partnerId)),
    refusal(() => requireApiCaller(`Bearer ${token}`, feed.event.partners[1]!.id)),
    refusal(() => requireApiCaller(`Bearer ${token}`, feed.partnerId, t)),
  ];
  publishAgreement(OPERATOR, feed.event.eventId, { en: agreementText("v2") });
  refusals.push(refusal(() => requireApiCaller(`Bearer ${createApiToken(OPERATOR, feed.event.eventId, feed.partnerId, { name: "Gate" }).token}`, feed.partnerId)));
  assert.deepEqual(refusals.map((r) => r.status), [400, 400, 401, 404, 429, 403]);
  for (const { status, body } of refusals) check(status, body);

  // The check can fail: an undocumented field, a missing one, an undocumented status.
  const page = JSON.parse(JSON.stringify(pages[0])) as LeadsPage;
  assert.throws(() => check(200, { ...page, extra: 1 }));
  assert.throws(() => check(200, { ...page, data: [{ ...page.data[0]!, data: { ...page.data[0]!.data, surprise: true } }] }));
  assert.throws(() => check(200, { data: page.data }));
  assert.throws(() => check(500, refusals[0]!.body), /does not name/);
});
