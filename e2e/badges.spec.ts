import fs from "node:fs";
import { listAudit } from "@/lib/audit/record-audit";
import { OPERATOR } from "@/lib/auth/actor";
import { makeOrganizer } from "@/lib/test/fixtures";
import { pdfPageCount } from "@/lib/test/pdf";
import { BASE_URL, expect, test } from "./support/world";

test("[BADGES] the organizer downloads one attendee's A6 badge as a two-page PDF", async ({ world, organizerPage }) => {
  const { event } = world;
  const attendee = event.attendees[0]!;
  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}/attendees/${attendee.id}/badge`);

  const link = page.getByRole("button", { name: "Download this badge, A6" });
  await expect(link).toBeVisible();
  const download = page.waitForEvent("download");
  await link.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`badges-${event.slug}-a6-${attendee.id}.pdf`);
  const bytes = fs.readFileSync(await file.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdfPageCount(bytes)).toBe(2);

  const href = (await link.locator("xpath=ancestor::form").getAttribute("action"))!;
  const response = await page.request.post(href, { headers: { origin: BASE_URL } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="badges-${event.slug}-a6-${attendee.id}.pdf"`);
  expect(pdfPageCount(await response.body())).toBe(2);

  // All the event's badges on A4 sheets: 3 badges, one page of fronts and one of backs.
  const sheets = await page.request.post(`/events/${event.eventId}/badges?format=a4`, { headers: { origin: BASE_URL } });
  expect(sheets.headers()["x-fairlead-badges"]).toBe("3");
  expect(pdfPageCount(await sheets.body())).toBe(2);
  expect((await page.request.post(`/events/${event.eventId}/badges?format=a3`, { headers: { origin: BASE_URL } })).status()).toBe(400);
});

test("[BADGES] a GET prints nothing and writes no audit row; each POST is one audited print; another site's POST is refused", async ({ world, organizerPage }) => {
  const { event } = world;
  const page = await organizerPage();
  const prints = () => listAudit(OPERATOR, event.eventId).filter((a) => a.action === "badges.print").length;
  const url = `/events/${event.eventId}/badges?format=a4`;
  const before = prints();
  const get = await page.request.get(url);
  expect(get.status()).toBe(405);
  expect(prints()).toBe(before);
  const post = await page.request.post(url, { headers: { origin: BASE_URL } });
  expect(post.status()).toBe(200);
  await post.body();
  expect(prints()).toBe(before + 1);
  expect((await page.request.post(url, { headers: { origin: "https://evil.example" } })).status()).toBe(403);
  expect(prints()).toBe(before + 1);
});

test("[BADGES] badge PDFs need an organizer of the event: 401 signed out, 404 for another event's organizer", async ({ world, organizerPage, playwright }) => {
  const { event } = world;
  const url = `/events/${event.eventId}/badges?format=a6&attendee=${event.attendees[0]!.id}`;
  const visitor = await playwright.request.newContext({ baseURL: BASE_URL });
  const refused = await visitor.post(url, { headers: { origin: BASE_URL } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toContain("application/json");
  await visitor.dispose();

  const stranger = await organizerPage(await makeOrganizer());
  expect((await stranger.request.post(url, { headers: { origin: BASE_URL } })).status()).toBe(404);
});
