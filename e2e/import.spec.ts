import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendeeImports, attendees } from "@/db/schema";
import type { ErrorBody } from "@/lib/errors";
import { deeplyNested, farAwayCell, sharedStringsBomb } from "@/lib/test/crafted-workbooks";
import { BASE_URL, expect, test } from "./support/world";

const EVENTBRITE = path.join("lib", "attendees", "import", "fixtures", "eventbrite-attendees.csv");

test("[IMPORT] the organizer uploads an Eventbrite export, checks the guessed columns and the preview, imports, and sees the skipped lines", async ({ world, organizerPage }) => {
  const { event } = world;
  const page = await organizerPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/events/${event.eventId}/import`);
  // The file input is a button the keyboard reaches (Tab), with the chosen file's name beside it.
  await expect(page.getByTestId("import-file-chosen")).toHaveText("No file chosen yet.");
  const input = page.getByLabel(/Registration file/);
  await page.getByRole("heading", { name: "1. Choose the file" }).click(); // Tab goes on from here
  await page.keyboard.press("Tab");
  await expect(input).toBeFocused();
  await expect(page.locator('label.button[for="import-file"]')).toHaveCSS("outline-style", "solid");
  await input.setInputFiles(EVENTBRITE);
  await expect(page.getByTestId("file-summary")).toHaveText("eventbrite-attendees.csv: 41 rows (CSV, comma-separated).");
  await expect(page.getByTestId("import-file-chosen")).toHaveText("eventbrite-attendees.csv");
  await expect(page.getByText("Choose another file…")).toBeVisible();

  const column = (name: string | RegExp) => page.getByRole("combobox", { name, exact: typeof name === "string" });
  const chosen = (name: string | RegExp) => column(name).locator("option:checked");
  await expect(chosen("First name")).toHaveText("First Name");
  await expect(chosen("Last name")).toHaveText("Last Name");
  await expect(chosen("Email")).toHaveText("Email");
  await expect(chosen("Company")).toHaveText("Company");
  await expect(chosen(/^Registration id/)).toHaveText("Attendee #");
  await expect(chosen(/^Badge code/)).toHaveText("Barcode #");

  const preview = page.getByRole("table", { name: "Preview" });
  const line = (n: number) => preview.locator(`tr[data-line="${n}"]`);
  await expect(line(2)).toContainText("Zoë");
  await expect(line(2)).toContainText("O'Brien");
  await expect(line(2)).toContainText("8774863366809906892");
  await expect(line(5)).toContainText('=HYPERLINK("http://example.invalid","Click")');
  await expect(line(7)).toContainText("Skipped");
  await expect(line(7)).toContainText('"not-an-email" is not an email address');
  await expect(line(9)).toContainText("The email is empty");
  // At 1280 px the problem is on screen, not behind a sideways scroll.
  const problem = line(7).getByText('"not-an-email" is not an email address');
  const box = (await problem.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  // Scroll the page down to the row (never the table sideways): the whole cell shows, unclipped by the table's scroll box.
  await page.evaluate((y) => window.scrollBy(0, y), box.y - 200);
  await expect(problem).toBeInViewport({ ratio: 1 });
  expect(await preview.evaluate((table) => table.parentElement!.scrollLeft)).toBe(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  // A wrong column is corrected, and the preview follows; then put back.
  await column("Job title").selectOption({ label: "Ticket Type" });
  await expect(line(2)).toContainText("General Admission");
  await column("Job title").selectOption({ label: "Job Title" });
  await expect(line(2)).toContainText("Procurement Lead");

  await page.getByRole("button", { name: "Import 41 rows" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.eventId}/import/\\d+$`));
  await expect(page.getByRole("status").filter({ hasText: "Import finished" })).toHaveText(
    "Import finished: 38 added, 0 updated, 0 unchanged, 3 skipped.",
  );
  const skipped = page.getByRole("table", { name: "Rows not imported" }).locator("tbody tr");
  await expect(skipped).toHaveCount(3);
  await expect(skipped.nth(0)).toContainText(/^7\s*Email\s*"not-an-email" is not an email address/);
  await expect(skipped.nth(1)).toContainText(/^9\s*Email\s*The email is empty/);
  await expect(skipped.nth(2)).toContainText(/^43\s*Email\s*The same person as line 4/);

  await page.getByRole("link", { name: "Attendees and badges" }).click();
  await expect(page.getByRole("row", { name: /Zoë O'Brien/ })).toContainText("Northwind Traders");
  await expect(page.getByRole("row", { name: /Noah Chen/ })).toHaveCount(1);
  await expect(page.getByRole("row", { name: /Oğuz Walsh/ })).toContainText("Padded Inc");
  await expect(page.locator("tbody tr")).toHaveCount(event.attendees.length + 38);
});

test("[IMPORT] the upload refuses another site, a visitor who is not signed in, and a file over 50 MB, before storing anything", async ({ world, organizerPage, browser }) => {
  const url = `/events/${world.event.eventId}/import/upload`;
  const small = { intent: "inspect", file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("First name,Email\nAda,ada@example.com\n") } };
  const organizer = (await organizerPage()).request;

  const ok = await organizer.post(url, { multipart: small });
  expect(ok.status()).toBe(200);
  expect(((await ok.json()) as { rowsTotal: number }).rowsTotal).toBe(1);

  const crossSite = await organizer.post(url, { multipart: small, headers: { origin: "https://elsewhere.example" } });
  expect(crossSite.status()).toBe(403);

  const anonymous = await browser.newContext({ baseURL: BASE_URL });
  expect((await anonymous.request.post(url, { multipart: small })).status()).toBe(401);
  await anonymous.close();

  const huge = Buffer.alloc(50 * 1024 * 1024 + 1, "a");
  const tooBig = await organizer.post(url, { multipart: { intent: "import", mapping: "{}", file: { name: "big.csv", mimeType: "text/csv", buffer: huge } } });
  expect(tooBig.status()).toBe(400);
  expect(((await tooBig.json()) as ErrorBody).error.message).toContain("larger than 50 MB");

  const stored = (table: typeof attendees | typeof attendeeImports) => getDb().select().from(table).where(eq(table.eventId, world.event.eventId)).all().length;
  expect([stored(attendees), stored(attendeeImports)]).toEqual([world.event.attendees.length, 0]);
});

test("[IMPORT] crafted workbooks: the finding's XFD1 file is read as 4 columns at once, a zip bomb and deep XML are refused naming the limit, and the server still answers", async ({ world, organizerPage }) => {
  const url = `/events/${world.event.eventId}/import/upload`;
  const organizer = (await organizerPage()).request;
  const inspect = (name: string, buffer: Buffer) => organizer.post(url, { multipart: { intent: "inspect", file: { name, mimeType: "application/octet-stream", buffer } } });

  const started = Date.now();
  const far = await inspect("far.xlsx", farAwayCell());
  expect(far.status()).toBe(200);
  expect(await far.json()).toMatchObject({ format: "xlsx", headers: ["First name", "Last name", "Email", "Far"], rowsTotal: 2_000 });
  expect(Date.now() - started).toBeLessThan(15_000);

  for (const [name, buffer, limit] of [
    ["bomb.xlsx", sharedStringsBomb(), /^The file was refused: its part xl\/sharedStrings\.xml is compressed more than 100 to 1/],
    ["deep.xlsx", deeplyNested(), /^The file was refused: its XML is nested more than 64 levels deep/],
  ] as const) {
    const refused = await inspect(name, buffer);
    expect(refused.status()).toBe(400);
    expect(((await refused.json()) as ErrorBody).error.message).toMatch(limit);
  }
  expect((await organizer.get("/api/ping")).status()).toBe(200);
});
