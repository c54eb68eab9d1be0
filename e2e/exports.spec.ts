import { createHash } from "node:crypto";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { readCsvFile, readXlsxRows, readZip } from "@/lib/exports/test-readers";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice, makeOrganizer } from "@/lib/test/fixtures";
import { BASE_URL, expect, test } from "./support/world";

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function download(page: Page, button: string): Promise<{ name: string; content: Buffer }> {
  const file = page.waitForEvent("download");
  await page.getByRole("button", { name: button, exact: true }).click();
  const done = await file;
  return { name: done.suggestedFilename(), content: fs.readFileSync((await done.path())) };
}

test("[EXPORT] organizer downloads a partner's XLSX and the all-partners ZIP, and finds each file in the export history", async ({ world, organizerPage }) => {
  const { event, organizer } = world;
  const [partner, other] = [event.partners[0]!, event.partners[1]!];
  const booth = makeDevice(event.eventId, partner.id, "Hall A phone");
  decideAtBooth(booth, event.attendees[0]!.badgeCode, "share");
  decideAtBooth(booth, event.attendees[1]!.badgeCode, "share");
  decideAtBooth(makeDevice(event.eventId, other.id), event.attendees[2]!.badgeCode, "share");

  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}/exports`);
  await expect(page.getByRole("heading", { name: "Export history" })).toBeVisible();
  await expect(page.getByTestId("no-exports")).toBeVisible();

  await page.goto(`/events/${event.eventId}/partners/${partner.id}`);
  const csv = await download(page, "Export leads (CSV)");
  const xlsx = await download(page, "Export leads (XLSX)");
  // Each file names the signed checkpoint it falls under (the CSV's rows stay the leads alone).
  expect(xlsx.name).toMatch(new RegExp(`-${partner.id}-leads-\\d{8}-\\d{4}-checkpoint-\\d+\\.xlsx$`));
  expect(csv.name).toMatch(new RegExp(`-${partner.id}-leads-\\d{8}-\\d{4}-checkpoint-\\d+\\.csv$`));
  const { header, records } = readCsvFile(csv.content);
  expect(records.map((r) => r[header.indexOf("email")]).sort()).toEqual([event.attendees[0]!.email, event.attendees[1]!.email].sort());
  expect(records.every((r) => r[header.indexOf("device")] === "Hall A phone")).toBe(true);
  // The same text, but for the CSV's apostrophe in front of a cell a spreadsheet would run: an XLSX cell is typed text.
  const asTyped = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
  expect(await readXlsxRows(xlsx.content), "exceljs reads the same rows as the CSV").toEqual([header, ...records.map((r) => r.map(asTyped))]);

  // Files for the partner's CRM (issue 14): each CRM's column names, values as they are.
  const hubspot = await download(page, "HubSpot (CSV)");
  expect(hubspot.name).toMatch(new RegExp(`-${partner.id}-leads-hubspot-\\d{8}-\\d{4}-checkpoint-\\d+\\.csv$`));
  const crm = readCsvFile(hubspot.content);
  expect(crm.header.slice(0, 7)).toEqual(["First Name", "Last Name", "Email", "Phone Number", "Company Name", "Job Title", "Country/Region"]);
  expect(crm.records.map((r) => r[2]).sort()).toEqual([event.attendees[0]!.email, event.attendees[1]!.email].sort());
  expect(crm.records.flat().filter((cell) => /^'[=+\-@]/.test(cell)), "no apostrophe in front of anything").toEqual([]);
  const vcf = await download(page, "vCard");
  expect(vcf.name).toMatch(new RegExp(`-${partner.id}-leads-\\d{8}-\\d{4}-checkpoint-\\d+\\.vcf$`));
  expect(vcf.content.toString("utf8").match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2);

  await page.goto(`/events/${event.eventId}/exports`);
  const zip = await download(page, "Export all partners (ZIP)");
  const zipCheckpoint = new RegExp(`^${event.slug}-all-partners-\\d{8}-\\d{4}-checkpoint-(\\d+)\\.zip$`).exec(zip.name)?.[1];
  expect(zipCheckpoint, zip.name).toBeTruthy();
  const entries = readZip(zip.content);
  const statement = JSON.parse(entries.get("checkpoint.json")!.toString("utf8")) as { checkpoints: { id: number; rows: number; signature: string }[] };
  expect(statement.checkpoints.map((c) => [c.id, c.rows])).toEqual([[Number(zipCheckpoint), 3]]);
  entries.delete("checkpoint.json");
  const names = [...entries.keys()];
  expect(names).toHaveLength(4);
  expect(names.filter((n) => n.endsWith(`-${partner.id}-leads.csv`))).toHaveLength(1);
  expect(names.filter((n) => n.endsWith(`-${other.id}-suppression.csv`))).toHaveLength(1);
  const partnerLeads = entries.get(names.find((n) => n.endsWith(`-${partner.id}-leads.csv`))!)!;
  expect(sha256(partnerLeads), "the ZIP's file is the partner's CSV, byte for byte").toBe(sha256(csv.content));

  await page.reload();
  const history = page.getByTestId("export-history");
  await expect(history.locator("tbody tr")).toHaveCount(4 + 4);
  await expect(history.locator("tbody tr").first()).toContainText(organizer.email);
  for (const content of [xlsx.content, ...entries.values()]) await expect(history).toContainText(sha256(content));
  await expect(history).toContainText("Leads, XLSX");
  await expect(history).toContainText("Leads, HubSpot CSV");
  await expect(history).toContainText("Leads, vCard");
  await expect(history).toContainText("Suppression list, CSV");
  await expect(history.getByTestId("export-checkpoint").first(), "the history names each file's checkpoint").toHaveText(zipCheckpoint!);
});

test("[EXPORT] the all-partners ZIP refuses visitors, booth devices, other sites and other events' organizers", async ({ world, boothPage, organizerPage, playwright }) => {
  const url = `/events/${world.event.eventId}/exports/all`;
  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  expect((await anonymous.post(url)).status()).toBe(401);
  const phone = await boothPage(world.event.partners[0]!.id);
  expect((await phone.request.post(url, { headers: { origin: BASE_URL } })).status()).toBe(401);
  const own = await organizerPage();
  expect((await own.request.post(url, { headers: { origin: "https://evil.example" } })).status()).toBe(403);
  const stranger = await organizerPage(await makeOrganizer());
  expect((await stranger.request.post(url, { headers: { origin: BASE_URL } })).status()).toBe(404);
  const partnerUrl = `/events/${world.event.eventId}/partners/${world.event.partners[0]!.id}/export?format=xlsx`;
  expect((await stranger.request.post(partnerUrl, { headers: { origin: BASE_URL } })).status()).toBe(404);
  expect((await own.request.post(`${partnerUrl.replace("xlsx", "pdf")}`, { headers: { origin: BASE_URL } })).status()).toBe(400);
  await own.goto(`/events/${world.event.eventId}/exports`);
  await expect(own.getByTestId("no-exports"), "nothing refused was recorded").toBeVisible();
});
