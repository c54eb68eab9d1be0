import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { OPERATOR } from "@/lib/auth/actor";
import { sha256Hex } from "@/lib/crypto";
import { recordDecision } from "@/lib/consent/record-decision";
import type { ConsentReceipt as Receipt, ProvableReceipt } from "@/lib/consent/receipts/receipt";
import { updatePartner } from "@/lib/partners/partners";
import { openScan } from "@/lib/scans/open-scan";
import { makeDevice, makeOrganizer, type TestEvent } from "@/lib/test/fixtures";
import { TMP_DIR } from "./support/env";
import { BASE_URL, expect, test } from "./support/world";

/** The booth flow through lib/: the consent screen is opened, then the attendee shares. */
function shareAtBooth(event: TestEvent, partnerIndex: number, attendeeIndex: number) {
  const device = makeDevice(event.eventId, event.partners[partnerIndex]!.id, "Booth phone 1");
  const read = { scanId: randomUUID(), code: event.attendees[attendeeIndex]!.badgeCode, scannedAt: new Date() };
  const screen = openScan(device, read);
  const { notice } = screen;
  const decision = recordDecision(device, { ...read, choice: "share", drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: new Date() });
  return { screen, consentId: decision.consentId };
}

test("[CONSENT] the attendee's receipt proves the exact text shown, as a page and as 27560 JSON", async ({ world, page }) => {
  const { event } = world;
  const [attendee, partner] = [event.attendees[0]!, event.partners[0]!];
  const { screen, consentId } = shareAtBooth(event, 0, 0);
  const url = `/me/${attendee.personalToken}/receipts/${consentId}`;

  const response = await page.goto(url);
  expect(response!.status()).toBe(200);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
  await expect(page.getByRole("heading", { name: "Consent receipt" })).toBeVisible();
  await expect(page.getByTestId("receipt-partner")).toHaveText(partner.name);
  await expect(page.getByTestId("receipt-state")).toHaveText("Shared: consent given");
  expect(await page.getByTestId("receipt-notice-text").textContent()).toBe(screen.notice.text);
  await expect(page.getByTestId("receipt-sha256")).toHaveText(screen.notice.sha256);
  await expect(page.getByText("Booth phone 1")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(attendee.email);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download JSON" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`receipt-${consentId}.json`);
  const json = JSON.parse(fs.readFileSync(await file.path(), "utf8")) as Receipt;
  expect(json.record).toMatchObject({ schema_version: "ISO/IEC TS 27560:2023", record_id: `fairlead-consent-${consentId}` });
  expect(json.pii_processing.privacy_notice.sha256).toBe(sha256Hex(screen.notice.text));
  expect(json.pii_processing.privacy_notice.text).toBe(screen.notice.text);
  expect(json.event[0]).toMatchObject({ state: "given", type: "explicit", how: { method: "booth_device", booth: partner.booth } });
  expect(JSON.stringify(json)).not.toContain(attendee.badgeCode);

  // Another attendee's page, or no page at all, does not reach this receipt.
  const other = event.attendees[1]!.personalToken;
  expect((await page.goto(`/me/${other}/receipts/${consentId}`))!.status()).toBe(404);
  expect((await page.request.get(`/me/${other}/receipts/${consentId}/json`)).status()).toBe(404);
  expect((await page.goto(`/me/not-a-real-token-at-all/receipts/${consentId}`))!.status()).toBe(404);
});

test("[CONSENT] organizers open receipts from the lead list; another event's organizer gets 404", async ({ world, organizerPage }) => {
  const { event } = world;
  const [attendee, partner] = [event.attendees[2]!, event.partners[1]!];
  const { screen, consentId } = shareAtBooth(event, 1, 2);

  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await organizer.getByRole("link", { name: `Receipt for ${attendee.firstName} Lovelace` }).click();
  await expect(organizer).toHaveURL(new RegExp(`/events/${event.eventId}/receipts/${consentId}$`));
  await expect(organizer.getByTestId("receipt-partner")).toHaveText(partner.name);
  expect(await organizer.getByTestId("receipt-notice-text").textContent()).toBe(screen.notice.text);
  const json = (await (await organizer.request.get(`/events/${event.eventId}/receipts/${consentId}/json`)).json()) as Receipt;
  expect(json.pii_processing.privacy_notice.sha256).toBe(screen.notice.sha256);

  const stranger = await organizerPage(await makeOrganizer());
  expect((await stranger.goto(`/events/${event.eventId}/receipts/${consentId}`))!.status()).toBe(404);
  expect((await stranger.request.get(`/events/${event.eventId}/receipts/${consentId}/json`)).status()).toBe(404);
});

test("[CONSENT] a booth phone opens its own leads' receipts, never another partner's", async ({ world, boothPage, playwright }) => {
  const { event } = world;
  const { consentId } = shareAtBooth(event, 0, 1);

  const own = await boothPage(event.partners[0]!.id);
  await own.goto("/booth/leads");
  await own.getByRole("link", { name: `Receipt for ${event.attendees[1]!.firstName} Lovelace` }).click();
  await expect(own.getByTestId("receipt-state")).toHaveText("Shared: consent given");

  const rival = await boothPage(event.partners[1]!.id);
  expect((await rival.goto(`/booth/receipts/${consentId}`))!.status()).toBe(404);
  expect((await rival.request.get(`/booth/receipts/${consentId}/json`)).status()).toBe(404);
  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  expect((await anonymous.get(`/booth/receipts/${consentId}/json`)).status()).toBe(401);
});

test("[CONSENT] a partner renamed after a share: the receipt still names the partner and purpose the attendee was shown", async ({ world, page }) => {
  const { event } = world;
  const [attendee, partner] = [event.attendees[1]!, event.partners[0]!];
  const { screen, consentId } = shareAtBooth(event, 0, 1);
  updatePartner(OPERATOR, event.eventId, partner.id, { name: "Renamed After The Share", booth: "Z9", privacyUrl: "https://renamed.example/privacy", purpose: "Something else entirely." });

  await page.goto(`/me/${attendee.personalToken}/receipts/${consentId}`);
  await expect(page.getByTestId("receipt-partner")).toHaveText(partner.name);
  await expect(page.getByTestId("receipt")).toContainText(partner.purpose);
  await expect(page.getByTestId("receipt")).not.toContainText("Renamed After The Share");
  await expect(page.getByTestId("receipt-words-not-recorded")).toHaveCount(0);
  expect(await page.getByTestId("receipt-notice-text").textContent()).toBe(screen.notice.text);
  const json = (await (await page.request.get(`/me/${attendee.personalToken}/receipts/${consentId}/json`)).json()) as Receipt;
  const words = json.pii_processing.privacy_notice.partner_words!;
  expect(sha256Hex(words.json)).toBe(words.sha256);
  expect(JSON.parse(words.json)).toMatchObject({ name: partner.name, purpose: partner.purpose, privacy_url: partner.privacyUrl });
});

test("[CONSENT] the organizer enters the legal details; the downloaded receipt names them, is signed, and verifies offline", async ({ world, organizerPage, page }) => {
  const { event } = world;
  const [attendee, partner] = [event.attendees[0]!, event.partners[0]!];
  const organizer = await organizerPage();

  // The event page nudges while the details are missing; the Legal details page takes them.
  await organizer.goto(`/events/${event.eventId}`);
  await expect(organizer.getByTestId("legal-nudge")).toContainText("not stated");
  await organizer.getByRole("link", { name: "Enter the legal details" }).click();
  await expect(organizer.getByRole("heading", { name: "Legal details" })).toBeVisible();
  const axe = await new AxeBuilder({ page: organizer }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await organizer.getByLabel("Jurisdiction").fill("Germany");
  await organizer.getByRole("button", { name: "Save the legal details" }).click();
  await expect(organizer.getByTestId("event-legal").getByRole("alert")).toContainText("Nothing was saved");
  await expect(organizer.getByText("Use a two-letter country code")).toBeVisible();
  await organizer.getByLabel("Legal name").fill("Expo Events GmbH");
  await organizer.getByLabel("Postal address").fill("Messeplatz 1, 60327 Frankfurt am Main");
  await organizer.getByLabel("Data-protection contact email").fill("privacy@expo.example");
  await organizer.getByLabel("Party type").selectOption("company");
  await organizer.getByLabel("Jurisdiction").fill("de");
  await organizer.getByLabel("Storage and processing location").fill("DE (Frankfurt)");
  await organizer.getByLabel("Last day of the event").fill("2026-12-03");
  await organizer.getByLabel("Retention period (days after the event's last day)").fill("365");
  await organizer.getByLabel("Supervisory authority", { exact: true }).fill("HBDI Hessen");
  await organizer.getByLabel("Supervisory authority's web address").fill("https://datenschutz.hessen.de");
  await organizer.getByRole("button", { name: "Save the legal details" }).click();
  await expect(organizer.getByTestId("event-legal").getByRole("status")).toContainText("Saved.");
  await organizer.goto(`/events/${event.eventId}`);
  await expect(organizer.getByTestId("legal-nudge")).toHaveCount(0);

  // The partner's, on its page, apart from what attendees are told.
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await organizer.getByText("Legal details (named on consent receipts)").click();
  const form = organizer.getByTestId("partner-legal");
  await form.getByLabel("Legal name").fill("Acme Widgets AG");
  await form.getByLabel("Postal address").fill("Hauptstraße 2, 10115 Berlin");
  await form.getByLabel("Data-protection contact email").fill("dpo@acme.example");
  await form.getByLabel("Party type").selectOption("company");
  await form.getByRole("button", { name: "Save the legal details" }).click();
  await expect(form.getByRole("status")).toContainText("no consent lapses");

  const { consentId } = shareAtBooth(event, 0, 0);
  // An export signs a checkpoint over the decision.
  const exported = organizer.waitForEvent("download");
  await organizer.getByRole("button", { name: "Export leads (CSV)" }).click();
  await exported;

  await page.goto(`/me/${attendee.personalToken}/receipts/${consentId}`);
  await expect(page.getByTestId("receipt-legal")).toContainText("Acme Widgets AG");
  await expect(page.getByTestId("receipt-place")).toHaveText("DE · DE (Frankfurt) · 365 days after the event's last day, then the attendee's contact details are erased");
  await expect(page.getByTestId("receipt-history").locator("li")).toHaveCount(1);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download JSON" }).click();
  const file = await download;
  const json = JSON.parse(fs.readFileSync(await file.path(), "utf8")) as ProvableReceipt;
  const [controller, processor, authority] = json.party_identification;
  expect(controller).toMatchObject({ party_role: "PII Controller", party_name: partner.name, party_legal_name: "Acme Widgets AG", party_address: "Hauptstraße 2, 10115 Berlin", party_type: "dpv:ForProfitOrganisation" });
  expect(controller!.party_contact).toEqual([{ contact_type: "email", contact_information: "dpo@acme.example" }]);
  expect(processor).toMatchObject({ party_role: "PII Processor", party_legal_name: "Expo Events GmbH", party_address: "Messeplatz 1, 60327 Frankfurt am Main" });
  expect(authority).toMatchObject({ party_role: "Authority", party_name: "HBDI Hessen", party_url: "https://datenschutz.hessen.de" });
  expect(json.pii_processing.purposes[0]).toMatchObject({
    jurisdiction: "DE",
    storage_locations: ["DE (Frankfurt)"],
    retention_period: { duration: "P365D", text: "365 days after the event's last day, then the attendee's contact details are erased" },
    purpose_type: "dpv:DirectMarketing",
  });
  expect(json.decision_history.map((h) => h.state)).toEqual(["given"]);
  expect(json["@context"].dpv).toBe("https://w3id.org/dpv#");
  expect(json.signature?.jws).toMatch(/^[\w-]+\.\.[\w-]+$/);

  const receiptFile = path.join(TMP_DIR, `receipt-legal-${consentId}.json`);
  fs.mkdirSync(TMP_DIR, { recursive: true });
  fs.writeFileSync(receiptFile, JSON.stringify(json));
  const url = `${BASE_URL}/api/events/${event.slug}/checkpoints`;
  const verify = (f: string) => execFileSync(process.execPath, ["--import", "tsx", "scripts/fairlead.ts", "verify-receipt", "--file", f, "--checkpoints", url], { encoding: "utf8" });
  const out = verify(receiptFile);
  expect(out).toContain(`ok: the receipt is signed (JWS, EdDSA) by key ${json.signature!.kid}`);
  expect(out).toContain("the receipt verifies");
  // A holder who edits the retention period no longer holds a receipt that verifies.
  json.pii_processing.purposes[0]!.retention_period = { duration: "P3650D", text: "3650 days after the event's last day, then the attendee's contact details are erased" };
  fs.writeFileSync(receiptFile, JSON.stringify(json));
  let failed: { status: number; stdout: string } | null = null;
  try {
    verify(receiptFile);
  } catch (error) {
    failed = error as { status: number; stdout: string };
  }
  expect(failed?.status).toBe(1);
  expect(failed?.stdout).toMatch(/FAILED: the receipt's signature does not verify/);
});
