import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, scans } from "@/db/schema";
import { OPERATOR } from "@/lib/auth/actor";
import { createDrawing } from "@/lib/drawing/create-drawing";
import { enterDrawing } from "@/lib/drawing/open-drawing";
import { makeDevice, makeEvent } from "@/lib/test/fixtures";
import { offlinePack } from "@/lib/sync/offline-pack";
import { backToScanning, goOffline, typeCode } from "./support/booth";
import { drawingsEnteredBy, rowsFor } from "./support/db";
import { BASE_URL, expect, test } from "./support/world";

/** What /api/booth/sync answers for an item it refuses. */
type SyncRefusal = { message: string; fields?: Record<string, string> };


test("[OFFLINE] 20 badges offline, a reload offline, back online: exactly 20 scans and decisions on the server", async ({ boothPage }) => {
  test.setTimeout(180_000);
  const event = makeEvent({ partnerCount: 1, attendeeCount: 20 });
  const partner = event.partners[0]!;
  const phone = await boothPage(partner.id, undefined, event.eventId);
  const status = await goOffline(phone);
  for (const [i, attendee] of event.attendees.entries()) {
    await typeCode(phone, attendee.badgeCode);
    // The offline screen: the partner and its notice, no name (the phone has no attendee data).
    await expect(phone.getByRole("heading", { name: "Badge scanned" })).toBeVisible();
    if (i === 0) {
      await expect(phone.getByTestId("notice-text")).toContainText(partner.name);
      await expect(phone.getByTestId("notice-text")).toContainText(partner.purpose);
      await expect(phone.getByText(attendee.firstName)).toHaveCount(0);
      await expect(phone.getByTestId("retention-line"), "the retention period, as online").toContainText("90 days");
      const axe = await new AxeBuilder({ page: phone }).analyze();
      expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    }
    const choice = i % 2 ? "Don't share" : `Share my details with ${partner.name}`;
    await phone.getByRole("button", { name: choice, exact: true }).click();
    await expect(phone.getByRole("heading", { name: "Thank you", exact: true })).toBeVisible();
    await expect(phone.getByText("saved on this phone")).toBeVisible();
    await backToScanning(phone);
    await expect(status).toContainText(`${i + 1} waiting to sync`);
  }
  expect(rowsFor(event.eventId)).toMatchObject({ scans: 0, consentEvents: 0 });

  // The page comes from the service worker, the queue from IndexedDB, the decoder from the cache.
  const reloaded = await phone.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(status).toContainText("20 waiting to sync");
  await expect(phone.getByText("Starting the camera…")).toHaveCount(0, { timeout: 15_000 });
  await expect(phone.getByTestId("camera-unavailable")).toHaveCount(0);
  // The decode worker and its .wasm came from the cache too: the scanner is ready, not "did not load".
  await expect(phone.getByTestId("camera-status")).toContainText("Point the camera", { timeout: 15_000 });

  await phone.context().setOffline(false);
  await expect(status).toContainText("All scans are synced", { timeout: 30_000 });
  const db = getDb();
  const scanRows = db.select().from(scans).where(eq(scans.eventId, event.eventId)).all();
  const ledger = db.select().from(consentEvents).where(eq(consentEvents.eventId, event.eventId)).all();
  expect(scanRows).toHaveLength(20);
  expect(ledger).toHaveLength(20);
  expect(new Set(scanRows.map((s) => s.attendeeId)).size).toBe(20);
  expect(new Set(ledger.map((c) => c.scanId)).size).toBe(20);
  // The queue kept how each code was entered: typed, every one (the dashboard's phone flags read it).
  expect(scanRows.map((s) => s.source)).toEqual(Array(20).fill("typed"));
  expect(ledger.filter((c) => c.action === "grant")).toHaveLength(10);
  const shown = offlinePack(makeDevice(event.eventId, partner.id))!.notices[0]!;
  expect(ledger.every((c) => c.noticeId === shown.noticeId && c.textSha256 === shown.sha256 && c.method === "booth_device")).toBe(true);

  // Once more online: nothing is left to send, nothing is recorded twice.
  await phone.reload();
  await expect(status).toContainText("All scans are synced");
  expect(rowsFor(event.eventId)).toMatchObject({ scans: 20, consentEvents: 20 });
});

test("[OFFLINE] [DRAWING] an offline screen offers every open drawing, none as entered; the ticked ones are entered once synced", async ({ world, boothPage }) => {
  const { event } = world;
  const [attendee, partner] = [event.attendees[2]!, event.partners[0]!];
  const second = createDrawing(OPERATOR, event.eventId, { name: "Evening draw", prize: "A kite", minFraction: 0.5 });
  // Entered in the first already: the phone, offline, cannot know it.
  enterDrawing(event.drawingId, attendee.id, "personal_page", new Date());
  const phone = await boothPage(partner.id);
  const status = await goOffline(phone);
  await typeCode(phone, attendee.badgeCode);
  await expect(phone.getByRole("heading", { name: "Badge scanned" })).toBeVisible();

  const drawings = phone.getByRole("group", { name: "Prize drawings" });
  await expect(drawings.getByRole("checkbox")).toHaveCount(2);
  await expect(drawings.getByText("You are entered.")).toHaveCount(0);
  const first = drawings.getByRole("checkbox", { name: "Enter Booth trail: A bicycle" });
  const evening = drawings.getByRole("checkbox", { name: "Enter Evening draw: A kite" });
  await expect(first).not.toBeChecked();
  await expect(evening).not.toBeChecked();
  await first.check();
  await evening.check();
  // Declining to share never costs an entry.
  await phone.getByRole("button", { name: "Don't share", exact: true }).click();
  await backToScanning(phone);
  await expect(status).toContainText("1 waiting to sync");

  await phone.context().setOffline(false);
  await expect(status).toContainText("All scans are synced", { timeout: 30_000 });
  expect(drawingsEnteredBy(attendee.id)).toEqual([event.drawingId, second.id].sort((a, b) => a - b)); // the first once, not twice
});

test("[OFFLINE] a scan the server refuses stays on the phone with its reason until dismissed", async ({ world, boothPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const phone = await boothPage(partner.id);
  await phone.goto("/scan");
  const status = phone.getByTestId("sync-status");
  await expect(status).toContainText("All scans are synced");

  await phone.context().setOffline(true);
  for (const [code, choice] of [["NOT-A-BADGE-42", "Don't share"], [event.attendees[1]!.badgeCode, `Share my details with ${partner.name}`]]) {
    await typeCode(phone, code!);
    await phone.getByRole("button", { name: choice, exact: true }).click();
    await backToScanning(phone);
  }
  await expect(status).toContainText("2 waiting to sync");
  await phone.context().setOffline(false);

  const refused = phone.getByTestId("sync-rejected");
  await expect(refused).toContainText("1 scan was refused", { timeout: 30_000 });
  await expect(refused).toContainText("NOT-A-BADGE-42");
  await expect(refused).toContainText("This badge is not registered for this event");
  await expect(status).toContainText("All scans are synced");
  expect(rowsFor(event.eventId)).toMatchObject({ scans: 1, consentEvents: 1 });

  await phone.reload();
  await expect(refused).toContainText("NOT-A-BADGE-42");
  await refused.getByRole("button", { name: "Try again" }).click();
  await expect(refused).toContainText("NOT-A-BADGE-42"); // refused again, for the same reason
  await refused.getByRole("button", { name: "Dismiss" }).click();
  await expect(refused).toHaveCount(0);
});

test("[OFFLINE] a server that does not answer while the phone is online: the queue takes over, then syncs", async ({ world, boothPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[2]!;
  // No service worker: Playwright's `route` does not reliably see requests that pass through
  // one (its docs say to block them when routing), and ours takes control of /scan at a moment
  // set by the machine's load. Nothing under test here needs it: the queue lives in the page.
  const phone = await boothPage(partner.id, undefined, undefined, { serviceWorkers: "block" });
  await phone.goto("/scan");
  const status = phone.getByTestId("sync-status");
  await expect(status).toContainText("All scans are synced");

  // The venue network is up, Fairlead is not: server actions and the sync endpoint fail.
  const refused: string[] = [];
  const refuse = (route: import("@playwright/test").Route) => {
    if (route.request().method() !== "POST") return route.fallback();
    refused.push(new URL(route.request().url()).pathname);
    return route.abort("connectionrefused");
  };
  await phone.context().route(/\/(scan|api\/booth\/sync)$/, refuse);
  await typeCode(phone, attendee.badgeCode);
  await expect(phone.getByRole("heading", { name: "Badge scanned" })).toBeVisible();
  expect(refused).toContain("/scan"); // the lookup met the refusal: this is the offline screen
  await phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click();
  await backToScanning(phone);
  await expect(status).toContainText("1 waiting to sync");
  await expect(phone.getByText(/could not be reached/)).toBeVisible();

  await phone.context().unroute(/\/(scan|api\/booth\/sync)$/, refuse);
  await expect(status).toContainText("All scans are synced", { timeout: 20_000 }); // the next retry, without an online event
  expect(rowsFor(event.eventId)).toMatchObject({ scans: 1, consentEvents: 1 });
});

test("[SYNC] the endpoint: same item → first answer; other content → 409; invalid → 422; another phone's id → refused", async ({ world, playwright }) => {
  const { event } = world;
  const mine = makeDevice(event.eventId, event.partners[0]!.id);
  const other = makeDevice(event.eventId, event.partners[1]!.id);
  const phone = (token: string, origin = BASE_URL) =>
    playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { cookie: `fairlead_device=${token}`, origin } });
  const notice = offlinePack(mine)!.notices[0]!;
  const at = new Date().toISOString();
  const item = (scanId: string, code = event.attendees[0]!.badgeCode) => ({
    scanId,
    code,
    scannedAt: at,
    decision: { choice: "share", drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at },
  });
  const api = await phone(mine.sessionToken);
  const first = item(crypto.randomUUID());

  const answer = await api.post("/api/booth/sync", { data: first });
  expect(answer.status()).toBe(200);
  const body: unknown = await answer.json();
  expect(body).toMatchObject({ ok: true, scanId: first.scanId, decision: { action: "grant", changed: true } });
  const again = await api.post("/api/booth/sync", { data: first });
  expect([again.status(), await again.json()]).toEqual([200, body]);

  const changed = await api.post("/api/booth/sync", { data: { ...first, decision: { ...first.decision, choice: "decline" } } });
  expect(changed.status()).toBe(409);
  expect(((await changed.json()) as SyncRefusal).message).toMatch(/already synced with different content/);

  const invalid = await api.post("/api/booth/sync", { data: { ...item(crypto.randomUUID()), scannedAt: "yesterday" } });
  expect(invalid.status()).toBe(422);
  expect(((await invalid.json()) as SyncRefusal).fields).toHaveProperty("scannedAt");
  expect((await api.post("/api/booth/sync", { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } })).status()).toBe(400);

  const batch = await api.post("/api/booth/sync", { data: { items: [item(crypto.randomUUID(), event.attendees[1]!.badgeCode), { scanId: "nope" }] } });
  expect(((await batch.json()) as { results: { status: number }[] }).results.map((r) => r.status)).toEqual([200, 422]);

  const theirs = await (await phone(other.sessionToken)).post("/api/booth/sync", { data: first });
  expect(theirs.status()).toBe(409);
  expect(((await theirs.json()) as SyncRefusal).message).toMatch(/another booth phone/);

  expect((await (await phone("not-a-session")).post("/api/booth/sync", { data: first })).status()).toBe(401);
  expect((await (await phone(mine.sessionToken, "https://evil.example")).post("/api/booth/sync", { data: first })).status()).toBe(403);
  // An opaque origin (a sandboxed frame, a redirect across sites) is another site too, not a crash.
  expect((await (await phone(mine.sessionToken, "null")).post("/api/booth/sync", { data: first })).status()).toBe(403);
  expect(rowsFor(event.eventId)).toMatchObject({ scans: 2, consentEvents: 2 });
});
