// Time that no phone controls (issue 11 §1): the ledger orders decisions by the server's receipt,
// and what a booth phone claims is kept as its device time, clamped to [pairing, receipt].
import fs from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, devices, scans } from "@/db/schema";
import { offlinePack } from "@/lib/sync/offline-pack";
import { makeDevice } from "@/lib/test/fixtures";
import { csvRecords } from "./support/csv";
import { BASE_URL, expect, test } from "./support/world";

type Phone = ReturnType<typeof makeDevice>;

/** One synced item, a scan with its "share", both dated `claimed` by the phone. */
async function syncShare(api: APIRequestContext, device: Phone, code: string, claimed: Date) {
  const notice = offlinePack(device)!.notices[0]!;
  const at = claimed.toISOString();
  const scanId = crypto.randomUUID();
  const decision = { choice: "share", drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at };
  const answer = await api.post("/api/booth/sync", { data: { scanId, code, scannedAt: at, decision } });
  expect(answer.status()).toBe(200);
  return { scanId, body: (await answer.json()) as { decision: { consentId: number; action: string } } };
}

async function phoneApi(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, device: Phone) {
  return playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { cookie: `fairlead_device=${device.sessionToken}`, origin: BASE_URL } });
}

async function download(page: Page, button: string): Promise<Record<string, string>[]> {
  const file = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  return csvRecords(fs.readFileSync(await (await file).path(), "utf8"));
}

test("[CONSENT] a grant dated 4.5 minutes ahead does not outrank a later withdrawal on /me", async ({ world, organizerPage, unpairedPage, playwright }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const api = await phoneApi(playwright, device);
  const { scanId, body } = await syncShare(api, device, attendee.badgeCode, new Date(Date.now() + 4.5 * 60_000));
  expect(body.decision.action).toBe("grant");
  const grant = getDb().select().from(consentEvents).where(eq(consentEvents.scanId, scanId)).get()!;
  expect(grant.recordedAt.getTime()).toBeLessThanOrEqual(Date.now());

  // The attendee withdraws on their page (a minute later in the attack; at once here: the
  // claimed time is still ahead of it, which is what used to win).
  const me = await unpairedPage();
  await me.goto(`/me/${attendee.personalToken}`);
  const card = me.getByTestId(`partner-${partner.id}`);
  await expect(card.getByTestId("standing")).toContainText("Shared");
  await card.getByRole("button", { name: `Withdraw my consent for ${partner.name}` }).click();
  await expect(card.getByRole("status")).toContainText(`Done: ${partner.name} no longer sees your contact details`);
  await expect(card.getByTestId("standing")).toContainText("Withdrawn");

  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  expect((await download(organizer, "Export leads (CSV)")).map((r) => r.email)).toEqual([]);

});

test("[CONSENT] /me says plainly when a withdrawal changed nothing", async ({ world, unpairedPage, playwright }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[1]!;
  const device = makeDevice(event.eventId, partner.id);
  await syncShare(await phoneApi(playwright, device), device, attendee.badgeCode, new Date());

  const [first, second] = [await unpairedPage(), await unpairedPage()];
  for (const tab of [first, second]) await tab.goto(`/me/${attendee.personalToken}`);
  const withdraw = (tab: Page) => tab.getByTestId(`partner-${partner.id}`).getByRole("button", { name: `Withdraw my consent for ${partner.name}` }).click();
  await withdraw(first);
  await expect(first.getByTestId(`partner-${partner.id}`).getByRole("status")).toContainText("Done:");
  await withdraw(second); // drawn before the withdrawal: still offers to withdraw
  const status = second.getByTestId(`partner-${partner.id}`).getByRole("status");
  await expect(status).toContainText("Nothing to withdraw");
  await expect(status).not.toContainText("Done");
});

test("[CONSENT] a scan dated 1970 is recorded at the phone's pairing, marked clamped, with the claim kept", async ({ world, unpairedPage, playwright }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[2]!;
  const device = makeDevice(event.eventId, partner.id);
  const pairedAt = getDb().select({ at: devices.pairedAt }).from(devices).where(eq(devices.id, device.deviceId)).get()!.at;
  const { scanId, body } = await syncShare(await phoneApi(playwright, device), device, attendee.badgeCode, new Date(0));
  expect(body.decision.action).toBe("grant");

  const row = getDb().select().from(consentEvents).where(eq(consentEvents.scanId, scanId)).get()!;
  expect(row.deviceTime.getTime()).toBe(pairedAt.getTime());
  expect(row.deviceClaim?.getTime()).toBe(0);
  expect(row.recordedAt.getTime()).toBeGreaterThanOrEqual(pairedAt.getTime());
  const scan = getDb().select().from(scans).where(eq(scans.id, scanId)).get()!;
  expect([scan.scannedAt.getTime(), scan.scannedClaim?.getTime()]).toEqual([pairedAt.getTime(), 0]);

  const me = await unpairedPage();
  await me.goto(`/me/${attendee.personalToken}/receipts/${row.id}`);
  const receipt = me.getByTestId("receipt");
  await expect(receipt.getByTestId("receipt-device-time")).toContainText("Device time");
  await expect(receipt.getByTestId("receipt-device-time")).toContainText("clamped");
  await expect(receipt.getByTestId("receipt-device-time")).toContainText("1 January 1970");
});
