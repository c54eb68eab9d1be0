import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice } from "@/lib/test/fixtures";
import { csvRecords } from "./support/csv";
import { expect, test } from "./support/world";

async function download(page: Page, button: string): Promise<Record<string, string>[]> {
  const file = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  return csvRecords(fs.readFileSync(await (await file).path(), "utf8"));
}

test("[CONSENT] renaming a partner with a share standing asks, then ends the share: off the export, suppressed, and /me asks again", async ({ world, organizerPage, unpairedPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share");
  const renamed = `Contoso ${event.slug}`;

  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  expect((await download(organizer, "Export leads (CSV)")).map((r) => r.email)).toEqual([attendee.email]);

  await organizer.getByText("Edit the partner").click();
  await organizer.getByLabel("Name", { exact: true }).fill(renamed);
  await organizer.getByRole("button", { name: "Save the partner" }).click();
  await expect(organizer.getByTestId("confirm-lapse")).toContainText("This change ends 1 consent: this attendee will be asked again. Confirm?");
  // Asked, not done: the partner keeps its name and its lead until the organizer confirms.
  await expect(organizer.getByRole("heading", { level: 1 })).toHaveText(partner.name);
  await expect(organizer.getByTestId("lead-table")).toContainText(attendee.email);
  await expect(organizer.getByLabel("Name", { exact: true })).toHaveValue(renamed);

  await organizer.getByRole("button", { name: "Confirm: end 1 consent and save" }).click();
  await expect(organizer.getByRole("status").filter({ hasText: "Saved." })).toContainText("1 consent ended");
  await expect(organizer.getByRole("heading", { level: 1 })).toHaveText(renamed);
  await expect(organizer.getByTestId("no-leads")).toBeVisible();
  expect(await download(organizer, "Export leads (CSV)")).toEqual([]);
  expect((await download(organizer, "Suppression list (CSV)")).map((r) => r.email)).toEqual([attendee.email]);

  const me = await unpairedPage();
  await me.goto(`/me/${attendee.personalToken}`);
  const card = me.getByTestId(`partner-${partner.id}`);
  await expect(card.getByTestId("standing")).toContainText("Share ended");
  await expect(card.getByTestId("lapsed")).toContainText(`${renamed} changed what it told you; your share ended. Share again?`);
  await expect(card.getByTestId("notice-text")).toContainText(renamed);
  await expect(card.getByRole("button", { name: "Don't share with" })).toBeVisible();
  const axe = await new AxeBuilder({ page: me }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await card.getByRole("button", { name: `Share my details with ${renamed}` }).click();
  await expect(card.getByTestId("standing")).toContainText("Shared");
  await organizer.reload();
  await expect(organizer.getByTestId("lead-table")).toContainText(attendee.email);
});
