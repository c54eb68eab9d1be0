import { OPERATOR } from "@/lib/auth/actor";
import { getBadge, listBadges } from "@/lib/attendees/attendees";
import { findEventBySlug } from "@/lib/events/events";
import { listPartners } from "@/lib/partners/partners";
import { DEMO } from "@/lib/seed/demo-event";
import { expect, test } from "./support/world";

test("[DEMO] the seeded demo: the README's organizer signs in, and a badge the seed issued scans", async ({ page, boothPage }) => {
  const event = findEventBySlug(OPERATOR, DEMO.eventSlug);
  const partner = listPartners(OPERATOR, event.id)[0]!;
  const badge = listBadges(OPERATOR, event.id)[0]!;

  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("link", { name: "Demo Expo 2026" }).click();
  await expect(page.getByRole("link", { name: partner.name, exact: true })).toBeVisible();
  await expect(page.getByText("Booth trail").first()).toBeVisible();

  // The back of a badge carries the attendee's own page: printed only, never opened from here (issue 11).
  await page.getByRole("link", { name: "Attendees and badges" }).click();
  await page.getByRole("row", { name: new RegExp(`${badge.firstName} ${badge.lastName}`) }).getByRole("link", { name: "Front and back" }).click();
  await expect(page.getByTestId("personal-page-printed-only")).toBeVisible();
  await expect(page.locator('a[href*="/me/"]')).toHaveCount(0);
  const personal = getBadge(OPERATOR, event.id, badge.attendeeId).personalToken;
  await page.goto(`/me/${personal}`);
  await expect(page.getByRole("heading", { name: `Hello ${badge.firstName}` })).toBeVisible();
  await page.goBack();

  const phone = await boothPage(partner.id, [badge.badgeCode], event.id);
  await phone.goto("/scan");
  await expect(phone.getByRole("heading", { name: `Hi ${badge.firstName}!` })).toBeVisible({ timeout: 20_000 });
  await expect(phone.getByTestId("notice-text")).toContainText(partner.name);
});
