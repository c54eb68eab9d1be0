// Issue 14 §2: a partner's API tokens: shown once, kept as a hash, managed by its admins and
// the organizers only, revocable at once; the API's caller checks in their order.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { apiTokens, auditLog } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { sha256Hex } from "../crypto";
import { AppError, type ErrorCode } from "../errors";
import { publishAgreement } from "../partners/agreement";
import { useTestDatabase } from "../test/db";
import { agreementText, makeDevice, makeEvent, makeOrganizer, makePartnerMember, openAgreementGate } from "../test/fixtures";
import { API_REQUESTS, requireApiCaller } from "./api-caller";
import { createApiToken, listApiTokens, MAX_ACTIVE_TOKENS, partnerFromApiToken, revokeApiToken, TOUCH_EVERY_MS } from "./api-tokens";

before(() => useTestDatabase());

const fails = (code: ErrorCode, message?: RegExp) => (e: unknown) => e instanceof AppError && e.code === code && (!message || message.test(e.message));

async function partnerWithAdmin() {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const [p1, p2] = [event.partners[0]!.id, event.partners[1]!.id];
  const admin = await makePartnerMember(event.eventId, p1, "admin");
  openAgreementGate(admin);
  return { owner, event, p1, p2, admin };
}

test("[API] a token is shown once and kept as its sha256 and a short prefix; the list shows name, prefix and times, never the token", async () => {
  const { event, p1, admin } = await partnerWithAdmin();
  const made = createApiToken(admin, event.eventId, p1, { name: "  HubSpot sync " });
  assert.match(made.token, /^flk_[A-Za-z0-9_-]{43}$/);
  assert.equal(made.prefix, made.token.slice(0, 12));
  assert.equal(made.name, "HubSpot sync");
  const row = getDb().select().from(apiTokens).where(eq(apiTokens.id, made.id)).get()!;
  assert.equal(row.tokenHash, sha256Hex(made.token));
  assert.ok(!JSON.stringify(row).includes(made.token), "the clear token is stored nowhere");
  const [listed] = listApiTokens(admin, event.eventId, p1);
  assert.deepEqual(Object.keys(listed!).sort(), ["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt"]);
  assert.deepEqual([listed!.name, listed!.prefix, listed!.lastUsedAt, listed!.revokedAt], ["HubSpot sync", made.prefix, null, null]);
  const audit = getDb().select({ action: auditLog.action, details: auditLog.details }).from(auditLog).where(eq(auditLog.eventId, event.eventId)).all();
  assert.ok(audit.some((a) => a.action === "api-tokens.create" && !JSON.stringify(a.details).includes(made.token)));
  assert.throws(() => createApiToken(admin, event.eventId, p1, { name: "  " }), fails("invalid", /Name the token/));
});

test("[API] only the partner's admins and the event's organizers manage tokens; a member, a phone, another partner and another organizer are refused", async () => {
  const { owner, event, p1, p2, admin } = await partnerWithAdmin();
  const member = await makePartnerMember(event.eventId, p1, "member");
  const otherAdmin = await makePartnerMember(event.eventId, p2, "admin");
  openAgreementGate(otherAdmin);
  const stranger = await makeOrganizer();
  const phone = makeDevice(event.eventId, p1);
  const made = createApiToken(owner, event.eventId, p1, { name: "By the organizer" });
  assert.throws(() => createApiToken(member, event.eventId, p1, { name: "x" }), fails("forbidden"));
  assert.throws(() => listApiTokens(member, event.eventId, p1), fails("forbidden"));
  assert.throws(() => createApiToken(phone, event.eventId, p1, { name: "x" }), fails("forbidden"));
  assert.throws(() => listApiTokens(otherAdmin, event.eventId, p1), fails("not_found"));
  assert.throws(() => revokeApiToken(otherAdmin, event.eventId, p2, made.id), fails("not_found"), "another partner's token id is not found in one's own");
  assert.throws(() => createApiToken(stranger, event.eventId, p1, { name: "x" }), fails("not_found"));
  assert.equal(listApiTokens(admin, event.eventId, p1).length, 1);
});

test("[API] no token before the agreement: a partner admin is refused until its current version is accepted", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const admin = await makePartnerMember(event.eventId, event.partners[0]!.id, "admin");
  assert.throws(() => createApiToken(admin, event.eventId, admin.partnerId, { name: "x" }), fails("forbidden", /agreement/));
  openAgreementGate(admin);
  assert.ok(createApiToken(admin, event.eventId, admin.partnerId, { name: "x" }).token);
});

test("[API] a token names its partner; unknown, malformed and revoked tokens name nothing; revoking is at once and audited", async () => {
  const { event, p1, admin } = await partnerWithAdmin();
  const made = createApiToken(admin, event.eventId, p1, { name: "CRM" });
  assert.deepEqual(partnerFromApiToken(made.token), { tokenId: made.id, eventId: event.eventId, partnerId: p1 });
  assert.equal(partnerFromApiToken(`flk_${"A".repeat(43)}`), null);
  assert.equal(partnerFromApiToken(made.token.slice(0, -1)), null);
  assert.equal(partnerFromApiToken(made.token.toUpperCase()), null);
  revokeApiToken(admin, event.eventId, p1, made.id);
  assert.equal(partnerFromApiToken(made.token), null);
  assert.ok(listApiTokens(admin, event.eventId, p1)[0]!.revokedAt);
  revokeApiToken(admin, event.eventId, p1, made.id); // again: nothing changes
  const revokes = getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.action, "api-tokens.revoke")).all();
  assert.equal(revokes.length, 1);
});

test("[API] last used is noted at most once a minute", async () => {
  const { event, p1, admin } = await partnerWithAdmin();
  const made = createApiToken(admin, event.eventId, p1, { name: "Poller" });
  const t0 = new Date("2026-06-01T10:00:00Z");
  const lastUsed = () => listApiTokens(admin, event.eventId, p1)[0]!.lastUsedAt?.getTime();
  partnerFromApiToken(made.token, t0);
  assert.equal(lastUsed(), t0.getTime());
  partnerFromApiToken(made.token, new Date(t0.getTime() + TOUCH_EVERY_MS - 1));
  assert.equal(lastUsed(), t0.getTime(), "within the minute: no write");
  partnerFromApiToken(made.token, new Date(t0.getTime() + TOUCH_EVERY_MS));
  assert.equal(lastUsed(), t0.getTime() + TOUCH_EVERY_MS);
});

test(`[API] at most ${MAX_ACTIVE_TOKENS} working tokens per partner; a revoked one frees its place`, async () => {
  const { event, p1 } = await partnerWithAdmin();
  const ids = Array.from({ length: MAX_ACTIVE_TOKENS }, (_, i) => createApiToken(OPERATOR, event.eventId, p1, { name: `t${i}` }).id);
  assert.throws(() => createApiToken(OPERATOR, event.eventId, p1, { name: "one more" }), fails("conflict"));
  revokeApiToken(OPERATOR, event.eventId, p1, ids[0]!);
  assert.ok(createApiToken(OPERATOR, event.eventId, p1, { name: "one more" }).token);
});

test("[API] the caller: 401 without a token or with a dead one, 404 for another partner, 429 past the limit, 403 while a new agreement waits", async () => {
  const { event, p1, p2, admin } = await partnerWithAdmin();
  const made = createApiToken(admin, event.eventId, p1, { name: "CRM" });
  const bearer = `Bearer ${made.token}`;
  assert.throws(() => requireApiCaller(null, p1), fails("unauthorized", /Authorization: Bearer/));
  assert.throws(() => requireApiCaller(`Basic ${made.token}`, p1), fails("unauthorized"));
  assert.throws(() => requireApiCaller(`Bearer flk_${"x".repeat(43)}`, p1), fails("unauthorized", /unknown or was revoked/));
  assert.throws(() => requireApiCaller(bearer, p2), fails("not_found"));
  assert.deepEqual(requireApiCaller(bearer, p1), { tokenId: made.id, eventId: event.eventId, partnerId: p1 });

  const t = new Date("2026-06-01T12:00:00Z");
  const other = createApiToken(admin, event.eventId, p1, { name: "Busy" });
  for (let i = 0; i < API_REQUESTS.capacity; i++) requireApiCaller(`Bearer ${other.token}`, p1, t);
  let refusal: unknown;
  assert.throws(() => requireApiCaller(`Bearer ${other.token}`, p1, t), (e) => ((refusal = e), fails("rate_limited")(e)));
  assert.deepEqual((refusal as AppError).retry, { limit: API_REQUESTS.name, retryAfter: 1 });
  assert.ok(requireApiCaller(`Bearer ${other.token}`, p1, new Date(t.getTime() + 1_000)), "a second later one more fits");
  assert.ok(requireApiCaller(bearer, p1, t), "the limit is per token");

  publishAgreement(OPERATOR, event.eventId, { en: agreementText("version 2") });
  assert.throws(() => requireApiCaller(bearer, p1), fails("forbidden", /accepts version 2/));
});
