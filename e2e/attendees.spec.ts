// Issue 15 §3: the organizer's attendee screens. Search and filter the list, add a walk-in, fix
// a typo, see one attendee's visits and decisions with their receipts, and reissue a lost badge:
// the old code is refused at the booth at once and the old personal link opens nothing, while
// the attendee's history stays. Every change is in the audit log.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { getBadge } from "@/lib/attendees/attendees";
import { OPERATOR } from "@/lib/auth/actor";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "@/lib/test/fixtures";
import { expect, test } from "./support/world";

async function noSeriousAxe(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

test("[ATTENDEES] search and filter the list; add a walk-in (bad text refused); correct a typo; all in the audit log", async ({ world, organizerPage }) => {
  const { event } = world;
  const [ada0] = event.attendees;
  decideAtBooth(makeDevice(event.eventId, event.partners[0]!.id), ada0!.badgeCode, "share");
  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}/attendees`);
  await expect(page.getByTestId("attendee-count")).toHaveText("3 attendees.");
  await noSeriousAxe(page);

  // React's hydration puts a select back to its default: choose once the page's scripts have run.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Show").selectOption("shared");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/filter=shared/);
  await expect(page.getByTestId("attendee-count")).toHaveText("1 attendee match.");
  await expect(page.getByTestId("attendee-list")).toContainText(ada0!.email);
  await page.getByRole("link", { name: "Show everyone" }).click();
  await expect(page.getByTestId("attendee-count")).toHaveText("3 attendees.");
  await expect(page.getByLabel("Show")).toHaveValue("all");
  await page.getByLabel("Search").fill("ada1");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("attendee-count")).toHaveText("1 attendee match.");
  await expect(page.getByTestId("attendee-list")).toContainText("Ada1 Lovelace");

  await page.getByRole("link", { name: "Add an attendee" }).click();
  await page.getByLabel("First name").fill("Amara\u202E");
  await page.getByLabel("Last name").fill("Okoye");
  await page.getByLabel("Email").fill("AMARA@example.com");
  await page.getByRole("button", { name: "Add the attendee" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  await expect(page.getByText("First name: remove U+202E, a text-direction override")).toBeVisible();
  await expect(page.getByLabel("Last name")).toHaveValue("Okoye");
  await noSeriousAxe(page);
  await page.getByLabel("First name").fill("Amara");
  await page.getByRole("button", { name: "Add the attendee" }).click();
  await expect(page.getByRole("heading", { name: "Amara Okoye" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Amara Okoye was added");
  await expect(page.getByLabel("Email")).toHaveValue("amara@example.com");

  await page.getByLabel("Company", { exact: true }).fill("Fabrikam");
  await page.getByRole("button", { name: "Save the details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Company", { exact: true })).toHaveValue("Fabrikam");

  await page.goto(`/events/${event.eventId}/audit`);
  const log = page.getByTestId("audit-log");
  await expect(log).toContainText("attendees.create");
  await expect(log).toContainText("attendees.update");
  await expect(log).not.toContainText("Fabrikam");
});

test("[ATTENDEES] one attendee's visits and decisions link to their receipts; a lost badge is reissued and the old code and link stop at once", async ({ world, organizerPage, boothPage, page: attendeePage }) => {
  const { event } = world;
  const lost = event.attendees[1]!;
  const partner = event.partners[0]!;
  const shared = decideAtBooth(makeDevice(event.eventId, partner.id, "Front desk"), lost.badgeCode, "share").result.consentId;

  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}/attendees`);
  await page.getByRole("link", { name: `${lost.firstName} Lovelace` }).click();
  await expect(page.getByTestId("attendee-visits")).toContainText("Front desk");
  await expect(page.getByTestId("attendee-decisions")).toContainText("Shared");
  await noSeriousAxe(page);
  await page.getByRole("link", { name: new RegExp(`^Receipt ${shared}:`) }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.eventId}/receipts/${shared}$`));
  await expect(page.getByText(partner.name).first()).toBeVisible();
  await page.goBack();

  await page.getByRole("button", { name: "Reissue the badge…" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "stop working now" })).toBeFocused();
  await noSeriousAxe(page);
  await page.getByRole("button", { name: "Yes, reissue the badge" }).click();
  await expect(page.getByRole("status")).toContainText("The badge was reissued");
  const newCode = getBadge(OPERATOR, event.eventId, lost.id).badgeCode;
  expect(newCode).not.toBe(lost.badgeCode);
  await expect(page.getByTestId("badge-code")).toHaveText(formatBadgeCode(newCode));
  // The organizer's screen never shows or opens the personal link (it is printed on the badge only).
  const newToken = getBadge(OPERATOR, event.eventId, lost.id).personalToken;
  expect(await page.content()).not.toContain(newToken);
  await expect(page.locator('a[href*="/me/"]')).toHaveCount(0);
  // The history stays: the same decision, the same receipt.
  await expect(page.getByRole("link", { name: new RegExp(`^Receipt ${shared}:`) })).toBeVisible();

  // The old personal link opens nothing; the new one (printed on the new badge) opens their page with the share.
  const old = await attendeePage.goto(`/me/${lost.personalToken}`);
  // 429 once the suite's failed link attempts from this address run out (decision 032): refused too.
  expect([404, 429]).toContain(old!.status());
  await expect(attendeePage.getByRole("heading", { name: `Hello ${lost.firstName}` })).toHaveCount(0);
  await attendeePage.goto(`/me/${newToken}`);
  await expect(attendeePage.getByRole("heading", { name: `Hello ${lost.firstName}` })).toBeVisible();
  await expect(attendeePage.getByText(partner.name).first()).toBeVisible();

  // At the booth the old code is refused, the new one opens the consent screen.
  const phone = await boothPage(partner.id, [lost.badgeCode]);
  await phone.goto("/scan");
  await expect(phone.getByRole("alert").filter({ hasText: "This badge is not registered for this event" }).first()).toBeVisible({ timeout: 20_000 });
  const phone2 = await boothPage(event.partners[1]!.id, [newCode]);
  await phone2.goto("/scan");
  await expect(phone2.getByRole("heading", { name: `Hi ${lost.firstName}!` })).toBeVisible({ timeout: 20_000 });

  await page.goto(`/events/${event.eventId}/audit`);
  await expect(page.getByTestId("audit-log")).toContainText("attendees.reissue_badge");
});

test("[ATTENDEES] another event's attendee is not found, under either event's id", async ({ world, organizerPage }) => {
  const other = makeEvent({ organizer: await makeOrganizer(), partnerCount: 1, attendeeCount: 1 });
  const theirs = other.attendees[0]!;
  const page = await organizerPage();
  for (const path of [`/events/${world.event.eventId}/attendees/${theirs.id}`, `/events/${other.eventId}/attendees/${theirs.id}`]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
    expect(await response!.text()).not.toContain(theirs.email);
  }
});
