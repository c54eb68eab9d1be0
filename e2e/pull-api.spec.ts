// Issue 14 §2, the pull API as a partner's system uses it: a token a partner admin made on the
// Delivery page (shown once; last used and revoking there too), the booth share and then its
// withdrawal in order, paging with `next` that never repeats or skips, 304 for a page already
// read, and every refusal; each response checked against the OpenAPI document the app serves.
import type { APIRequestContext } from "@playwright/test";
import { createApiToken } from "@/lib/api/api-tokens";
import { LEADS_PATH } from "@/lib/api/openapi";
import { OPERATOR } from "@/lib/auth/actor";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { publishAgreement } from "@/lib/partners/agreement";
import { decideAtBooth, decideOnMyPage } from "@/lib/test/decide";
import { agreementText, makeDevice, makePartnerMember, openAgreementGate } from "@/lib/test/fixtures";
import { checkResponse } from "@/lib/test/openapi-check";
import { BASE_URL, expect, test } from "./support/world";

type Item = { id: string; type: string; data: Record<string, unknown> };
type Page = { data: Item[]; next: string; has_more: boolean };

/** GET the partner's leads; every answer is checked against the document before the test looks at it. */
function client(api: APIRequestContext, doc: unknown, partnerId: number) {
  return async (query: string, headers: Record<string, string>) => {
    const response = await api.get(`/api/v1/partners/${partnerId}/leads${query}`, { headers });
    const body = response.status() === 304 ? null : ((await response.json()) as unknown);
    checkResponse(doc, LEADS_PATH, "get", response.status(), body);
    return { status: response.status(), headers: response.headers(), body: body as Page & { error: { code: string; message: string } } };
  };
}

test("[API] a partner's token reads the booth share, then its withdrawal; paging never repeats or skips; 304 on repeat; refusals as documented", async ({ world, playwright, browser }) => {
  const { event } = world;
  const [partner, other] = [event.partners[0]!.id, event.partners[1]!.id];
  const admin = await makePartnerMember(event.eventId, partner, "admin");
  openAgreementGate(admin);
  // The admin makes the token on the Delivery page and sees it once.
  const context = await browser.newContext({ baseURL: BASE_URL });
  await context.addCookies([{ name: "fairlead_organizer", value: admin.sessionToken, url: BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  const page = await context.newPage();
  await page.goto(`/partners/${partner}/delivery`);
  await expect(page.getByTestId("no-api-tokens")).toBeVisible();
  await page.getByLabel("What will use the token").fill("CRM");
  await page.getByRole("button", { name: "Make an API token" }).click();
  const token = await page.getByTestId("api-token-value").inputValue();
  expect(token).toMatch(/^flk_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("api-token-table")).toContainText(token.slice(0, 12));
  await expect(page.getByTestId("api-token-table").getByRole("row", { name: /CRM/ })).toContainText("Never");
  const bearer = { authorization: `Bearer ${token}` };
  const phone = makeDevice(event.eventId, partner);
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  const documentResponse = await api.get("/api/v1/openapi.json");
  expect(documentResponse.status()).toBe(200);
  const doc = (await documentResponse.json()) as { openapi: string };
  expect(doc.openapi).toBe("3.1.0");
  const get = client(api, doc, partner);

  const [first, ...rest] = event.attendees;
  const shared = decideAtBooth(phone, first!.badgeCode, "share").result.consentId;
  const firstPage = await get("", bearer);
  expect(firstPage.status).toBe(200);
  expect(firstPage.body.data.map((i) => [i.id, i.type])).toEqual([[`ce_${shared}`, "lead.shared"]]);
  expect(firstPage.body.data[0]!.data.contact).toMatchObject({ email: first!.email });
  const withdrawal = decideOnMyPage(attendeeFromToken(first!.personalToken)!, partner, "decline").consentId;
  const both = await get("", bearer);
  expect(both.body.data.map((i) => [i.id, i.type])).toEqual([
    [`ce_${shared}`, "lead.shared"],
    [`ce_${withdrawal}`, "lead.withdrawn"],
  ]);
  expect(both.body.data[0]!.data.contact, "the share no longer stands: its contact is not handed out again").toBeNull();
  expect(both.body.data[1]!.data.suppress).toEqual({ email: first!.email });
  expect(both.headers["cache-control"]).toBe("private, no-cache");

  // The same page again: 304 with its ETag; the page after the withdrawal polls empty with the same cursor.
  const etag = both.headers.etag!;
  const unchanged = await get("", { ...bearer, "if-none-match": etag });
  expect(unchanged.status).toBe(304);
  expect(unchanged.headers.etag).toBe(etag);
  const caughtUp = await get(`?after=${both.body.next}`, bearer);
  expect(caughtUp.body).toEqual({ data: [], next: both.body.next, has_more: false });

  // Many events (shares and withdrawals back and forth), read in pages of 3, with one arriving mid-way.
  for (const a of rest) decideAtBooth(phone, a.badgeCode, "share");
  for (let round = 0; round < 3; round++) {
    for (const a of rest) decideOnMyPage(attendeeFromToken(a.personalToken)!, partner, round % 2 ? "share" : "decline");
  }
  const paged: Item[] = [];
  let after = "";
  for (let n = 0; n < 50; n++) {
    const page = await get(`?limit=3${after && `&after=${after}`}`, bearer);
    expect(page.body.data.length).toBeLessThanOrEqual(3);
    paged.push(...page.body.data);
    after = page.body.next;
    if (n === 1) decideOnMyPage(attendeeFromToken(rest[0]!.personalToken)!, partner, "share");
    if (!page.body.has_more) break;
  }
  const whole = await get("?limit=500", bearer);
  expect(whole.body.has_more).toBe(false);
  expect(paged.map((i) => i.id)).toEqual(whole.body.data.map((i) => i.id));
  expect(new Set(paged.map((i) => i.id)).size).toBe(paged.length);
  expect(paged.length).toBe(2 + rest.length + 3 * rest.length + 1);

  // Refusals.
  expect((await get("?after=nonsense", bearer)).status).toBe(400);
  expect((await get("?limit=501", bearer)).status).toBe(400);
  const none = await get("", {});
  expect(none.status).toBe(401);
  expect(none.headers["www-authenticate"]).toMatch(/^Bearer/);
  const cookieOnly = await get("", { cookie: `fairlead_organizer=${admin.sessionToken}` });
  expect(cookieOnly.status, "a signed-in partner admin's session is no API token").toBe(401);
  expect(JSON.stringify(cookieOnly.body)).not.toContain(first!.email);
  const elsewhere = await client(api, doc, other)("", bearer);
  expect(elsewhere.status, "another partner's feed: not found").toBe(404);

  const busy = { authorization: `Bearer ${createApiToken(OPERATOR, event.eventId, partner, { name: "Busy" }).token}` };
  let limited: Awaited<ReturnType<typeof get>> | undefined;
  for (let n = 0; n < 150 && !limited; n++) {
    const answer = await get("?limit=1", busy);
    if (answer.status === 429) limited = answer;
  }
  expect(limited, "the 61st request within the minute").toBeTruthy();
  expect(Number(limited!.headers["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(limited!.body.error.code).toBe("rate_limited");
  expect((await get("?limit=1", bearer)).status, "the limit is per token").toBe(200);

  const revoked = createApiToken(admin, event.eventId, partner, { name: "Revoked" });
  expect((await get("", { authorization: `Bearer ${revoked.token}` })).status).toBe(200);
  // Revoked on the page: refused from the next request. The list shows when each token was last used.
  await page.reload();
  await expect(page.getByTestId("api-token-table").getByRole("row", { name: /CRM/ })).not.toContainText("Never");
  await page.getByRole("button", { name: "Revoke the token Revoked" }).click();
  await page.getByRole("button", { name: "Yes, revoke Revoked" }).click();
  await expect(page.getByTestId("api-token-table").getByRole("row", { name: /^Revoked/ })).toContainText(/Revoked \d/);
  const refused = await get("", { authorization: `Bearer ${revoked.token}` });
  expect(refused.status).toBe(401);
  expect(refused.body.error.message).toContain("revoked");

  publishAgreement(OPERATOR, event.eventId, { en: agreementText("version 2") });
  const gated = await get("", bearer);
  expect(gated.status, "a new agreement version: nothing until it is accepted").toBe(403);
  expect(gated.body.error.message).toContain("version 2");
  await api.dispose();
  await context.close();
});
