// Every badge symbology Fairlead reads, from a booth phone's camera: a registration system may
// print a QR code, Code 128, PDF417, Data Matrix or Aztec (issue 5). The fake camera plays a
// hand-held badge (e2e/support/badge-video.ts), so this runs the real decode loop in Chromium.
import type { Page } from "@playwright/test";
import { getDb } from "@/db/client";
import { attendeeWriter } from "@/lib/attendees/import/write-attendees";
import { readBadgePayload } from "@/lib/badges/payload";
import { SYMBOL_FORMATS, type SymbolFormat } from "@/lib/scanner/symbol-format";
import type { BadgeVideoOptions } from "./support/badge-video";
import { rowsFor } from "./support/db";
import { expect, test } from "./support/world";

/**
 * The 1280×720 image components/scanner/use-camera.ts asks for. Chromium crops a fake camera
 * of any other shape to that aspect, so this is also what the page gets. The scanner decodes
 * what the viewfinder shows of it: the middle ~540×720 px on a portrait phone.
 */
const CAMERA_720P = { width: 1280, height: 720 };
const video = (format: SymbolFormat): BadgeVideoOptions => ({ ...CAMERA_720P, format });

/**
 * Fairlead prints its own 26-character codes as QR. A registration system that prints Code 128
 * prints its own ticket code: a Fairlead code in Code 128 is ~340 modules, wider than the
 * decoded part of a 720p image at the 2 px per module a camera needs to tell the bars apart.
 * So the Code 128 badge belongs to an attendee imported with the vendor's code.
 */
function importedAttendee(eventId: number, badgeCode: string) {
  const row = { firstName: "Grace", lastName: "Hopper", email: `grace-${badgeCode}@example.com`, externalId: `EB-${badgeCode}`, badgeCode };
  attendeeWriter(getDb()).create(eventId, row);
  return { firstName: row.firstName, badgeCode };
}

const NAMES: Record<SymbolFormat, string> = {
  qr: "a QR code",
  code128: "a Code 128",
  pdf417: "a PDF417",
  datamatrix: "a Data Matrix",
  aztec: "an Aztec",
};

/** Server actions (the badge lookup) the page sends: a read that is not a badge must send none. */
function actionsSent(page: Page): () => number {
  let n = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) n++;
  });
  return () => n;
}

for (const format of SYMBOL_FORMATS) {
  test(`[SCANNER] ${NAMES[format]} badge in front of the camera opens the attendee's consent screen`, async ({ world, boothPage }) => {
    const { event } = world;
    const attendee = format === "code128" ? importedAttendee(event.eventId, "REG7Q2M9K41") : event.attendees[0]!;
    const phone = await boothPage(event.partners[0]!.id, [attendee.badgeCode], undefined, { video: video(format) });
    await phone.goto("/scan");
    await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible({ timeout: 20_000 });
    expect(rowsFor(event.eventId).scans).toBe(1);
  });
}

// zxing-js 0.23.0 misread the start of a Code 128 that begins in code set C (4+ leading digits)
// whenever anything dark preceded it on the row (decision 017); ZXing C++ reads them (decision
// 040). Ticket numbers are what registration systems print most.
test("[SCANNER] a numeric Code 128 ticket number opens the attendee's consent screen", async ({ world, boothPage }) => {
  const { event } = world;
  const attendee = importedAttendee(event.eventId, "400123456789");
  const phone = await boothPage(event.partners[0]!.id, [attendee.badgeCode], undefined, { video: video("code128") });
  await phone.goto("/scan");
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible({ timeout: 20_000 });
});

test("[SCANNER] a registration system's badge link (QR) opens the same attendee", async ({ world, boothPage }) => {
  const { event } = world;
  const attendee = event.attendees[1]!;
  const link = `https://reg.example.com/badge?code=${attendee.badgeCode}`;
  const phone = await boothPage(event.partners[0]!.id, [link], undefined, { video: video("qr") });
  await phone.goto("/scan");
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible({ timeout: 20_000 });
  expect(rowsFor(event.eventId).scans).toBe(1);
});

test("[SCANNER] a business card's vCard QR says it is not a badge and records no scan", async ({ world, boothPage }) => {
  const { event } = world;
  const attendee = event.attendees[2]!;
  const vcard = ["BEGIN:VCARD", "VERSION:3.0", `FN:${attendee.firstName} Lovelace`, `EMAIL:${attendee.email}`, "END:VCARD"].join("\n");
  const expected = readBadgePayload(vcard);
  expect(expected.kind).toBe("not-a-badge");

  const phone = await boothPage(event.partners[0]!.id, [vcard], undefined, { video: video("qr") });
  const actions = actionsSent(phone);
  await phone.goto("/scan");
  const alert = phone.getByTestId("not-a-badge");
  await expect(alert).toHaveText(expected.kind === "not-a-badge" ? expected.message : "", { timeout: 20_000 });
  await expect(alert).toContainText("This is a contact card, not a badge.");

  // Still on the scanner, nothing asked of the server, nothing stored.
  await expect(phone.getByRole("heading", { name: "Scan a badge" })).toBeVisible();
  expect(actions()).toBe(0);
  expect(rowsFor(event.eventId).scans).toBe(0);
});
