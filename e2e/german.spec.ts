// Issue 12 §3: an attendee who reads German reads German from the scan to their page to the
// receipt: no English string of the message catalogue on any of those pages, the notice names
// a button that is there, and axe finds nothing serious, in German and then in English.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partners } from "@/db/schema";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { CATALOGUE } from "@/lib/i18n/catalogue";
import { englishOnlyFragments } from "@/lib/i18n/catalogue-strings";
import { expect, test } from "./support/world";

const ENGLISH = englishOnlyFragments(CATALOGUE);

async function noEnglish(page: Page, where: string) {
  const text = await page.locator("main").innerText();
  expect(ENGLISH.filter((fragment) => text.includes(fragment)), `English on ${where}`).toEqual([]);
}

async function noSeriousAxe(page: Page) {
  // After an action's redirect the new page's <title> can land a moment after its content.
  await expect(page).toHaveTitle(/\S/);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

test("[I18N] in German from the scan to the attendee's page to the receipt, then in English", async ({ world, boothPage, unpairedPage }) => {
  // Five pages and six axe runs: 56 s at a load of 13 (a fresh-clone run beside a build), over the default minute.
  test.setTimeout(120_000);
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  getDb().update(partners).set({ purposeDe: "Wir senden Ihnen die gewünschte Broschüre." }).where(eq(partners.id, partner.id)).run();
  const withdrawButton = `Einwilligung für ${partner.name} widerrufen`;

  const phone = await boothPage(partner.id);
  await phone.goto("/scan");
  await phone.getByLabel("Or type the badge code").fill(formatBadgeCode(attendee.badgeCode));
  await phone.getByRole("button", { name: "Look up" }).click();
  await phone.getByRole("button", { name: "Deutsch" }).click();
  await expect(phone.getByRole("heading", { name: `Hallo ${attendee.firstName}!` })).toBeVisible();
  const notice = phone.getByTestId("notice-text");
  await expect(notice).toContainText("Wir senden Ihnen die gewünschte Broschüre.");
  await expect(notice).toContainText(`„${withdrawButton}“`);
  await expect(notice).toContainText("Sie können Ihre Einwilligung jederzeit widerrufen");
  await noEnglish(phone, "the consent screen");
  await noSeriousAxe(phone);

  await phone.getByRole("button", { name: `Meine Daten mit ${partner.name} teilen`, exact: true }).click();
  await expect(phone.getByRole("heading", { name: `Vielen Dank, ${attendee.firstName}` })).toBeVisible();
  await expect(phone.getByRole("button", { name: "Nächsten Badge scannen" })).toBeVisible();
  await noEnglish(phone, "the hand-back screen");
  await noSeriousAxe(phone);

  // The language chosen at the booth is kept: the attendee's own page opens in German.
  const me = await unpairedPage();
  await me.goto(`/me/${attendee.personalToken}`);
  await expect(me.getByRole("heading", { name: `Hallo ${attendee.firstName}` })).toBeVisible();
  const card = me.getByTestId(`partner-${partner.id}`);
  await expect(card.getByTestId("standing")).toContainText("Geteilt seit");
  await expect(card.getByTestId("standing")).toContainText("Uhr UTC");
  // The button the notice told the attendee to tap is on the page.
  await expect(card.getByRole("button", { name: withdrawButton, exact: true })).toBeVisible();
  await noEnglish(me, "/me");
  await noSeriousAxe(me);

  await card.getByText("Ihre Entscheidungen und Belege (1)").click();
  await card.getByRole("link", { name: "Beleg" }).click();
  await expect(me.getByRole("heading", { name: "Ihr Einwilligungsbeleg" })).toBeVisible();
  await expect(me.getByTestId("receipt-state")).toHaveText("Geteilt: Einwilligung erteilt");
  // How long the details are kept reads in German too (the JSON keeps its standard English).
  await expect(me.getByTestId("receipt-place")).toContainText("Tage nach dem letzten Veranstaltungstag, danach werden Ihre Kontaktdaten gelöscht");
  await expect(me.getByText("Aufbewahrung der geteilten Daten: höchstens", { exact: false })).toBeVisible();
  await noEnglish(me, "the receipt");
  await noSeriousAxe(me);

  // English, chosen on the page, is kept for the receipt too.
  await me.goto(`/me/${attendee.personalToken}`);
  await me.getByRole("button", { name: "English" }).click();
  await expect(me.getByRole("heading", { name: `Hello ${attendee.firstName}` })).toBeVisible();
  await expect(me.getByRole("button", { name: `Withdraw my consent for ${partner.name}`, exact: true })).toBeVisible();
  await noSeriousAxe(me);
  await me.getByText("Your decisions and receipts (1)").click();
  await me.getByRole("link", { name: "Receipt" }).click();
  await expect(me.getByRole("heading", { name: "Your consent receipt" })).toBeVisible();
  await noSeriousAxe(me);
});
