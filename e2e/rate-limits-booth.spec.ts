// Issue 13 finding 3 over real HTTP: a phone guessing badge codes is stopped within a few dozen
// guesses (single, batch, typed), nothing is recorded for a refused item, and the organizer sees
// the phone; a phone's queue of 300 from an offline half hour goes through (docs/decisions/032).
import { randomUUID } from "node:crypto";
import { BADGE_LOOKUPS, LOOKUP_COST } from "@/lib/booth/lookup-limits";
import { makeDevice } from "@/lib/test/fixtures";
import { rowsFor } from "./support/db";
import { BASE_URL, expect, test } from "./support/world";

const item = (code: string, minutesAgo = 0, source?: "camera" | "typed") => ({
  scanId: randomUUID(),
  code,
  scannedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
  ...(source && { source }),
});
const CAMERA_GUESSES = BADGE_LOOKUPS.capacity / LOOKUP_COST.camera.miss; // 45

test("[LIMIT] guessing codes one by one, in a batch and by typing is refused within a few dozen guesses; refused items are not recorded; the dashboard shows the phone", async ({ world, playwright, boothPage, organizerPage }) => {
  const { event } = world;
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  const before = rowsFor(event.eventId);

  // One by one, as fast as the server answers.
  const single = makeDevice(event.eventId, event.partners[0]!.id, "Guessing phone");
  const statuses: number[] = [];
  for (let i = 0; i < CAMERA_GUESSES + 5; i++) {
    const response = await api.post("/api/booth/sync", {
      headers: { cookie: `fairlead_device=${single.sessionToken}` },
      data: item(`VEND-${String(10_000 + i)}`),
    });
    statuses.push(response.status());
    if (response.status() === 429) {
      expect(Number(response.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
      const body = (await response.json()) as { code: string; limit: string; message: string };
      expect(body).toMatchObject({ code: "rate_limited", limit: BADGE_LOOKUPS.name });
      expect(body.message).toMatch(/^Slow down: try again in \d+ s \(badge lookups of this phone\)\.$/);
    }
  }
  expect(statuses.indexOf(429)).toBeGreaterThanOrEqual(CAMERA_GUESSES - 1);
  expect(statuses.indexOf(429)).toBeLessThanOrEqual(CAMERA_GUESSES + 1);

  // A batch of 100: the first few dozen are looked up, the rest refused item by item.
  const batcher = makeDevice(event.eventId, event.partners[0]!.id, "Batch guesser");
  const response = await api.post("/api/booth/sync", {
    headers: { cookie: `fairlead_device=${batcher.sessionToken}` },
    data: { items: Array.from({ length: 100 }, (_, i) => item(`VEND-${20_000 + i}`)) },
  });
  expect(response.status()).toBe(200);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  const { results } = (await response.json()) as { results: { status: number; code?: string }[] };
  expect(results.findIndex((r) => r.status === 429)).toBe(CAMERA_GUESSES);
  expect(results.slice(CAMERA_GUESSES).every((r) => r.status === 429 && r.code === "rate_limited")).toBe(true);
  // A real badge now is refused too, and not recorded.
  const real = await api.post("/api/booth/sync", { headers: { cookie: `fairlead_device=${batcher.sessionToken}` }, data: item(event.attendees[0]!.badgeCode) });
  expect(real.status()).toBe(429);
  expect(rowsFor(event.eventId).scans).toBe(before.scans);

  // Typed on the phone's screen: stricter.
  const phone = await boothPage(event.partners[1]!.id);
  await phone.goto("/scan");
  let typed = 0;
  for (; typed < 40; typed++) {
    await phone.getByLabel("Or type the badge code").fill(`VEND-${30_000 + typed}`);
    const answered = phone.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/scan");
    await phone.getByRole("button", { name: "Look up" }).click();
    await answered; // the screen showed "Looking up" meanwhile: the alert below is this answer's
    const alert = phone.getByRole("alert").filter({ hasText: /Slow down|not registered/ });
    await expect(alert).toBeVisible();
    if ((await alert.textContent())!.includes("Slow down")) break;
  }
  expect(typed).toBeLessThanOrEqual(BADGE_LOOKUPS.capacity / LOOKUP_COST.typed.miss + 2);
  await expect(phone.getByRole("alert").filter({ hasText: "Slow down: try again in" })).toContainText("(badge lookups of this phone)");
  expect(rowsFor(event.eventId).scans).toBe(before.scans);

  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}/dashboard`);
  const panel = page.getByTestId("phone-misses");
  await expect(panel.getByRole("heading", { name: "Badge codes not found" })).toBeVisible();
  const row = panel.getByTestId(`phone-misses-${batcher.deviceId}`);
  await expect(row.getByRole("rowheader")).toHaveText("Batch guesser");
  await expect(row.getByTestId("misses")).toHaveText(String(CAMERA_GUESSES));
  await expect(row.getByTestId("limited")).not.toHaveText("never");
  await expect(panel.getByTestId(`phone-misses-${single.deviceId}`)).toBeVisible();
  await api.dispose();
});

test("[LIMIT] a phone back online with 300 scans from an offline half hour sends them all, in its batches of 50", async ({ world, playwright }) => {
  const { event } = world;
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  const device = makeDevice(event.eventId, event.partners[0]!.id, "Back online");
  const before = rowsFor(event.eventId).scans;
  // A scan every 6 s for half an hour, one in 20 a badge of another event.
  const queue = Array.from({ length: 300 }, (_, i) => item(i % 20 === 3 ? `OTHER-EVENT-${i}` : event.attendees[i % 3]!.badgeCode, 30 - i / 10));
  const answers: number[] = [];
  for (let b = 0; b < 300; b += 50) {
    const response = await api.post("/api/booth/sync", { headers: { cookie: `fairlead_device=${device.sessionToken}` }, data: { items: queue.slice(b, b + 50) } });
    expect(response.status()).toBe(200);
    answers.push(...((await response.json()) as { results: { status: number }[] }).results.map((r) => r.status));
  }
  expect(answers.filter((s) => s === 429)).toEqual([]);
  expect(answers.filter((s) => s === 200)).toHaveLength(285);
  expect(rowsFor(event.eventId).scans).toBe(before + 285);
  await api.dispose();
});
