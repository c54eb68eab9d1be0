// The README's recipe for booth phones on a venue network: `npm run https` in front of
// Fairlead. A phone reaching the server by a network name (not localhost) gets the camera only
// over HTTPS; over plain HTTP it is told why and can still type codes.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { OPERATOR } from "@/lib/auth/actor";
import { createPairingLink } from "@/lib/devices/pairing";
import { writeBadgeVideo } from "./support/badge-video";
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_PORT, TMP_DIR } from "./support/env";
import { expect, test } from "./support/world";

const HTTPS_PORT = E2E_PORT + 443;
const HOST = "booth.fairlead.test"; // resolved to this machine by the phone's browser only

let proxy: ChildProcess;
let phoneBrowser: Browser | undefined;

test.beforeAll(async () => {
  proxy = spawn(process.execPath, ["--import", "tsx", "scripts/https.ts"], {
    env: { ...process.env, PORT: String(E2E_PORT), HTTPS_PORT: String(HTTPS_PORT), FAIRLEAD_TLS_DIR: path.join(TMP_DIR, "tls") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    proxy.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("HTTPS for booth phones") && resolve());
    proxy.on("exit", (code) => reject(new Error(`npm run https exited with ${code}`)));
  });
});

test.afterAll(async () => {
  await phoneBrowser?.close();
  proxy?.kill();
});

test("[HTTPS] a phone on the venue network pairs and scans over npm run https; plain HTTP explains why there is no camera", async ({ world }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const video = writeBadgeVideo(path.join(TMP_DIR, `badge-${randomUUID()}.y4m`), [attendee.badgeCode]);
  phoneBrowser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  // ignoreHTTPSErrors: the staff member accepted the self-signed certificate's warning once.
  const context = await phoneBrowser.newContext({ ignoreHTTPSErrors: true, permissions: ["camera"], viewport: { width: 390, height: 800 } });
  const phone = await context.newPage();

  const link = createPairingLink(OPERATOR, event.eventId, partner.id);
  await phone.goto(`https://${HOST}:${HTTPS_PORT}${link.path}`);
  await phone.getByRole("button", { name: "Pair this phone" }).click();
  await expect(phone.getByRole("heading", { name: `Hi ${attendee.firstName}!` })).toBeVisible({ timeout: 20_000 });
  // Over HTTPS the session is a __Host- cookie (Secure, Path=/, no Domain): docs/decisions/031-sessions-and-input-edges.md.
  const session = (await context.cookies()).find((c) => c.name === "__Host-fairlead_device")!;
  expect(session.secure).toBe(true);
  expect((await context.cookies()).find((c) => c.name === "fairlead_device")).toBeUndefined();

  // The same phone over plain HTTP by the network name: no secure context, so no camera.
  // (Plain HTTP reads the unprefixed name: a __Host- cookie is never sent there.)
  const plain = await context.newPage();
  await context.addCookies([{ ...session, name: "fairlead_device", secure: false, domain: HOST, path: "/" }]);
  await plain.goto(`http://${HOST}:${E2E_PORT}/scan`);
  await expect(plain.getByTestId("camera-unavailable")).toContainText("secure connection (HTTPS)");
  await expect(plain.getByLabel("Or type the badge code")).toBeVisible();
});
