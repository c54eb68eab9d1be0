import { createHash } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { latestConsent, rowsFor } from "./support/db";
import { expect, test } from "./support/world";

async function typeBadge(phone: Page, code: string) {
  await phone.getByLabel("Or type the badge code").fill(formatBadgeCode(code));
  await phone.getByRole("button", { name: "Look up" }).click();
}

test("[CONSENT] the attendee reads and decides in German; the ledger records German and the text shown", async ({ world, boothPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const phone = await boothPage(partner.id);
  await phone.goto("/scan");
  await typeBadge(phone, attendee.badgeCode);
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible();

  await phone.getByRole("button", { name: "Deutsch" }).click();
  await expect(phone.getByRole("heading", { name: `Hallo ${attendee.firstName}!` })).toBeVisible();
  await expect(phone.getByRole("button", { name: "Deutsch" })).toHaveAttribute("aria-pressed", "true");
  const shown = await phone.getByTestId("notice-text").innerText();
  expect(shown).toContain("bittet um Ihre Kontaktdaten");
  const share = phone.getByRole("button", { name: `Meine Daten mit ${partner.name} teilen`, exact: true });
  const decline = phone.getByRole("button", { name: "Nicht teilen", exact: true });
  const [a, b] = [await share.boundingBox(), await decline.boundingBox()];
  expect([a!.width, a!.height]).toEqual([b!.width, b!.height]);
  const axe = await new AxeBuilder({ page: phone }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await share.click();
  // The hand-back screen follows the language the attendee read (issue 12 §3).
  await expect(phone.getByRole("heading", { name: `Vielen Dank, ${attendee.firstName}` })).toBeVisible();
  const consent = latestConsent(event.eventId, attendee.id)!;
  expect(consent.language).toBe("de");
  expect(consent.textSha256).toBe(createHash("sha256").update(shown).digest("hex"));
});

test("[CONSENT] a second scan shows the standing decision; the same choice adds nothing, a change is recorded", async ({ world, boothPage }) => {
  const { event } = world;
  const partner = event.partners[1]!;
  const attendee = event.attendees[2]!;
  const phone = await boothPage(partner.id);
  await phone.goto("/scan");

  await typeBadge(phone, attendee.badgeCode);
  await phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click();
  await phone.getByRole("button", { name: "Scan the next badge" }).click();
  const after = rowsFor(event.eventId).consentEvents;

  await typeBadge(phone, attendee.badgeCode);
  await expect(phone.getByTestId("current-decision")).toContainText(`You shared your details with ${partner.name} on`);
  await phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click();
  await expect(phone.getByRole("heading", { name: `Thank you, ${attendee.firstName}` })).toBeVisible();
  expect(rowsFor(event.eventId).consentEvents).toBe(after);

  await phone.getByRole("button", { name: "Scan the next badge" }).click();
  await typeBadge(phone, attendee.badgeCode);
  await phone.getByRole("button", { name: "Don't share", exact: true }).click();
  await expect(phone.getByRole("heading", { name: `Thank you, ${attendee.firstName}` })).toBeVisible();
  expect(rowsFor(event.eventId).consentEvents).toBe(after + 1);
  expect(latestConsent(event.eventId, attendee.id)!.action).toBe("withdraw");
});
