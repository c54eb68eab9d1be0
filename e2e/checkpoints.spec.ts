// An auditor's check end to end: a decision, an export (which signs a checkpoint), the public
// checkpoints fetched with no login, and the receipt verified offline against them.
import { execFileSync } from "node:child_process";
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
