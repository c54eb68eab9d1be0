// Personal data that leaves on time (issue 12 §2): the attendee deletes their data on /me; the
// partner's live list and next export lose them, the suppression list keeps only the email's
// hash, and the ledger and a receipt handed out before still verify. Then the purge, from the
// command line, with --dry-run and without.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import { emailSha256 } from "@/lib/retention/email-hash";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice } from "@/lib/test/fixtures";
import { csvRecords } from "./support/csv";
import { E2E_DB, TMP_DIR } from "./support/env";
import { BASE_URL, expect, test } from "./support/world";

async function download(page: Page, button: string): Promise<Record<string, string>[]> {
  const file = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  return csvRecords(fs.readFileSync(await (await file).path(), "utf8"));
}

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/fairlead.ts", ...args], { encoding: "utf8", env: { ...process.env, FAIRLEAD_DB: path.resolve(E2E_DB) } });

test("[RETENTION] Delete my data on /me: gone from the live list and the next export, the hash on the suppression list; ledger and earlier receipt verify", async ({ world, organizerPage, unpairedPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const [ada, bob] = event.attendees;
  const device = makeDevice(event.eventId, partner.id);
  const consentId = decideAtBooth(device, ada!.badgeCode, "share").result.consentId;
  decideAtBooth(device, bob!.badgeCode, "share");

  // The partner had Ada's contact (an export signs a checkpoint), and Ada kept her receipt.
  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  expect((await download(organizer, "Export leads (CSV)")).map((r) => r.email).sort()).toEqual([ada!.email, bob!.email].sort());
  const me = await unpairedPage();
  const receipt = await me.request.get(`${BASE_URL}/me/${ada!.personalToken}/receipts/${consentId}/json`);
  expect(receipt.ok()).toBe(true);
  const receiptFile = path.join(TMP_DIR, `erasure-receipt-${consentId}.json`);
  fs.mkdirSync(TMP_DIR, { recursive: true });
  fs.writeFileSync(receiptFile, await receipt.text());

  await me.goto(`/me/${ada!.personalToken}?lang=de`);
  await me.getByRole("button", { name: "Meine Daten löschen …" }).click();
  await expect(me.getByText("Möchten Sie Ihre Daten jetzt löschen?")).toBeVisible();
  const axe = await new AxeBuilder({ page: me }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await me.getByRole("button", { name: "Abbrechen" }).click();
  await me.goto(`/me/${ada!.personalToken}`);
  await me.getByRole("button", { name: "Delete my data…" }).click();
  await me.getByRole("button", { name: "Yes, delete my data" }).click();
  await expect(me.getByRole("status")).toContainText("Your data has been deleted");
  expect((await me.goto(`/me/${ada!.personalToken}`))!.status()).toBe(404);

  await organizer.reload();
  await expect(organizer.getByTestId("lead-table")).not.toContainText(ada!.email);
  await expect(organizer.getByTestId("lead-table")).toContainText(bob!.email);
  expect((await download(organizer, "Export leads (CSV)")).map((r) => r.email)).toEqual([bob!.email]);
  const suppression = await download(organizer, "Suppression list (CSV)");
  expect(suppression).toEqual([expect.objectContaining({ email: "", email_sha256: emailSha256(ada!.email) })]);

  const ledger = cli("verify-ledger", "--event", event.slug);
  expect(ledger.status, ledger.stdout + ledger.stderr).toBe(0);
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/fairlead.ts", "verify-receipt", "--file", receiptFile, "--checkpoints", `${BASE_URL}/api/events/${event.slug}/checkpoints`], { encoding: "utf8" });
  expect(out).toContain("the receipt verifies");
});

test("[RETENTION] purge --dry-run changes nothing; purge erases the event's attendees once its retention period has passed", async ({ world, organizerPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  for (const a of event.attendees) decideAtBooth(device, a.badgeCode, "share");
  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}`);
  await expect(organizer.getByTestId("retention-summary")).toContainText("90 days");

  getDb().update(events).set({ endsOn: "2020-01-31" }).where(eq(events.id, event.eventId)).run();
  const dry = cli("purge", "--event", event.slug, "--dry-run");
  expect(dry.status, dry.stderr).toBe(0);
  expect(dry.stdout).toContain(`${event.slug}: would erase 3 attendees; 3 standing shares lapsed`);
  expect(dry.stdout).toContain("Dry run: nothing was changed.");
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await expect(organizer.getByTestId("lead-table")).toContainText(event.attendees[0]!.email);

  const run = cli("purge", "--event", event.slug);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain(`${event.slug}: erased 3 attendees; 3 standing shares lapsed`);
  await organizer.reload();
  await expect(organizer.getByTestId("no-leads")).toBeVisible();
  await organizer.goto(`/events/${event.eventId}/audit`);
  await expect(organizer.getByText("retention.purge").first()).toBeVisible();
  const ledger = cli("verify-ledger", "--event", event.slug);
  expect(ledger.status, ledger.stdout + ledger.stderr).toBe(0);
});

test("[RETENTION] the organizer erases one attendee on request: asked once more by name, then gone from the list and the partner's leads", async ({ world, organizerPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const [ada, bob] = event.attendees;
  const device = makeDevice(event.eventId, partner.id);
  decideAtBooth(device, ada!.badgeCode, "share");
  decideAtBooth(device, bob!.badgeCode, "share");
  const name = `${ada!.firstName} Lovelace`;

  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/attendees`);
  await organizer.getByRole("button", { name: `Erase ${name}'s data` }).click();
  const question = organizer.getByRole("alert").filter({ hasText: `Erase ${name}'s personal data now?` });
  await expect(question).toBeFocused();
  const axe = await new AxeBuilder({ page: organizer }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await organizer.getByRole("button", { name: "Cancel" }).click();
  await expect(organizer.getByRole("button", { name: `Erase ${name}'s data` })).toBeFocused();

  await organizer.getByRole("button", { name: `Erase ${name}'s data` }).click();
  await organizer.getByRole("button", { name: `Yes, erase ${name}` }).click();
  // An erased attendee has no name or badge left to list: the row goes, and the page says what happened.
  await expect(organizer.getByRole("status")).toContainText("The attendee's data was erased");
  await expect(organizer.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  await expect(organizer.getByRole("row").filter({ hasText: `${bob!.firstName} Lovelace` })).toHaveCount(1);

  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await expect(organizer.getByTestId("lead-table")).not.toContainText(ada!.email);
  await expect(organizer.getByTestId("lead-table")).toContainText(bob!.email);
});
