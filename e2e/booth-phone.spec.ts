// Issue 15 §2: the booth's screens on a phone. At 360 × 640 and 390 × 844 the decision is on the
// first screen, staff can cancel, a refused typed code stays in its box (with a hint only for a
// slip on the badge this phone's camera just read), two open drawings are each offered with the
// attendee's standing, and the leads are cards with Rate and Receipt in reach.
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices, drawingEntries } from "@/db/schema";
import { OPERATOR, type DeviceActor } from "@/lib/auth/actor";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { recordBoothItems } from "@/lib/booth/record-booth-items";
import { createDrawing } from "@/lib/drawing/create-drawing";
import { enterDrawing } from "@/lib/drawing/open-drawing";
import { BOOTH_PHONE_COPY } from "@/lib/i18n/booth-phone-copy";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice } from "@/lib/test/fixtures";
import { typeCode } from "./support/booth";
import { drawingsEnteredBy, latestConsent, rowsFor } from "./support/db";
import { expect, test } from "./support/world";

const GERMAN_CANCEL = BOOTH_PHONE_COPY.de.cancel;

const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
];

async function noSeriousAxe(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

/** Wholly inside the viewport as first shown: reachable without scrolling. */
async function onFirstScreen(page: Page, name: string) {
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = (await page.getByRole("button", { name, exact: true }).boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.height).toBeGreaterThanOrEqual(44);
}

/** The way out on one line, in one row with the language buttons (a second row would push the notice down). */
async function cancelOnOneLine(page: Page, name: string) {
  const cancel = page.getByRole("button", { name, exact: true });
  const lines = await cancel.evaluate((button) => {
    const range = document.createRange();
    range.selectNodeContents(button);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines, `"${name}" on one line`).toBe(1);
  const row = await Promise.all([cancel, page.getByRole("button", { name: "Deutsch" })].map(async (b) => (await b.boundingBox())!.y));
  expect(row[1], "the language buttons beside it").toBe(row[0]);
}

/** The booth phone the fixture paired last for this partner, as lib sees it. */
function lastPairedPhone(partnerId: number, partnerName: string, eventId: number): DeviceActor {
  const d = getDb().select().from(devices).where(eq(devices.partnerId, partnerId)).orderBy(desc(devices.id)).get()!;
  return { kind: "device", deviceId: d.id, deviceName: d.name, partnerId, partnerName, eventId, timeZone: "UTC", pairedAt: d.pairedAt };
}

for (const size of PHONES) {
  test(`[SCAN] ${size.width} × ${size.height}: both choices on the first screen; Cancel records nothing and goes back to the camera`, async ({ world, boothPage }) => {
    const { event } = world;
    const [attendee, partner] = [event.attendees[0]!, event.partners[0]!];
    const phone = await boothPage(partner.id);
    await phone.setViewportSize(size);
    await phone.goto("/scan");
    // The typed-code box is above the camera: the keyboard opens below it.
    const box = (await phone.getByLabel("Or type the badge code").boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(size.height / 2);

    await typeCode(phone, formatBadgeCode(attendee.badgeCode));
    await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeFocused();
    await onFirstScreen(phone, `Share my details with ${partner.name}`);
    await onFirstScreen(phone, "Don't share");
    await expect(phone.getByTestId("idle-return")).toHaveText("Without a tap for 90 seconds this screen goes back to the scanner and records nothing.");
    await cancelOnOneLine(phone, "Not you? Cancel");
    await noSeriousAxe(phone);

    // In German too: the way out on one line, both choices on the first screen ("Nicht Sie? Abbrechen" took two rows at 360 px).
    await phone.getByRole("button", { name: "Deutsch" }).click();
    await expect(phone.getByTestId("idle-return")).toContainText("90 Sekunden");
    await cancelOnOneLine(phone, GERMAN_CANCEL);
    await onFirstScreen(phone, `Meine Daten mit ${partner.name} teilen`);
    await onFirstScreen(phone, "Nicht teilen");
    await noSeriousAxe(phone);

    const before = rowsFor(event.eventId);
    await phone.getByRole("button", { name: GERMAN_CANCEL }).click();
    await expect(phone.getByRole("heading", { name: "Scan a badge" })).toBeFocused();
    expect(rowsFor(event.eventId)).toMatchObject({ scans: before.scans, consentEvents: before.consentEvents });
    expect(latestConsent(event.eventId, attendee.id)).toBeFalsy();

    // The notice scrolls under the bar; at its end the choice still works.
    await typeCode(phone, formatBadgeCode(attendee.badgeCode));
    await phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` }).waitFor();
    await phone.mouse.wheel(0, 5_000);
    await phone.getByRole("button", { name: "Don't share", exact: true }).click();
    await expect(phone.getByTestId("hand-back")).toBeVisible();
    expect(latestConsent(event.eventId, attendee.id)!.action).toBe("decline");
  });
}

test("[SCAN] the consent screen goes back to the camera by itself after the stated idle time, recording nothing", async ({ world, boothPage }) => {
  const { event } = world;
  const [attendee, partner] = [event.attendees[1]!, event.partners[0]!];
  const phone = await boothPage(partner.id);
  await phone.setViewportSize(PHONES[0]!);
  await phone.goto("/scan");
  await phone.clock.install();
  await typeCode(phone, attendee.badgeCode);
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible();
  await phone.clock.runFor(60_000);
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible();
  await phone.clock.runFor(31_000);
  await expect(phone.getByRole("heading", { name: "Scan a badge" })).toBeVisible();
  expect(latestConsent(event.eventId, attendee.id)).toBeFalsy();
});

test("[SCAN] an unknown typed code stays in its box, marked; a slip on the badge the camera just read offers that badge, no other", async ({ world, boothPage }) => {
  const { event } = world;
  const [seen, other] = event.attendees;
  const partner = event.partners[0]!;
  const phone = await boothPage(partner.id);
  await phone.setViewportSize(PHONES[1]!);
  await phone.goto("/scan");
  const input = phone.getByLabel("Or type the badge code");

  await typeCode(phone, "NOT-A-BADGE-42");
  await expect(phone.getByRole("alert").filter({ hasText: "This badge is not registered for this event" })).toBeVisible();
  await expect(input).toHaveValue("NOT-A-BADGE-42");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(/This badge is not registered/);
  await noSeriousAxe(phone);
  // Editing the code clears the mark.
  await input.fill("NOT-A-BADGE-4");
  await expect(input).not.toHaveAttribute("aria-invalid", "true");

  // This phone's camera read a badge (recorded as the phone would: lib's booth write path).
  const device = lastPairedPhone(partner.id, partner.name, event.eventId);
  recordBoothItems(device, [{ scanId: randomUUID(), code: seen!.badgeCode, scannedAt: new Date().toISOString(), source: "camera" }]);
  const slip = (code: string) => code.slice(0, 9) + (code[9] === "Z" ? "Y" : "Z") + code.slice(10);

  // The same slip on a badge the camera did not read: no hint.
  await typeCode(phone, formatBadgeCode(slip(other!.badgeCode)));
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(phone.getByRole("button", { name: /^Look up .+/ })).toHaveCount(0);

  await typeCode(phone, formatBadgeCode(slip(seen!.badgeCode)));
  await expect(input).toHaveValue(formatBadgeCode(slip(seen!.badgeCode)));
  const hint = phone.getByRole("button", { name: `Look up ${formatBadgeCode(seen!.badgeCode)}` });
  await expect(hint).toBeVisible();
  await hint.click();
  await expect(phone.getByRole("heading", { name: `Hi ${seen!.firstName}!` })).toBeVisible();
});

test("[DRAWING] two open drawings: each shown with the attendee's standing; a second visit shows the entry, not an empty box", async ({ world, boothPage }) => {
  const { event } = world;
  const [attendee, partner] = [event.attendees[2]!, event.partners[1]!];
  const second = createDrawing(OPERATOR, event.eventId, { name: "Evening draw", prize: "A kite", minFraction: 0.5 });
  enterDrawing(event.drawingId, attendee.id, "personal_page", new Date());
  const phone = await boothPage(partner.id);
  await phone.setViewportSize(PHONES[0]!);
  await phone.goto("/scan");
  await typeCode(phone, attendee.badgeCode);
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible();

  const drawingsBox = phone.getByRole("group", { name: "Prize drawings" });
  await expect(drawingsBox.getByTestId(`drawing-choice-${event.drawingId}`)).toContainText("Booth trail: A bicycle. You are entered.");
  await expect(drawingsBox.getByRole("checkbox")).toHaveCount(1);
  const enter = drawingsBox.getByRole("checkbox", { name: "Enter Evening draw: A kite" });
  await expect(enter).not.toBeChecked();
  await noSeriousAxe(phone);
  await enter.check();
  // Declining to share never costs an entry.
  await phone.getByRole("button", { name: "Don't share", exact: true }).click();
  await expect(phone.getByTestId("hand-back")).toBeVisible();
  expect(drawingsEnteredBy(attendee.id)).toEqual([event.drawingId, second.id].sort((a, b) => a - b));

  // The next visit shows both entries, no box to tick.
  await phone.getByRole("button", { name: "Scan the next badge" }).click();
  await typeCode(phone, attendee.badgeCode);
  await expect(drawingsBox.getByText("You are entered.")).toHaveCount(2);
  await expect(drawingsBox.getByRole("checkbox")).toHaveCount(0);
  expect(getDb().select().from(drawingEntries).where(and(eq(drawingEntries.attendeeId, attendee.id), eq(drawingEntries.drawingId, second.id))).all()).toHaveLength(1);
});

test("[LEADS] the booth's leads are cards on a 358 px phone, Rate and Receipt in reach; a table on a wide screen", async ({ world, boothPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const booth = makeDevice(event.eventId, partner.id, "Booth phone 2");
  for (const a of event.attendees) decideAtBooth(booth, a.badgeCode, "share");
  const phone = await boothPage(partner.id);
  await phone.setViewportSize({ width: 358, height: 740 });
  await phone.goto("/booth/leads");

  const cards = phone.getByTestId("lead-cards");
  await expect(cards.getByRole("listitem")).toHaveCount(event.attendees.length);
  await expect(phone.getByTestId("lead-table")).toBeHidden();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(358);
  // Every card's links fit the width; the newest lead's are on the first screen.
  for (const a of event.attendees) {
    for (const name of [`Rate (rating and notes for ${a.firstName} Lovelace)`, `Receipt for ${a.firstName} Lovelace`]) {
      const box = (await phone.getByRole("link", { name }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(358);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  }
  const newest = event.attendees.at(-1)!;
  await expect(phone.getByRole("link", { name: `Rate (rating and notes for ${newest.firstName} Lovelace)` })).toBeInViewport();
  await expect(phone.getByRole("link", { name: `Receipt for ${newest.firstName} Lovelace` })).toBeInViewport();
  const a = event.attendees[0]!;
  await noSeriousAxe(phone);
  await phone.getByRole("link", { name: `Receipt for ${a.firstName} Lovelace` }).click();
  await expect(phone.getByTestId("receipt-state")).toHaveText("Shared: consent given");

  await phone.setViewportSize({ width: 1024, height: 768 });
  await phone.goto("/booth/leads");
  await expect(phone.getByTestId("lead-table")).toBeVisible();
  await expect(phone.getByTestId("lead-cards")).toBeHidden();
  await expect(phone.getByTestId("lead-table").getByRole("link", { name: `Rate (rating and notes for ${a.firstName} Lovelace)` })).toBeVisible();
  await noSeriousAxe(phone);
});

test("[OFFLINE] a decision with a drawing ticked whose answer never arrived: the queue resends the same content, accepted, not a conflict", async ({ world, boothPage }) => {
  const { event } = world;
  const [attendee, partner] = [event.attendees[0]!, event.partners[0]!];
  const second = createDrawing(OPERATOR, event.eventId, { name: "Evening draw", prize: "A kite", minFraction: 0.5 });
  // No service worker: `route` must see the page's requests (e2e/offline.spec.ts says why).
  const phone = await boothPage(partner.id, undefined, undefined, { serviceWorkers: "block" });
  await phone.setViewportSize(PHONES[0]!);
  await phone.goto("/scan");
  const status = phone.getByTestId("sync-status");
  await expect(status).toContainText("All scans are synced");
  await typeCode(phone, attendee.badgeCode);
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible();

  // The server records the decision; its answer is lost on the way back. Only that one request.
  let lost = 0;
  const lose = async (route: import("@playwright/test").Route) => {
    if (route.request().method() !== "POST" || lost > 0) return route.fallback();
    lost++;
    await route.fetch();
    return route.abort("connectionrefused");
  };
  await phone.route(/\/scan$/, lose);
  await phone.getByRole("checkbox", { name: "Enter Evening draw: A kite" }).check();
  await phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click();
  await expect(phone.getByTestId("hand-back")).toBeVisible();
  expect(lost).toBe(1);
  expect(rowsFor(event.eventId)).toMatchObject({ scans: 1, consentEvents: 1 }); // recorded, unknown to the phone
  await phone.unroute(/\/scan$/, lose);
  await phone.getByRole("button", { name: "Scan the next badge" }).click();
  await expect(status).toContainText("All scans are synced", { timeout: 20_000 });
  await expect(phone.getByTestId("sync-rejected")).toHaveCount(0); // a changed resend would be refused as a conflict
  expect(rowsFor(event.eventId)).toMatchObject({ scans: 1, consentEvents: 1 });
  expect(drawingsEnteredBy(attendee.id)).toEqual([second.id]);
});
