import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partners } from "@/db/schema";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { decideAtBooth, decideOnMyPage } from "@/lib/test/decide";
import { makeDevice } from "@/lib/test/fixtures";
import { E2E_DB } from "./support/env";
import { expect, test } from "./support/world";

// The e2e server has no FAIRLEAD_SMTP_URL: its mail goes to outbox-mail/ next to its database.
const OUTBOX = path.join(path.dirname(E2E_DB), "outbox-mail");
const emlTo = (address: string) =>
  fs.existsSync(OUTBOX) ? fs.readdirSync(OUTBOX).filter((f) => f.endsWith(".eml") && fs.readFileSync(path.join(OUTBOX, f), "utf8").includes(`To: ${address}`)) : [];

test("[MAIL] the organizer sees the event's mail: empty at first, then the share confirmation sent, and a partner notice that failed with its reason", async ({ world, organizerPage }) => {
  test.setTimeout(120_000);
  const { event } = world;
  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}`);
  await page.getByRole("link", { name: "Mail", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Mail" })).toBeVisible();
  await expect(page.getByText("No mail yet.")).toBeVisible();
  await expect(page).toHaveTitle(/Mail/); // streamed after a client-side navigation: axe checks it
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  const [sharer, withdrawer] = event.attendees;
  const partner = event.partners[1]!;
  getDb().update(partners).set({ contactEmail: null }).where(eq(partners.id, partner.id)).run();
  const device = makeDevice(event.eventId, partner.id);
  decideAtBooth(device, sharer!.badgeCode, "share");
  decideAtBooth(device, withdrawer!.badgeCode, "share");
  decideOnMyPage(attendeeFromToken(withdrawer!.personalToken)!, partner.id, "decline");

  // The server's sender picks up what this process enqueued at its next poll (10 s); the batch waits 30 s.
  const log = page.getByTestId("mail-log");
  await expect(async () => {
    await page.reload();
    await expect(log.getByRole("row").filter({ hasText: sharer!.email })).toContainText("Sent", { timeout: 1_000 });
    await expect(log.getByRole("row").filter({ hasText: "Withdrawals to the partner" })).toContainText("no contact email", { timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  await expect(log.getByRole("row").filter({ hasText: "Withdrawals to the partner" })).toContainText("Failed");
  expect(emlTo(sharer!.email)).toHaveLength(1);
});
