// An auditor's check end to end: a decision, an export (which signs a checkpoint), the public
// checkpoints fetched with no login, and the receipt verified offline against them.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice } from "@/lib/test/fixtures";
import { TMP_DIR } from "./support/env";
import { BASE_URL } from "./support/world";
import { expect, test } from "./support/world";

test("[LEDGER] an export signs a checkpoint; the public checkpoints URL answers with no login; the receipt verifies against it", async ({ world, organizerPage, request }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const consentId = decideAtBooth(makeDevice(event.eventId, partner.id), event.attendees[0]!.badgeCode, "share").result.consentId;

  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  const file = organizer.waitForEvent("download");
  await organizer.getByRole("button", { name: "Export leads (CSV)" }).click();
  await file;

  const url = `${BASE_URL}/api/events/${event.slug}/checkpoints`;
  const published = await request.get(url); // a context with no session
  expect(published.ok()).toBe(true);
  const body = (await published.json()) as { event: { slug: string }; key: { kty: string; crv: string; kid: string }; checkpoints: { rows: number }[] };
  expect(body.event.slug).toBe(event.slug);
  expect(body.key).toMatchObject({ kty: "OKP", crv: "Ed25519" });
  expect(body.checkpoints.at(-1)?.rows).toBe(1);
  expect(JSON.stringify(body)).not.toContain(event.attendees[0]!.email);

  const receipt = await organizer.request.get(`/events/${event.eventId}/receipts/${consentId}/json`);
  expect(receipt.ok()).toBe(true);
  const receiptFile = path.join(TMP_DIR, `receipt-${consentId}.json`);
  fs.mkdirSync(TMP_DIR, { recursive: true });
  fs.writeFileSync(receiptFile, await receipt.text());
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/fairlead.ts", "verify-receipt", "--file", receiptFile, "--checkpoints", url], { encoding: "utf8" });
  expect(out).toContain(`ok: the receipt is signed (JWS, EdDSA) by key ${body.key.kid}`);
  expect(out).toContain("the receipt verifies");
});

/** The shell lines of README.md's "An auditor's check", as a reader would paste them. */
function readmeAuditorCheck(): string {
  const readme = fs.readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("### An auditor's check"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README.md has no auditor's check");
  return block;
}

test("[LEDGER] README's auditor's check, run as written: the attendee's receipt and the published checkpoints over HTTP, verified offline", async ({ world, organizerPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[1]!;
  const consentId = decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share").result.consentId;
  // An export signs a checkpoint over the decision (the server also signs one within 5 minutes).
  const organizer = await organizerPage();
  const exported = await organizer.request.post(`/events/${event.eventId}/partners/${partner.id}/export`, { headers: { origin: BASE_URL } });
  expect(exported.headers()["x-fairlead-checkpoint"]).toMatch(/^\d+$/);

  const env = {
    ...process.env,
    RECEIPT_URL: `${BASE_URL}/me/${attendee.personalToken}/receipts/${consentId}/json`,
    CHECKPOINTS_URL: `${BASE_URL}/api/events/${event.slug}/checkpoints`,
  };
  // README's lines, in the Fairlead folder as it says (they write receipt.json and checkpoints.json there).
  const written = ["receipt.json", "checkpoints.json"];
  expect(written.some((f) => fs.existsSync(f)), "the folder holds no earlier copies").toBe(false);
  try {
    const lines = spawnSync("sh", ["-e", "-c", readmeAuditorCheck()], { env, encoding: "utf8", timeout: 60_000 });
    expect(lines.status, lines.stdout + lines.stderr).toBe(0);
    expect(lines.stdout).toContain("receipt.json: the receipt verifies.");
    expect(lines.stdout).toMatch(/checkpoint \d+ is one the event publishes/);
  } finally {
    for (const f of written) fs.rmSync(f, { force: true });
  }

  // The script, with a folder of its own; and a receipt URL that answers 404 fails it.
  const folder = path.join(TMP_DIR, `auditor-${consentId}`);
  fs.mkdirSync(folder, { recursive: true });
  const script = spawnSync("scripts/auditor-check.sh", [env.RECEIPT_URL, env.CHECKPOINTS_URL, folder], { encoding: "utf8", timeout: 60_000 });
  expect(script.status, script.stdout + script.stderr).toBe(0);
  expect(script.stdout).toContain("the receipt verifies");
  expect(JSON.parse(fs.readFileSync(path.join(folder, "checkpoints.json"), "utf8"))).toMatchObject({ event: { slug: event.slug } });
  const missing = spawnSync("scripts/auditor-check.sh", [`${BASE_URL}/me/${attendee.personalToken}/receipts/999999999/json`, env.CHECKPOINTS_URL, folder], { encoding: "utf8" });
  expect(missing.status).not.toBe(0);
  expect(missing.stderr).toMatch(/404/);
});
