// Issue 13, finding 5: every page and route handler family sends its security headers
// (docs/decisions/033). The families come from the build's manifest: a page or route added
// without a row in FAMILIES below fails this test.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { createSession } from "@/lib/auth/sessions";
import { makeDevice } from "@/lib/test/fixtures";
import { BASE_URL, expect, test } from "./support/world";

const distDir = process.env.NEXT_DIST_DIR || ".next";
type Who = "organizer" | "device" | "anyone";
type Ids = { eventId: number; partnerId: number; attendeeId: number; drawingId: number; slug: string; token: string };
const FAKE_TOKEN = "x".repeat(43);

/** Manifest entry → the URL asked for and who asks (null: not reachable by a URL of its own). */
const FAMILIES: Record<string, ((ids: Ids) => [string, Who]) | null> = {
  "/_global-error/page": null, // rendered only when the root layout itself throws
  "/_not-found/page": () => ["/no-such-page", "anyone"],
  "/page": () => ["/", "anyone"],
  "/signin/page": () => ["/signin", "anyone"],
  "/scan/page": () => ["/scan", "device"],
  "/booth/leads/page": () => ["/booth/leads", "device"],
  "/booth/leads/[consentId]/page": () => ["/booth/leads/1", "device"],
  "/booth/receipts/[consentId]/page": () => ["/booth/receipts/1", "device"],
  "/booth/receipts/[consentId]/json/route": () => ["/booth/receipts/1/json", "device"],
  "/api/booth/sync/route": () => ["/api/booth/sync", "device"],
  "/api/ping/route": () => ["/api/ping", "anyone"],
  "/api/events/[slug]/checkpoints/route": ({ slug }) => [`/api/events/${slug}/checkpoints`, "anyone"],
  "/api/v1/openapi.json/route": () => ["/api/v1/openapi.json", "anyone"],
  "/api/v1/partners/[partnerId]/leads/route": ({ partnerId }) => [`/api/v1/partners/${partnerId}/leads`, "anyone"], // 401 without a token
  "/drawings/[drawingId]/page": ({ drawingId }) => [`/drawings/${drawingId}`, "anyone"],
  "/drawings/[drawingId]/result.json/route": ({ drawingId }) => [`/drawings/${drawingId}/result.json`, "anyone"],
  "/invite/[token]/page": () => [`/invite/${FAKE_TOKEN}`, "anyone"],
  "/pair/[token]/page": () => [`/pair/${FAKE_TOKEN}`, "anyone"],
  "/join/[token]/page": () => [`/join/${FAKE_TOKEN}`, "anyone"],
  "/me/[token]/page": ({ token }) => [`/me/${token}`, "anyone"],
  "/me/[token]/receipts/[consentId]/page": ({ token }) => [`/me/${token}/receipts/1`, "anyone"],
  "/me/[token]/receipts/[consentId]/json/route": ({ token }) => [`/me/${token}/receipts/1/json`, "anyone"],
  "/manifest.webmanifest/route": () => ["/manifest.webmanifest", "anyone"],
  "/favicon.ico/route": () => ["/favicon.ico", "anyone"],
  "/icon.svg/route": () => ["/icon.svg", "anyone"],
  "/apple-icon.png/route": () => ["/apple-icon.png", "anyone"],
  "/events/page": () => ["/events", "organizer"],
  "/events/new/page": () => ["/events/new", "organizer"],
  "/events/[eventId]/page": ({ eventId }) => [`/events/${eventId}`, "organizer"],
  "/events/[eventId]/attendees/page": ({ eventId }) => [`/events/${eventId}/attendees`, "organizer"],
  "/events/[eventId]/attendees/new/page": ({ eventId }) => [`/events/${eventId}/attendees/new`, "organizer"],
  "/events/[eventId]/attendees/[attendeeId]/page": ({ eventId, attendeeId }) => [`/events/${eventId}/attendees/${attendeeId}`, "organizer"],
  "/events/[eventId]/attendees/[attendeeId]/badge/page": ({ eventId, attendeeId }) => [`/events/${eventId}/attendees/${attendeeId}/badge`, "organizer"],
  "/events/[eventId]/audit/page": ({ eventId }) => [`/events/${eventId}/audit`, "organizer"],
  "/events/[eventId]/badges/route": ({ eventId }) => [`/events/${eventId}/badges`, "organizer"],
  "/events/[eventId]/dashboard/page": ({ eventId }) => [`/events/${eventId}/dashboard`, "organizer"],
  "/events/[eventId]/drawings/page": ({ eventId }) => [`/events/${eventId}/drawings`, "organizer"],
  "/events/[eventId]/exports/page": ({ eventId }) => [`/events/${eventId}/exports`, "organizer"],
  "/events/[eventId]/exports/all/route": ({ eventId }) => [`/events/${eventId}/exports/all`, "organizer"],
  "/events/[eventId]/import/page": ({ eventId }) => [`/events/${eventId}/import`, "organizer"],
  "/events/[eventId]/import/[importId]/page": ({ eventId }) => [`/events/${eventId}/import/1`, "organizer"],
  "/events/[eventId]/import/upload/route": ({ eventId }) => [`/events/${eventId}/import/upload`, "organizer"],
  "/events/[eventId]/legal/page": ({ eventId }) => [`/events/${eventId}/legal`, "organizer"],
  "/events/[eventId]/mail/page": ({ eventId }) => [`/events/${eventId}/mail`, "organizer"],
  "/events/[eventId]/notice/page": ({ eventId }) => [`/events/${eventId}/notice`, "organizer"],
  "/events/[eventId]/organizers/page": ({ eventId }) => [`/events/${eventId}/organizers`, "organizer"],
  "/events/[eventId]/partners/new/page": ({ eventId }) => [`/events/${eventId}/partners/new`, "organizer"],
  "/events/[eventId]/partners/[partnerId]/page": ({ eventId, partnerId }) => [`/events/${eventId}/partners/${partnerId}`, "organizer"],
  "/events/[eventId]/partners/[partnerId]/export/route": ({ eventId, partnerId }) => [`/events/${eventId}/partners/${partnerId}/export`, "organizer"],
  "/events/[eventId]/receipts/[consentId]/page": ({ eventId }) => [`/events/${eventId}/receipts/1`, "organizer"],
  "/events/[eventId]/receipts/[consentId]/json/route": ({ eventId }) => [`/events/${eventId}/receipts/1/json`, "organizer"],
  "/events/[eventId]/agreement/page": ({ eventId }) => [`/events/${eventId}/agreement`, "organizer"],
  // The partner workspace: the organizer is no member, so these answer 404, with the same headers.
  "/partners/page": () => ["/partners", "organizer"],
  "/partners/[partnerId]/page": ({ partnerId }) => [`/partners/${partnerId}`, "organizer"],
  "/partners/[partnerId]/agreement/page": ({ partnerId }) => [`/partners/${partnerId}/agreement`, "organizer"],
  "/partners/[partnerId]/devices/page": ({ partnerId }) => [`/partners/${partnerId}/devices`, "organizer"],
  "/partners/[partnerId]/team/page": ({ partnerId }) => [`/partners/${partnerId}/team`, "organizer"],
  "/partners/[partnerId]/lead-form/page": ({ partnerId }) => [`/partners/${partnerId}/lead-form`, "organizer"],
  "/partners/[partnerId]/follow-up/page": ({ partnerId }) => [`/partners/${partnerId}/follow-up`, "organizer"],
  "/partners/[partnerId]/exports/page": ({ partnerId }) => [`/partners/${partnerId}/exports`, "organizer"],
  "/partners/[partnerId]/delivery/page": ({ partnerId }) => [`/partners/${partnerId}/delivery`, "organizer"],
  "/partners/[partnerId]/export/route": ({ partnerId }) => [`/partners/${partnerId}/export`, "organizer"],
  "/partners/[partnerId]/leads/[consentId]/page": ({ partnerId }) => [`/partners/${partnerId}/leads/1`, "organizer"],
  "/partners/[partnerId]/receipts/[consentId]/page": ({ partnerId }) => [`/partners/${partnerId}/receipts/1`, "organizer"],
  "/partners/[partnerId]/receipts/[consentId]/json/route": ({ partnerId }) => [`/partners/${partnerId}/receipts/1/json`, "organizer"],
};

const TOKEN_PAGE = /^\/(me|pair|invite|join)\//;
const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

/** The headers every response carries, and a page's CSP whose nonce is on each of its scripts. */
async function checkFamily(key: string, url: string, response: APIResponse) {
  const h = response.headers();
  const where = `${key} (${url}, ${response.status()})`;
  expect(h["x-content-type-options"], where).toBe("nosniff");
  expect(h["x-frame-options"], where).toBe("DENY");
  expect(h["referrer-policy"], where).toBe(TOKEN_PAGE.test(url) ? "no-referrer" : "strict-origin-when-cross-origin");
  expect(h["permissions-policy"], where).toMatch(url === "/scan" ? /^camera=\(self\)/ : /^camera=\(\)/);
  expect(h["permissions-policy"], where).toContain("microphone=()");
  expect(h["strict-transport-security"], `${where}: plain HTTP, no HSTS`).toBeUndefined();
  if (key.endsWith("/route")) {
    expect(h["content-security-policy"], `${where}: route handlers never pass through the proxy`).toBeUndefined();
    return;
  }
  const csp = h["content-security-policy"] ?? "";
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  if (!(h["content-type"] ?? "").startsWith("text/html")) return; // a redirect
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length, where).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, where).toContain(`nonce="${nonceOf(response)}"`);
}

test("[HEADERS] every page and route family sends its security headers; pages a fresh nonce on all their scripts", async ({ world, playwright }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  const missing = Object.keys(manifest).filter((key) => !(key in FAMILIES));
  expect(missing, "page or route families without a header check: add them to FAMILIES").toEqual([]);

  const { event } = world;
  const ids: Ids = { eventId: event.eventId, partnerId: event.partners[0]!.id, attendeeId: event.attendees[0]!.id, drawingId: event.drawingId, slug: event.slug, token: event.attendees[0]!.personalToken };
  const organizer = createSession({ kind: "organizer", userId: world.organizer.userId });
  const device = makeDevice(event.eventId, ids.partnerId);
  const clients: Record<Who, APIRequestContext> = {
    anyone: await playwright.request.newContext({ baseURL: BASE_URL }),
    organizer: await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { cookie: `fairlead_organizer=${organizer.token}` } }),
    device: await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { cookie: `fairlead_device=${device.sessionToken}` } }),
  };
  for (const [key, family] of Object.entries(FAMILIES)) {
    if (!family || !(key in manifest)) continue;
    const [url, who] = family(ids);
    await checkFamily(key, url, await clients[who].get(url, { maxRedirects: 0 }));
  }

  const [first, second] = [await clients.anyone.get("/signin"), await clients.anyone.get("/signin")];
  expect(nonceOf(first)).toBeTruthy();
  expect(nonceOf(first), "a fresh nonce for every request").not.toBe(nonceOf(second));

  // Static files: Next's chunks, public/ (the service worker, icons).
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await first.text())![1]!;
  for (const url of [chunk, "/sw.js", "/icons/icon.svg"]) {
    const h = (await clients.anyone.get(url)).headers();
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["x-frame-options"], url).toBe("DENY");
    expect(h["permissions-policy"], url).toMatch(/^camera=\(\)/);
  }
});

test("[HEADERS] HSTS when the request came through the HTTPS front, on pages, route handlers and static files", async ({ playwright }) => {
  const client = await playwright.request.newContext({ baseURL: BASE_URL });
  for (const url of ["/", "/signin", "/api/ping", "/sw.js"]) {
    const secure = (await client.get(url, { headers: { "x-forwarded-proto": "https" }, maxRedirects: 0 })).headers();
    expect(secure["strict-transport-security"], url).toBe("max-age=31536000; includeSubDomains");
    expect((await client.get(url, { maxRedirects: 0 })).headers()["strict-transport-security"], url).toBeUndefined();
  }
  const page = (await client.get("/signin", { headers: { "x-forwarded-proto": "https" } })).headers();
  expect(page["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("[HEADERS] a browser enforces the page's CSP: an injected script without the nonce does not run, and is reported", async ({ page, cspViolations }) => {
  // The server's own answer with markup injected into it, as a stored XSS would be.
  await page.route("**/signin", async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("<body>", '<body><script>window.__injected = true</script><img src="x" onerror="window.__injected = true">');
    await route.fulfill({ response, body });
  });
  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible(); // the page's own scripts still run
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => cspViolations.join("\n")).toContain("script-src");
  cspViolations.length = 0; // this test's violations were the point
});
