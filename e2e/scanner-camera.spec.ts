// The camera side of scanning: what a booth phone shows when the camera is refused, and how
// continuous scanning treats a badge that stays in front of the camera.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { makeDevice } from "@/lib/test/fixtures";
import { writeBadgeVideo, type BadgeVideoOptions } from "./support/badge-video";
import { rowsFor } from "./support/db";
import { watchCsp } from "./support/csp";
import { CHROMIUM_ARGS, CHROMIUM_PATH, TMP_DIR } from "./support/env";
import { BASE_URL, expect, test } from "./support/world";

let browsers: Browser[] = [];
test.afterEach(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  browsers = [];
});

/** A paired booth phone; `camera` "denied" refuses the camera as a user tapping Block would. */
async function phone(eventId: number, partnerId: number, camera: "denied" | { codes: string[]; video?: BadgeVideoOptions }): Promise<Page> {
  const args = [...CHROMIUM_ARGS, "--use-fake-device-for-media-stream"];
  if (camera === "denied") args.push("--deny-permission-prompts");
  else {
    const video = writeBadgeVideo(path.join(TMP_DIR, `badge-${randomUUID()}.y4m`), camera.codes, camera.video);
    args.push("--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args });
  browsers.push(browser);
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    permissions: camera === "denied" ? [] : ["camera"],
  });
  await watchCsp(context);
  const device = makeDevice(eventId, partnerId);
  await context.addCookies([{ name: "fairlead_device", value: device.sessionToken, url: BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}

/**
 * Warnings and errors from zxing the page logs from now on (zxing-js 0.23's MultiFormatReader
 * warns for every reader that finds nothing, zxing-js/library#648, ten times a second while
 * scanning), and any warning or error at all from the decode worker (decision 040).
 */
function zxingWarnings(page: Page): string[] {
  const seen: string[] = [];
  const ZXING = /MultiFormatReader|ReaderException|NotFoundException|ChecksumException|FormatException|video that is already playing|not possible to play the video|zxing/i;
  const loud = (type: string) => type === "warning" || type === "error";
  page.on("console", (message) => {
    if (loud(message.type()) && ZXING.test(message.text())) seen.push(message.text());
  });
  page.on("worker", (worker) => worker.on("console", (message) => loud(message.type()) && seen.push(`worker: ${message.text()}`)));
  return seen;
}

test("[CAMERA] a refused camera explains how to allow it on Android and iPhone; typing the code still works", async ({ world }) => {
  const { event } = world;
  const attendee = event.attendees[0]!;
  const page = await phone(event.eventId, event.partners[0]!.id, "denied");
  await page.goto("/scan");

  const help = page.getByTestId("camera-unavailable");
  await expect(help).toContainText("Camera access was refused");
  await expect(help.getByText("Android phone (Chrome)")).toBeVisible();
  await expect(help.getByText("iPhone (Safari)")).toBeVisible();
  await expect(help).toContainText("Website Settings");
  await expect(page.locator("video")).toHaveCount(0);
  const retry = page.getByRole("button", { name: "Try the camera again" });
  expect((await retry.boundingBox())!.height).toBeGreaterThanOrEqual(44);

  // Allowed in the site settings: the camera starts (by itself where the browser reports the
  // change, else on "Try the camera again").
  await page.context().grantPermissions(["camera"]);
  await retry.click({ timeout: 2_000 }).catch(() => {});
  await expect(page.getByTestId("camera-status")).toHaveText("Point the camera at the code on the badge.", { timeout: 15_000 });
  await expect(help).toHaveCount(0);

  await page.getByLabel("Or type the badge code").fill(attendee.badgeCode);
  await page.getByRole("button", { name: "Look up" }).click();
  await expect(page.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible();
});

test("[CAMERA] a badge held in front of the camera is scanned once; back from the hand-back screen it is not reopened", async ({ world }) => {
  const { event } = world;
  const attendee = event.attendees[1]!;
  // The badge also moves toward and away from the camera: not a whole number of px per module.
  const page = await phone(event.eventId, event.partners[0]!.id, { codes: [attendee.badgeCode], video: { zoom: 0.15, frames: 20 } });
  await page.goto("/scan");
  await expect(page.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible({ timeout: 20_000 });
  expect(rowsFor(event.eventId).scans).toBe(1);

  await page.getByRole("button", { name: "Don't share", exact: true }).click();
  await expect(page.getByRole("heading", { name: `Thank you, ${attendee.firstName}` })).toBeVisible();
  await expect(page.getByTestId("auto-return")).toContainText("Back to the scanner in");
  // Back by itself, and the badge still in view is seen but ignored.
  await expect(page.getByRole("heading", { name: "Scan a badge" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("camera-status")).toHaveText("Just scanned. Hold up the next badge.", { timeout: 10_000 });
  await page.waitForTimeout(4_000); // longer than the 3 s window: still the same visit
  await expect(page.getByRole("heading", { name: "Scan a badge" })).toBeVisible();
  expect(rowsFor(event.eventId).scans).toBe(1);
});

test("[CAMERA] the same badge shown again after it was out of view opens the standing decision", async ({ world }) => {
  const { event } = world;
  const attendee = event.attendees[2]!;
  const partner = event.partners[0]!;
  // 1 s of badge, then 5 s without it, looping.
  const page = await phone(event.eventId, partner.id, { codes: [attendee.badgeCode], video: { frames: 15, blankFrames: 75 } });
  const warnings = zxingWarnings(page);
  await page.goto("/scan");
  await expect(page.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click();
  await page.getByRole("button", { name: "Scan the next badge" }).click();

  await expect(page.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible({ timeout: 20_000 });
  // Shown when the attendee asks for it, not announced (issue 12 §4).
  await page.getByRole("button", { name: "Show my earlier choice" }).click();
  await expect(page.getByTestId("current-decision")).toContainText(`You shared your details with ${partner.name}`);
  expect(rowsFor(event.eventId).scans).toBe(2);
  // Seconds of frames without a badge (and some with one) went through zxing: not a word from it.
  expect(warnings).toEqual([]);
});
