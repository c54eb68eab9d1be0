import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice } from "@/lib/test/fixtures";
import { csvRecords } from "./support/csv";
import { expect, test } from "./support/world";

async function download(page: Page, button: string): Promise<Record<string, string>[]> {
  const file = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  return csvRecords(fs.readFileSync(await (await file).path(), "utf8"));
}

async function tabTo(page: Page, name: string) {
  const target = page.getByRole("button", { name, exact: true });
  for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(target).toBeFocused();
}

test("[CONSENT] share, then withdraw on /me by keyboard: gone from the list and the next export, on the suppression list", async ({ world, organizerPage, unpairedPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share");

  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  expect((await download(organizer, "Export leads (CSV)")).map((r) => r.email)).toEqual([attendee.email]);

  const me = await unpairedPage();
  await me.goto(`/me/${attendee.personalToken}`);
  await expect(me.getByRole("heading", { name: `Hello ${attendee.firstName}` })).toBeVisible();
  const card = me.getByTestId(`partner-${partner.id}`);
  await expect(card.getByTestId("standing")).toContainText("Shared");
  const axe = await new AxeBuilder({ page: me }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await tabTo(me, `Withdraw my consent for ${partner.name}`);
  await me.keyboard.press("Enter");
  await expect(card.getByRole("status")).toContainText(`${partner.name} no longer sees your contact details`);
  await expect(card.getByTestId("standing")).toContainText("Withdrawn");

  // The share-again button replaces the withdraw button, with the notice right there.
  await expect(card.getByRole("button", { name: `Share my details with ${partner.name}` })).toBeVisible();

  await organizer.reload();
  await expect(organizer.getByTestId("no-leads")).toBeVisible();
  await expect(organizer.getByTestId("withdrawals")).toContainText(`${attendee.firstName} Lovelace`);
  expect(await download(organizer, "Export leads (CSV)")).toEqual([]);
  const suppression = await download(organizer, "Suppression list (CSV)");
  expect(suppression.map((r) => r.email)).toEqual([attendee.email]);
  expect(new Date(suppression[0]!.withdrawn_at!).getTime()).toBeGreaterThan(Date.now() - 60_000);

  // They change their mind: sharing again brings the lead back.
  await card.getByText(`What sharing with ${partner.name} means`).click();
  await expect(card.getByTestId("notice-text")).toContainText(partner.purpose);
  await card.getByRole("button", { name: `Share my details with ${partner.name}` }).click();
  await expect(card.getByTestId("standing")).toContainText("Shared");
  await organizer.reload();
  await expect(organizer.getByTestId("lead-table")).toContainText(attendee.email);
});

test("[DRAWING] declining to share at half the booths makes an eligible entry; /me shows it", async ({ world, unpairedPage }) => {
  const { event } = world;
  const attendee = event.attendees[1]!;
  decideAtBooth(makeDevice(event.eventId, event.partners[0]!.id), attendee.badgeCode, "decline", { drawing: true });
  expect(attendeeFromToken(attendee.personalToken)).not.toBeNull();

  const me = await unpairedPage();
  await me.goto(`/me/${attendee.personalToken}`);
  const drawing = me.getByTestId(`my-drawing-${event.drawingId}`);
  await expect(drawing).toContainText("You are entered");
  await expect(drawing).toContainText("That is enough to qualify");
  await expect(me.getByTestId(`partner-${event.partners[0]!.id}`).getByTestId("standing")).toContainText("Not shared");
});
