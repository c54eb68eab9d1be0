import { formatBadgeCode } from "@/lib/badges/badge-code";
import { expect, test } from "./support/world";

test("[NOTICE] the organizer edits the notice: a template missing a required part is refused, a change is a new version on the booth screen", async ({ world, organizerPage, boothPage }) => {
  const { event } = world;
  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}`);
  await organizer.getByRole("link", { name: "Consent notice" }).click();
  const english = organizer.getByLabel(/Notice in English/);
  await expect(english).toHaveValue(/\{withdraw\}/);

  await english.fill("{partner} wants your {fields} for {purpose}. Policy: {privacy_url}");
  await organizer.getByRole("button", { name: "Save the English notice" }).click();
  await expect(organizer.getByRole("alert").filter({ hasText: "{withdraw} is missing" })).toBeVisible();

  await english.fill("{partner} at booth {booth} would like: {fields}.\n\nWhy: {purpose}\n\nPolicy: {privacy_url}\n\nChanged your mind? {withdraw}");
  await organizer.getByRole("button", { name: "Save the English notice" }).click();
  await expect(organizer.getByRole("status").filter({ hasText: "Saved as version 2" })).toBeVisible();
  await organizer.getByRole("button", { name: "Save the English notice" }).click();
  await expect(organizer.getByRole("status").filter({ hasText: "Nothing changed" })).toBeVisible();

  const partner = event.partners[0]!;
  const phone = await boothPage(partner.id);
  await phone.goto("/scan");
  await phone.getByLabel("Or type the badge code").fill(formatBadgeCode(event.attendees[0]!.badgeCode));
  await phone.getByRole("button", { name: "Look up" }).click();
  await expect(phone.getByTestId("notice-text")).toContainText(`${partner.name} at booth ${partner.booth} would like`);
  await expect(phone.getByText("Notice version 2 (English).")).toBeVisible();
});
