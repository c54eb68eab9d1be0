// Decision 044: an event in Berlin states attendees' times in Berlin time and says so: on /me
// (German and English) and on the receipt; the receipt's JSON stays ISO UTC. An event in
// Kolkata (+5:30) does the same on the staff's pages: the organizer's, the partner's, the booth's.
import type { Page } from "@playwright/test";
import { createApiToken } from "@/lib/api/api-tokens";
import { OPERATOR } from "@/lib/auth/actor";
import { setEventTimeZone } from "@/lib/events/set-time-zone";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice, makeEvent, makeOrganizer, makePartnerMember, openAgreementGate } from "@/lib/test/fixtures";
import { BASE_URL, expect, test } from "./support/world";

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

/** Kolkata's offset as every staff time names it (ICU has no English short name for it). */
const IST = "GMT+5:30";

test("[I18N] an event in Asia/Kolkata: the organizer's pages, the partner's workspace and the booth state times in it, none in UTC", async ({ organizerPage, boothPage, browser }) => {
  test.setTimeout(120_000);
  const organizer = await makeOrganizer();
  const event = makeEvent({ partnerCount: 1, attendeeCount: 1, organizer });
  const zone = setEventTimeZone(OPERATOR, event.eventId, { timeZone: "Asia/Kolkata" }); // stored as the runtime lists it
  const [attendee, partner] = [event.attendees[0]!, event.partners[0]!];
  const at = new Date();
  const { result } = decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share", { at });
  const admin = await makePartnerMember(event.eventId, partner.id, "admin", { by: organizer });
  openAgreementGate(admin);
  createApiToken(admin, event.eventId, partner.id, { name: "Our CRM" });

  const staff = await organizerPage(organizer);
  /** The element's text names Kolkata's offset and never UTC. */
  const inIst = async (page: Page, testId: string) => {
    await expect(page.getByTestId(testId)).toContainText(IST);
    await expect(page.getByTestId(testId)).not.toContainText("UTC");
  };
  await staff.goto(`/events/${event.eventId}/dashboard`);
  await inIst(staff, "counted-at");
  // The scan's hour is Kolkata's: "6 Dec 09:00" for a scan at 03:40 UTC, which UTC would call 03:00.
  const perHour = staff.getByTestId("chart-scans-per-hour");
  await perHour.getByText("Show the numbers").click();
  await expect(perHour.getByRole("columnheader", { name: `Hour (${zone})` })).toBeVisible();
  const localHour = `${at.toLocaleString("en-GB", { timeZone: zone, day: "numeric", month: "short" })} ${at.toLocaleString("en-GB", { timeZone: zone, hour: "2-digit", hourCycle: "h23" })}:00`;
  await expect(perHour.locator("tbody tr").first()).toHaveText(new RegExp(`^${localHour}\\s*1$`));
  // The audit log's "About" may name the zone the event had before ("from UTC"): its "When" column.
  await staff.goto(`/events/${event.eventId}/audit`);
  const when = await staff.getByTestId("audit-log").locator("tbody tr td:first-child").allTextContents();
  expect(when.length).toBeGreaterThan(0);
  for (const text of when) expect(text).toMatch(/\d{2}:\d{2}:\d{2} GMT\+5:30$/);
  for (const [path, testId] of [
    ["organizers", "organizers"],
    ["agreement", "agreement-standing"],
    [`partners/${partner.id}`, "partner-agreement-standing"],
  ] as const) {
    await staff.goto(`/events/${event.eventId}/${path}`);
    await inIst(staff, testId);
  }
  await staff.getByRole("button", { name: "Create a pairing link" }).click();
  await expect(staff.getByText(/^Open this link on the booth phone/)).toContainText(`${IST})`);

  const workspace = await (await browser.newContext({ baseURL: BASE_URL })).newPage();
  await workspace.context().addCookies([{ name: "fairlead_organizer", value: admin.sessionToken, url: BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  await workspace.goto(`/partners/${partner.id}/delivery`);
  await inIst(workspace, "api-token-table");

  const phone = await boothPage(partner.id, undefined, event.eventId);
  await phone.goto(`/booth/leads/${result.consentId}`);
  await phone.getByRole("button", { name: "Hot" }).click();
  await phone.getByRole("button", { name: "Save rating and notes" }).click();
  await expect(phone.getByText(/^Saved at /)).toContainText(IST);

  // The share confirmation, queued and then sent: both times in Kolkata's (the sender polls every 10 s).
  await staff.goto(`/events/${event.eventId}/mail`);
  await expect(async () => {
    await staff.reload();
    await expect(staff.getByTestId("mail-log").getByRole("row").filter({ hasText: attendee.email })).toContainText(/GMT\+5:30.*Sent .*GMT\+5:30$/, { timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  await inIst(staff, "mail-log");
});
