// The organizers of an event: removing one, cancelling an invitation, leaving; each asked once
// more, each in the audit log in words.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { OPERATOR } from "@/lib/auth/actor";
import { addOrganizerToEvent } from "@/lib/events/events";
import { makeOrganizer } from "@/lib/test/fixtures";
import { expect, test } from "./support/world";

async function noSeriousAxe(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

test("[ORGANIZERS] an organizer removes a colleague after a second step; the colleague loses the event at once, and the log says so", async ({ world, organizerPage }) => {
  const { event } = world;
  const colleague = await makeOrganizer();
  addOrganizerToEvent(OPERATOR, event.eventId, colleague.userId);
  const theirs = await organizerPage(colleague);
  await theirs.goto(`/events/${event.eventId}`);
  await expect(theirs.getByRole("heading", { name: `Event ${event.slug}`, exact: true })).toBeVisible();

  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}/organizers`);
  const table = page.getByTestId("organizers");
  await expect(table.getByRole("row", { name: new RegExp(colleague.email) })).toBeVisible();
  await expect(table.getByRole("row", { name: /\(you\)/ })).toContainText(world.organizer.email);
  await page.getByRole("button", { name: `Remove ${colleague.email}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: `Remove ${colleague.email} from the organizers` })).toBeFocused();
  await noSeriousAxe(page);
  // Cancel changes nothing and gives the focus back.
  await page.getByRole("button", { name: "Cancel", exact: true }).click();
  await expect(page.getByRole("button", { name: `Remove ${colleague.email}` })).toBeFocused();
  await page.getByRole("button", { name: `Remove ${colleague.email}` }).press("Enter");
  await page.getByRole("button", { name: `Yes, remove ${colleague.email}` }).click();
  await expect(table).not.toContainText(colleague.email);
  await expect(table).toContainText("The only organizer");

  const refused = await theirs.goto(`/events/${event.eventId}`);
  expect(refused?.status()).toBe(404);

  await page.goto(`/events/${event.eventId}/audit`);
  const row = page.getByTestId("audit-log").getByRole("row", { name: /Removed an organizer/ });
  await expect(row).toContainText(colleague.email);
  await expect(row).toContainText(world.organizer.email);
  await noSeriousAxe(page);
});

test("[ORGANIZERS] an open invitation is cancelled after a second step: its link stops working, and the log says so", async ({ world, organizerPage, browser }) => {
  const { event } = world;
  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}/organizers`);
  const email = `cancelled-${Date.now()}@example.com`;
  await page.getByLabel("Email of the organizer to invite").fill(email);
  await page.getByRole("button", { name: "Create an invitation link" }).click();
  const link = await page.getByTestId("invite-link").getAttribute("href");
  await page.reload();
  const invites = page.getByTestId("organizer-invites");
  await expect(invites).toContainText(email);
  await page.getByRole("button", { name: `Cancel the invitation of ${email}` }).click();
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(invites).toContainText(email);
  await page.getByRole("button", { name: `Cancel the invitation of ${email}` }).click();
  await page.getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(page.getByText(email)).toHaveCount(0);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link!);
  await expect(invitee.getByRole("heading", { name: "This invitation does not work" })).toBeVisible();

  await page.goto(`/events/${event.eventId}/audit`);
  await expect(page.getByTestId("audit-log").getByRole("row", { name: /Cancelled an organizer invitation/ })).toContainText(email);
});

test("[ORGANIZERS] an organizer leaves the event only through its own question, and lands on their events", async ({ world, organizerPage }) => {
  const { event } = world;
  const leaver = await makeOrganizer();
  addOrganizerToEvent(OPERATOR, event.eventId, leaver.userId);
  const page = await organizerPage(leaver);
  await page.goto(`/events/${event.eventId}/organizers`);
  await expect(page.getByRole("button", { name: `Remove ${leaver.email}` })).toHaveCount(0);
  await page.getByRole("button", { name: `Leave Event ${event.slug}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You lose access to it at once" })).toBeVisible();
  await page.getByRole("button", { name: "Yes, leave this event" }).click();
  await expect(page).toHaveURL(/\/events$/);
  expect((await page.goto(`/events/${event.eventId}`))?.status()).toBe(404);

  const owner = await organizerPage();
  await owner.goto(`/events/${event.eventId}/audit`);
  await expect(owner.getByTestId("audit-log").getByRole("row", { name: /Left the event's organizers/ })).toContainText(leaver.email);
});
