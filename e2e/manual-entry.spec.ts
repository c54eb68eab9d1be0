import AxeBuilder from "@axe-core/playwright";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { latestConsent, rowsFor } from "./support/db";
import { expect, test } from "./support/world";

test("[SCAN] a typed badge code opens the consent screen, keyboard only; the share is flagged as typed on the dashboard", async ({ world, boothPage, organizerPage }) => {
  const { event } = world;
  const attendee = event.attendees[2]!;
  const partner = event.partners[0]!;
  const phone = await boothPage(partner.id); // camera shows nothing readable

  await phone.goto("/scan");
  await phone.getByLabel("Or type the badge code").fill(formatBadgeCode(attendee.badgeCode).toLowerCase());
  await phone.keyboard.press("Enter");
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeFocused();

  // Tab to the choices and decide with the keyboard.
  const share = phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true });
  for (let i = 0; i < 10 && !(await share.evaluate((el) => el === document.activeElement)); i++) await phone.keyboard.press("Tab");
  await expect(share).toBeFocused();
  await phone.keyboard.press("Enter");
  await expect(phone.getByRole("heading", { name: `Thank you, ${attendee.firstName}` })).toBeVisible();
  expect(latestConsent(event.eventId, attendee.id)!.action).toBe("grant");

  await phone.getByRole("button", { name: "Scan the next badge" }).click();
  await expect(phone.getByRole("heading", { name: "Scan a badge" })).toBeVisible();

  // The organizer sees the phone under "Worth a look": its one share came from a typed code.
  const scan = latestConsent(event.eventId, attendee.id)!;
  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}/dashboard`);
  const flags = page.getByTestId("phone-flags");
  await expect(flags.getByRole("heading", { name: "Worth a look" })).toBeVisible();
  await expect(flags).toContainText("reported by the phone");
  const row = flags.getByTestId(`phone-flag-${scan.deviceId}`);
  await expect(row.getByRole("rowheader")).toHaveText("Test phone");
  await expect(row.getByTestId("typed")).toHaveText("1 (100%)");
  await expect(row.getByRole("link", { name: partner.name })).toHaveAttribute("href", `/events/${event.eventId}/partners/${partner.id}`);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("[SCAN] an unknown code gives a clear message and writes nothing", async ({ world, boothPage }) => {
  const { event } = world;
  const phone = await boothPage(event.partners[0]!.id);
  await phone.goto("/scan");
  const before = rowsFor(event.eventId);

  await phone.getByLabel("Or type the badge code").fill("NOT-A-BADGE-42");
  await phone.getByRole("button", { name: "Look up" }).click();
  await expect(phone.getByRole("alert").filter({ hasText: "This badge is not registered for this event" })).toBeVisible();
  await expect(phone.getByRole("heading", { name: "Scan a badge" })).toBeVisible();
  expect(rowsFor(event.eventId)).toMatchObject({ scans: before.scans, consentEvents: before.consentEvents });

  // The refused code stays in its box, marked (issue 15 §2); an empty field is caught before anything is sent.
  await expect(phone.getByLabel("Or type the badge code")).toHaveValue("NOT-A-BADGE-42");
  await expect(phone.getByLabel("Or type the badge code")).toHaveAttribute("aria-invalid", "true");
  await phone.getByLabel("Or type the badge code").fill("");
  await phone.getByRole("button", { name: "Look up" }).click();
  await expect(phone.getByText("Type the code printed on the badge.")).toBeVisible();
});
