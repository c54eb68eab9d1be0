// Issue 15 §3: an organizer creates an event in the console (until now only the command line
// could): from the empty list, a refusal that keeps what was typed, the confirmation, and the
// event's own pages and audit log showing what was entered.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { makeOrganizer } from "@/lib/test/fixtures";
import { expect, test } from "./support/world";

async function noSeriousAxe(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

test("[EVENTS] a new organizer creates their first event from the empty list; a mistake is explained, the rest kept", async ({ organizerPage }) => {
  const newcomer = await makeOrganizer();
  const page = await organizerPage(newcomer);
  await page.goto("/events");
  await expect(page.getByText("You are not an organizer of any event yet.")).toBeVisible();
  await page.getByRole("link", { name: "Create an event" }).click();
  await expect(page.getByRole("heading", { name: "Create an event" })).toBeVisible();
  await noSeriousAxe(page);

  const slug = `fjord-${Date.now()}`;
  await page.getByLabel("Name", { exact: true }).fill("Fjord Summit");
  await page.getByLabel("Short name (slug)").fill("Fjord Summit!");
  await page.getByLabel("First day").fill("2027-06-10");
  await page.getByLabel("Last day of the event").fill("2027-06-09");
  await page.getByLabel("Time zone").selectOption("Europe/Oslo");
  await page.getByLabel("Deutsch").uncheck();
  await page.getByLabel("Legal name").fill("Fjord Events AS");
  await page.getByLabel("Jurisdiction").fill("no");
  await page.getByLabel(/Retention period/).fill("45");
  await page.getByRole("button", { name: "Create the event" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was created" })).toBeVisible();
  await expect(page.getByText("Use lowercase letters, digits and dashes (e.g. expo-2026).")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Fjord Summit");
  await expect(page.getByLabel("Legal name")).toHaveValue("Fjord Events AS");
  await expect(page.getByLabel("Deutsch")).not.toBeChecked();
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Oslo");
  await noSeriousAxe(page);

  await page.getByLabel("Short name (slug)").fill(slug);
  await page.getByRole("button", { name: "Create the event" }).click();
  await expect(page.getByText("The last day cannot be before the first day.").first()).toBeVisible();
  await page.getByLabel("Last day of the event").fill("2027-06-12");
  await page.getByRole("button", { name: "Create the event" }).click();

  await expect(page).toHaveURL(/\/events\?created=\d+$/);
  await expect(page.getByRole("status")).toContainText("Fjord Summit was created");
  await page.getByRole("status").getByRole("link", { name: "open the event" }).click();
  await expect(page.getByRole("heading", { name: "Fjord Summit", exact: true })).toBeVisible();
  const eventPath = new URL(page.url()).pathname;

  await page.goto(`${eventPath}/legal`);
  await expect(page.getByLabel("Legal name")).toHaveValue("Fjord Events AS");
  await expect(page.getByLabel("Jurisdiction")).toHaveValue("NO");
  await expect(page.getByLabel("Last day of the event")).toHaveValue("2027-06-12");
  await expect(page.getByLabel(/Retention period/)).toHaveValue("45");
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Oslo");
  // The zone changes later on the same page; the audit log names the field.
  await page.getByLabel("Time zone").selectOption("America/New_York");
  await page.getByRole("button", { name: "Save the time zone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "stated in America/New_York" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("America/New_York");

  await page.goto(`${eventPath}/audit`);
  const log = page.getByTestId("audit-log");
  await expect(log).toContainText("events.create");
  await expect(log).toContainText(newcomer.email);
  await expect(log).toContainText("events.update");

  // The same slug again is refused with the reason.
  await page.goto("/events/new");
  await page.getByLabel("Name", { exact: true }).fill("Fjord Summit again");
  await page.getByLabel("Short name (slug)").fill(slug);
  await page.getByRole("button", { name: "Create the event" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `An event with the slug "${slug}" already exists.` })).toBeVisible();
});

test("[EVENTS] an organizer with events finds Create an event above the list", async ({ world, organizerPage }) => {
  const page = await organizerPage();
  await page.goto("/events");
  await expect(page.getByRole("link", { name: `Event ${world.event.slug}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create an event" })).toBeVisible();
  // ?created= names only an event of theirs.
  await page.goto("/events?created=999999999");
  await expect(page.getByRole("status")).toHaveCount(0);
});
