import fs from "node:fs";
import { csvRecords } from "./support/csv";
import { latestConsent, rowsFor } from "./support/db";
import { expect, test } from "./support/world";

test("[JOURNEY] camera scan → don't share, drawing chosen → no lead, no export row, the visit counts", async ({ world, boothPage, organizerPage }) => {
  const { event } = world;
  const attendee = event.attendees[1]!;
  const partner = event.partners[1]!;

  const phone = await boothPage(partner.id, [attendee.badgeCode]);
  await phone.goto("/scan");
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible({ timeout: 20_000 });
  await phone.getByRole("checkbox", { name: "Count my visits for the prize drawing" }).check();
  await phone.getByRole("button", { name: "Don't share", exact: true }).click();
  // The hand-back screen is the same whatever was decided.
  await expect(phone.getByRole("heading", { name: `Thank you, ${attendee.firstName}` })).toBeVisible();

  expect(latestConsent(event.eventId, attendee.id)!.action).toBe("decline");
  expect(rowsFor(event.eventId).drawingEntries(event.drawingId)).toBe(1);

  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await expect(organizer.getByTestId("no-leads")).toBeVisible();
  const download = organizer.waitForEvent("download");
  await organizer.getByRole("button", { name: "Export leads (CSV)" }).click();
  expect(csvRecords(fs.readFileSync(await (await download).path(), "utf8"))).toEqual([]);

  // One booth of two partners is half: the declined visit alone makes the entry eligible.
  await organizer.goto(`/events/${event.eventId}`);
  await expect(organizer.getByTestId(`drawing-${event.drawingId}`)).toContainText("1 entry, 1 eligible");
});
