import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { csvRecords } from "./support/csv";
import { latestConsent } from "./support/db";
import { expect, test } from "./support/world";

test("[JOURNEY] camera scan → share → lead in the partner list → row in the CSV export", async ({ world, boothPage, organizerPage }) => {
  const { event } = world;
  const attendee = event.attendees[0]!;
  const partner = event.partners[0]!;

  // The partner's list is open before the scan: the lead must arrive without a reload.
  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await expect(organizer.getByTestId("no-leads")).toBeVisible();

  const phone = await boothPage(partner.id, [attendee.badgeCode]);
  await phone.goto("/scan");
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible({ timeout: 20_000 });

  // The consent screen: partner, fields, purpose, privacy link, how to withdraw; nothing preselected.
  const notice = phone.getByTestId("notice-text");
  await expect(notice).toContainText(partner.name);
  await expect(notice).toContainText("email address");
  await expect(notice).toContainText(partner.purpose);
  await expect(notice).toContainText(/withdraw/i);
  await expect(phone.getByRole("link", { name: partner.privacyUrl })).toHaveAttribute("href", partner.privacyUrl);
  const drawing = phone.getByRole("checkbox", { name: "Count my visits for the prize drawing" });
  await expect(drawing).not.toBeChecked();
  await expect(phone.getByText("The drawing never depends on sharing")).toBeVisible();

  const share = phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true });
  const decline = phone.getByRole("button", { name: "Don't share", exact: true });
  const [a, b] = [await share.boundingBox(), await decline.boundingBox()];
  expect(a!.width).toBeCloseTo(b!.width, 0);
  expect(a!.height).toBeCloseTo(b!.height, 0);
  const style = (el: Element) => {
    const s = getComputedStyle(el);
    return [s.fontWeight, s.fontSize, s.backgroundColor, s.color, s.borderColor].join("|");
  };
  expect(await share.evaluate(style)).toBe(await decline.evaluate(style));

  const axe = await new AxeBuilder({ page: phone }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await share.click();
  await expect(phone.getByRole("heading", { name: `Thank you, ${attendee.firstName}` })).toBeVisible();
  await expect(phone.getByText("Your choice is saved.")).toBeVisible();

  const consent = latestConsent(event.eventId, attendee.id)!;
  expect(consent.action).toBe("grant");

  await expect(organizer.getByTestId("lead-table")).toContainText(attendee.email, { timeout: 15_000 }); // the list refreshes every 5 s

  // The booth's own lead list has it too (opened directly: back on the scanner, the fake
  // camera would read the same badge again at once).
  await phone.goto("/booth/leads");
  await expect(phone.getByTestId("lead-cards")).toContainText(attendee.email); // a phone: cards, not the table

  const download = organizer.waitForEvent("download");
  await organizer.getByRole("button", { name: "Export leads (CSV)" }).click();
  const file = await (await download).path();
  const rows = csvRecords(fs.readFileSync(file, "utf8"));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    email: attendee.email,
    first_name: attendee.firstName,
    consent_id: String(consent.id),
    consent_time: consent.recordedAt.toISOString(),
    company: "'=cmd|' /C calc'!A0",
  });
});
