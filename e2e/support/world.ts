// Playwright fixtures: each test gets its own event (made through lib/ against the server's
// SQLite file), signed-in organizer pages, and booth phones whose fake camera shows badges.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { chromium, expect, test as base, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_DB, E2E_PORT, TMP_DIR } from "./env";
import { writeBadgeVideo, type BadgeVideoOptions } from "./badge-video";
import { startCspRecord, stopCspRecord, watchCsp } from "./csp";

// The test process opens the same database file as the server (WAL allows both).
process.env.FAIRLEAD_DB = path.resolve(E2E_DB);

import { createSession } from "@/lib/auth/sessions";
import { makeDevice, makeEvent, makeOrganizer, type TestEvent } from "@/lib/test/fixtures";
import type { OrganizerActor } from "@/lib/auth/actor";

export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
const PHONE = { width: 360, height: 740 };

type World = { event: TestEvent; organizer: OrganizerActor };

type Fixtures = {
  world: World;
  /** A page signed in as the world's organizer (or as another organizer given here). */
  organizerPage: (who?: OrganizerActor) => Promise<Page>;
  /** A paired booth phone of the partner (of the world's event unless told); with codes, its camera shows those badges (drawn as `video` says). */
  boothPage: (partnerId: number, codes?: string[], eventId?: number, options?: PhoneOptions) => Promise<Page>;
  /** A phone that was never paired (camera allowed, showing Chromium's test pattern). */
  unpairedPage: () => Promise<Page>;
};

export const test = base.extend<Fixtures & { browsers: Browser[]; cspViolations: string[] }>({
  // Every context opened during a test (fixtures' or the test's own browser.newContext) reports
  // CSP violations; any at all fails the test (e2e/support/csp.ts).
  cspViolations: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const context = await newContext(options);
        await watchCsp(context);
        return context;
      };
      const seen = startCspRecord();
      try {
        await use(seen);
      } finally {
        browser.newContext = newContext;
        stopCspRecord();
      }
      expect(seen, "Content-Security-Policy violations reported by the pages").toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations: _ }, use) => {
    await watchCsp(context);
    await use(context);
  },
  browsers: async ({}, use) => {
    const launched: Browser[] = [];
    await use(launched);
    await Promise.all(launched.map((b) => b.close()));
  },
  world: async ({}, use) => {
    const organizer = await makeOrganizer();
    await use({ event: makeEvent({ organizer, partnerCount: 2, attendeeCount: 3 }), organizer });
  },
  organizerPage: async ({ browser, world }, use) => {
    await use(async (who = world.organizer) => {
      const context = await browser.newContext({ baseURL: BASE_URL });
      const { token, expiresAt } = createSession({ kind: "organizer", userId: who.userId });
      await context.addCookies([cookie("fairlead_organizer", token, expiresAt)]);
      return context.newPage();
    });
  },
  boothPage: async ({ world, browsers }, use) => {
    await use(async (partnerId, codes, eventId = world.event.eventId, options) => {
      const device = makeDevice(eventId, partnerId);
      const page = await phone(browsers, codes, options);
      await page.context().addCookies([cookie("fairlead_device", device.sessionToken, new Date(Date.now() + 86_400_000))]);
      return page;
    });
  },
  // Chromium's own test pattern as the camera: once a phone pairs, /scan starts the camera, and a
  // badge in view would open a consent screen over what the test checks.
  unpairedPage: async ({ browsers }, use) => {
    await use(() => phone(browsers));
  },
});

type PhoneOptions = {
  /** How the camera's badges are drawn. */
  video?: BadgeVideoOptions;
  /**
   * "block" for a test that intercepts the page's requests with `route`: Playwright does not
   * reliably see requests that pass through a service worker, and ours takes control of /scan
   * at a moment that depends on the machine's load (Playwright's docs on `route` say to block).
   */
  serviceWorkers?: "block";
};

/** One browser per phone: Chromium plays one fake-camera video per launch. */
async function phone(browsers: Browser[], codes?: string[], options: PhoneOptions = {}): Promise<Page> {
  const args = [...CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"];
  if (codes?.length) {
    const file = writeBadgeVideo(path.join(TMP_DIR, `badge-${randomUUID()}.y4m`), codes, options.video);
    args.push(`--use-file-for-fake-video-capture=${file}`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args });
  browsers.push(browser);
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: PHONE,
    permissions: ["camera"],
    hasTouch: true,
    serviceWorkers: options.serviceWorkers ?? "allow",
  });
  await watchCsp(context);
  return context.newPage();
}

function cookie(name: string, value: string, expires: Date) {
  return { name, value, url: BASE_URL, httpOnly: true, sameSite: "Lax" as const, expires: Math.floor(expires.getTime() / 1000) };
}

export { expect } from "@playwright/test";
