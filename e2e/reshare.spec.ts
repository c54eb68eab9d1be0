import AxeBuilder from "@axe-core/playwright";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { decideAtBooth } from "@/lib/test/decide";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { offlinePack } from "@/lib/sync/offline-pack";
import { decideOnMyPage } from "@/lib/test/decide";
import { makeDevice } from "@/lib/test/fixtures";
import { latestConsent, rowsFor } from "./support/db";
import { BASE_URL, expect, test } from "./support/world";

test("[CONSENT] after a withdrawal on /me, the booth alone cannot share again; the attendee's personal code can", async ({ world, boothPage, unpairedPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share");

  const me = await unpairedPage();
  await me.goto(`/me/${attendee.personalToken}`);
  const card = me.getByTestId(`partner-${partner.id}`);
  await card.getByRole("button", { name: `Withdraw my consent for ${partner.name}` }).click();
  await expect(card.getByTestId("standing")).toContainText("Withdrawn");

  // At the booth, with the badge's front code only: refused, with the reason for staff and attendee.
  const phone = await boothPage(partner.id);
  await phone.goto("/scan");
  await phone.getByLabel("Or type the badge code").fill(formatBadgeCode(attendee.badgeCode));
  await phone.keyboard.press("Enter");
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeFocused();
  const before = rowsFor(event.eventId);
  await phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click();
  await expect(phone.getByRole("heading", { name: "Only the attendee can share again" })).toBeFocused();
  await expect(phone.getByTestId("personal-code").getByRole("alert")).toContainText(`${attendee.firstName} withdrew consent for ${partner.name} earlier`);
  await expect(phone.getByTestId("personal-code").getByRole("alert")).toContainText("personal code on the back of their badge");
  expect(rowsFor(event.eventId)).toMatchObject({ scans: before.scans, consentEvents: before.consentEvents });
  expect(latestConsent(event.eventId, attendee.id)!.action).toBe("withdraw");
  const axe = await new AxeBuilder({ page: phone }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  // Another attendee's code is not theirs.
  await phone.getByLabel("Personal code (back of the badge)").fill(event.attendees[1]!.personalToken);
  await phone.keyboard.press("Enter");
  await expect(phone.getByTestId("personal-code").getByRole("alert")).toContainText(`That personal code is not ${attendee.firstName}'s`);
  expect(latestConsent(event.eventId, attendee.id)!.action).toBe("withdraw");

  // Their own code, typed (as the link the back's QR holds), by keyboard: recorded.
  await phone.getByLabel("Personal code (back of the badge)").fill(`${BASE_URL}/me/${attendee.personalToken}`);
  await phone.keyboard.press("Enter");
  await expect(phone.getByRole("heading", { name: `Thank you, ${attendee.firstName}` })).toBeVisible();
  const share = latestConsent(event.eventId, attendee.id)!;
  expect(share).toMatchObject({ action: "grant", method: "booth_device" });
  expect(rowsFor(event.eventId).consentEvents).toBe(before.consentEvents + 1);
});

test("[CONSENT] the personal code can be scanned from the back of the badge", async ({ world, boothPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[1]!;
  const device = makeDevice(event.eventId, partner.id);
  decideAtBooth(device, attendee.badgeCode, "share");
  decideAtBooth(device, attendee.badgeCode, "decline"); // withdrawn at the booth: the same rule holds

  // The camera shows the badge's front, then its back.
  const phone = await boothPage(partner.id, [attendee.badgeCode, `${BASE_URL}/me/${attendee.personalToken}`]);
  await phone.goto("/scan");
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible({ timeout: 20_000 });
  await phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click();
  await expect(phone.getByTestId("personal-code").getByRole("alert")).toContainText("withdrew consent");
  await phone.getByRole("button", { name: "Scan the back of the badge" }).click();
  await expect(phone.getByRole("heading", { name: `Thank you, ${attendee.firstName}` })).toBeVisible({ timeout: 20_000 });
  expect(latestConsent(event.eventId, attendee.id)!.action).toBe("grant");
});

test("[ACCESS] the organizer's attendee screens never show or open an attendee's own page", async ({ world, organizerPage }) => {
  const { event } = world;
  const attendee = event.attendees[0]!;
  const organizer = await organizerPage();
  for (const path of [`/events/${event.eventId}/attendees`, `/events/${event.eventId}/attendees/${attendee.id}/badge`]) {
    const response = await organizer.goto(path);
    expect(response!.status()).toBe(200);
    await expect(organizer.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(organizer.locator('a[href*="/me/"]')).toHaveCount(0);
    expect(await response!.text()).not.toContain(attendee.personalToken);
  }
  await expect(organizer.getByTestId("personal-page-printed-only")).toBeVisible();
});

test("[SYNC] an offline phone's share after a withdrawal is refused per item with the reason; with the personal code it is recorded", async ({ world, playwright }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[2]!;
  const device = makeDevice(event.eventId, partner.id);
  decideAtBooth(device, attendee.badgeCode, "share");
  decideOnMyPage(attendeeFromToken(attendee.personalToken)!, partner.id, "decline");

  const api = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { cookie: `fairlead_device=${device.sessionToken}`, origin: BASE_URL } });
  const notice = offlinePack(device)!.notices[0]!;
  const at = new Date().toISOString();
  const decision = { choice: "share", drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at };
  const item = { scanId: crypto.randomUUID(), code: attendee.badgeCode, scannedAt: at, decision };
  const before = rowsFor(event.eventId);

  const refused = await api.post("/api/booth/sync", { data: { items: [item] } });
  const [result] = ((await refused.json()) as { results: { ok: boolean; status: number; code: string; message: string; fields?: Record<string, string> }[] }).results;
  expect(result).toMatchObject({ ok: false, status: 403, code: "forbidden", scanId: item.scanId });
  expect(result!.message).toContain(`${attendee.firstName} withdrew consent for ${partner.name} earlier`);
  expect(result!.fields?.personalCode).toBe(result!.message);
  expect(rowsFor(event.eventId)).toMatchObject({ scans: before.scans + 1, consentEvents: before.consentEvents }); // the visit, no share
  expect(latestConsent(event.eventId, attendee.id)!.action).toBe("withdraw");

  const withCode = await api.post("/api/booth/sync", { data: { items: [{ ...item, decision: { ...decision, personalCode: attendee.personalToken } }] } });
  expect(((await withCode.json()) as { results: unknown[] }).results[0]).toMatchObject({ ok: true, decision: { action: "grant", changed: true } });
  expect(latestConsent(event.eventId, attendee.id)!.action).toBe("grant");
});
