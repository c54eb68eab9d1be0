// Decision 044: an event in Berlin states attendees' times in Berlin time and says so: on /me
// (German and English) and on the receipt; the receipt's JSON stays ISO UTC.
import { OPERATOR } from "@/lib/auth/actor";
import { setEventTimeZone } from "@/lib/events/set-time-zone";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "@/lib/test/fixtures";
import { expect, test } from "./support/world";

test("[I18N] an event in Europe/Berlin: /me, the receipt and the organizer's lead list state its time, naming the zone; the JSON stays UTC", async ({ unpairedPage, organizerPage }) => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ partnerCount: 1, attendeeCount: 1, organizer });
  setEventTimeZone(OPERATOR, event.eventId, { timeZone: "Europe/Berlin" });
  const attendee = event.attendees[0]!;
  const partner = event.partners[0]!;
  const { result } = decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share");

  const me = await unpairedPage();
  await me.goto(`/me/${attendee.personalToken}?lang=de`);
  const standing = me.getByTestId(`partner-${partner.id}`).getByTestId("standing");
  await expect(standing).toContainText(/\d{2}:\d{2} Uhr (MEZ|MESZ)/);
  await expect(standing).not.toContainText("UTC");
  await me.goto(`/me/${attendee.personalToken}?lang=en`);
  await expect(standing).toContainText(/\d{2}:\d{2} (CET|CEST)/);

  await me.goto(`/me/${attendee.personalToken}/receipts/${result.consentId}`);
  await expect(me.getByTestId("receipt")).toContainText(/\d{2}:\d{2}:\d{2} (CET|CEST)/);
  const json = await (await me.request.get(`/me/${attendee.personalToken}/receipts/${result.consentId}/json`)).text();
  expect(json).toMatch(/"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z"/);
  expect(json).not.toMatch(/CES?T|MES?Z/);

  // Staff screens too: the organizer's lead list for the partner.
  const staff = await organizerPage(organizer);
  await staff.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await expect(staff.getByRole("table").filter({ hasText: attendee.firstName })).toContainText(/\d{2}:\d{2} (CET|CEST)/);
});
