// A phone's queued scans that meet its badge-lookup limit are not acknowledged: the phone keeps
// them, says why, and sends them again after the wait it was told; then they are all stored
// (issue 13 finding 3, docs/decisions/032).
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices } from "@/db/schema";
import { BADGE_LOOKUPS } from "@/lib/booth/lookup-limits";
import { limitKey, writeLimit } from "@/lib/rate-limit/limit-store";
import { makeEvent } from "@/lib/test/fixtures";
import { backToScanning, goOffline, typeCode } from "./support/booth";
import { rowsFor } from "./support/db";
import { expect, test } from "./support/world";

test("[LIMIT] queued scans refused by the limit stay on the phone and go through after the wait; nothing refused is stored", async ({ boothPage }) => {
  test.setTimeout(120_000);
  const event = makeEvent({ partnerCount: 1, attendeeCount: 3 });
  const partner = event.partners[0]!;
  const phone = await boothPage(partner.id, undefined, event.eventId);
  const status = await goOffline(phone);
  for (const attendee of event.attendees) {
    await typeCode(phone, attendee.badgeCode);
    await phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click();
    await expect(phone.getByRole("heading", { name: "Thank you", exact: true })).toBeVisible();
    await backToScanning(phone);
  }
  await expect(status).toContainText("3 waiting to sync");

  // Meanwhile the phone used up its lookups: its bucket is past full by 6 s of leak.
  const device = getDb().select({ id: devices.id }).from(devices).where(eq(devices.partnerId, partner.id)).get()!;
  writeLimit(getDb(), limitKey(BADGE_LOOKUPS, `device:${device.id}`), { level: BADGE_LOOKUPS.capacity + 4, at: Date.now(), blockedUntil: null });

  await phone.context().setOffline(false);
  await expect(phone.getByText(/^Slow down: try again in \d+ s \(badge lookups of this phone\)\. The scans are kept on this phone/)).toBeVisible({ timeout: 15_000 });
  await expect(status).toContainText("3 waiting to sync");
  expect(rowsFor(event.eventId)).toMatchObject({ scans: 0, consentEvents: 0 });

  await expect(status).toContainText("All scans are synced", { timeout: 30_000 });
  expect(rowsFor(event.eventId)).toMatchObject({ scans: 3, consentEvents: 3 });
});
