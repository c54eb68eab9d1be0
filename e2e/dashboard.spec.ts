import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { getDb } from "@/db/client";
import { OPERATOR } from "@/lib/auth/actor";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { IS_LATEST } from "@/lib/consent/current-consent";
import { addOrganizerToEvent, createEvent } from "@/lib/events/events";
import { openScan } from "@/lib/scans/open-scan";
import { decideAtBooth, decideOnMyPage } from "@/lib/test/decide";
import { makeDevice, makeOrganizer } from "@/lib/test/fixtures";
import { percent } from "@/components/dashboard/format";
import { expect, test } from "./support/world";

const one = (sql: string, ...args: unknown[]) => Object.values(getDb().$client.prepare(sql).get(...args) as object)[0] as number;

/** The figures as counted straight from the database, with the standing-decision rule of lib/consent. */
function countsOf(eventId: number) {
  const leads = one(`select count(*) from consent_events ce where ce.event_id = ? and ce.action = 'grant' and ${IS_LATEST}`, eventId);
  const decided = one("select count(*) from (select distinct partner_id, attendee_id from consent_events where event_id = ?)", eventId);
  return {
    attendees: one("select count(*) from attendees where event_id = ?", eventId),
    scans: one("select count(*) from scans where event_id = ?", eventId),
    visitors: one("select count(distinct attendee_id) from scans where event_id = ?", eventId),
    leads,
    shareRate: decided === 0 ? null : leads / decided,
    withdrawals: one(`select count(*) from consent_events ce where ce.event_id = ? and ce.action = 'withdraw' and ${IS_LATEST}`, eventId),
  };
}

async function expectNoSeriousA11yIssues(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

/** Cells of the table row whose header names this partner. */
const rowOf = (table: Locator, name: string) => table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name }) }).getByRole("cell");

test("[DASHBOARD] an empty event tells the organizer what to do next", async ({ world, organizerPage }) => {
  const event = createEvent(OPERATOR, { name: "Empty Expo", slug: `empty-${randomUUID().slice(0, 8)}` });
  addOrganizerToEvent(OPERATOR, event.id, world.organizer.userId);
  const page = await organizerPage();
  await page.goto(`/events/${event.id}/dashboard`);

  await expect(page.getByRole("heading", { name: "Getting started" })).toBeVisible();
  await expect(page.getByTestId("setup-partners").getByRole("link", { name: "Add a partner" })).toHaveAttribute("href", `/events/${event.id}/partners/new`);
  await expect(page.getByTestId("setup-attendees").getByRole("link", { name: "Import attendees" })).toHaveAttribute("href", `/events/${event.id}/import`);
  await expect(page.getByTestId("setup-devices")).toContainText("Pair a booth phone");
  await expect(page.getByTestId("setup-scans")).toContainText("No scans yet");
  await expect(page.getByTestId("figure-scans")).toHaveText("0");
  await expect(page.getByTestId("figure-share-rate")).toHaveText("—");
  await expect(page.getByTestId("chart-scans-per-hour")).toContainText("No scans yet");
  await expect(page.locator("canvas")).toHaveCount(0);
  await expect(page.getByTestId("phone-flags-none")).toHaveText("Nothing unusual.");
  await expectNoSeriousA11yIssues(page);

  // Another organizer does not learn that the event exists.
  const stranger = await organizerPage(await makeOrganizer());
  expect((await stranger.goto(`/events/${event.id}/dashboard`))!.status()).toBe(404);
});

test("[DASHBOARD] figures equal the database counts, charts draw and update in place, tables carry the numbers", async ({ world, organizerPage }) => {
  const { event } = world;
  const [p1, p2] = event.partners;
  const [d1, d2] = [makeDevice(event.eventId, p1!.id), makeDevice(event.eventId, p2!.id)];
  const [a0, a1, a2] = event.attendees;
  decideAtBooth(d1, a0!.badgeCode, "share", { drawing: true });
  decideAtBooth(d1, a1!.badgeCode, "decline");
  decideAtBooth(d1, a2!.badgeCode, "share");
  decideOnMyPage(attendeeFromToken(a2!.personalToken)!, p1!.id, "decline"); // withdraws
  decideAtBooth(d2, a0!.badgeCode, "share");
  openScan(d2, { scanId: randomUUID(), code: a1!.badgeCode, scannedAt: new Date() }); // walked away

  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}/dashboard`);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await expect(page.getByTestId("setup-guide")).toHaveCount(0);

  const db = countsOf(event.eventId);
  expect(db).toEqual({ attendees: 3, scans: 5, visitors: 3, leads: 2, shareRate: 0.5, withdrawals: 1 });
  await expect(page.getByTestId("figure-attendees")).toHaveText(String(db.attendees));
  await expect(page.getByTestId("figure-scans")).toHaveText(String(db.scans));
  await expect(page.getByTestId("figure-visitors")).toHaveText(String(db.visitors));
  await expect(page.getByTestId("figure-leads")).toHaveText(String(db.leads));
  await expect(page.getByTestId("figure-share-rate")).toHaveText(percent(db.shareRate));
  await expect(page.getByTestId("figure-share-rate")).toHaveText("50%");
  await expect(page.getByTestId("figure-withdrawals")).toHaveText(String(db.withdrawals));

  // The chart is drawn: chart.js made it, and there are painted pixels on the canvas.
  const visits = page.getByTestId("chart-visits");
  const canvas = visits.locator("canvas");
  await expect(canvas).toHaveAttribute("data-chart-id", /^\d+$/);
  await expect(canvas).toHaveAttribute("role", "img");
  await expect(canvas).toHaveAccessibleName(/Visits per booth/);
  const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
  expect(painted).toBeGreaterThan(100);

  // The text alternatives hold the same numbers as the database.
  await visits.getByText("Show the numbers").click();
  const visitsTable = visits.getByRole("table", { name: "Visits per booth" });
  const perPartner = (id: number, sql: string) => String(one(sql, id));
  await expect(rowOf(visitsTable, `${p1!.name} (booth ${p1!.booth})`)).toHaveText([
    perPartner(p1!.id, "select count(distinct attendee_id) from scans where partner_id = ?"),
    perPartner(p1!.id, "select count(*) from scans where partner_id = ?"),
  ]);
  await expect(rowOf(visitsTable, `${p2!.name} (booth ${p2!.booth})`)).toHaveText(["2", "2"]);
  const shares = page.getByTestId("chart-share-rate");
  await shares.getByText("Show the numbers").click();
  const sharesTable = shares.getByRole("table", { name: "Share rate per partner" });
  await expect(rowOf(sharesTable, `${p1!.name} (booth ${p1!.booth})`)).toHaveText(["1", "3", "33.3%"]); // the withdrawal is not a share
  await expect(rowOf(sharesTable, `${p2!.name} (booth ${p2!.booth})`)).toHaveText(["1", "1", "100%"]);
  const hours = page.getByTestId("chart-scans-per-hour");
  await hours.getByText("Show the numbers").click();
  const hourCells = await hours.getByRole("table").getByRole("cell").allTextContents();
  expect(hourCells.reduce((s, c) => s + Number(c), 0)).toBe(db.scans);
  await expect(page.getByTestId("chart-drawings").getByRole("table")).toContainText("Booth trail");
  await expect(rowOf(page.getByTestId("chart-drawings").getByRole("table"), "Booth trail")).toHaveText(["1", "1", "1"]);
  await expectNoSeriousA11yIssues(page);

  // New scans arrive: the next refresh changes the numbers on the same chart, not a new one.
  const chartId = await canvas.getAttribute("data-chart-id");
  await canvas.evaluate((c) => c.setAttribute("data-test-mark", "kept"));
  openScan(d2, { scanId: randomUUID(), code: a2!.badgeCode, scannedAt: new Date() });
  await expect(page.getByTestId("figure-scans")).toHaveText(String(countsOf(event.eventId).scans), { timeout: 25_000 });
  await expect(rowOf(visitsTable, `${p2!.name} (booth ${p2!.booth})`)).toHaveText(["3", "3"]);
  await expect(canvas).toHaveAttribute("data-test-mark", "kept");
  await expect(canvas).toHaveAttribute("data-chart-id", chartId!);
  await expect(canvas).toHaveAttribute("data-updates", /^[1-9]\d*$/);
  await expect(visits.locator("details")).toHaveAttribute("open", "");
});
