// The ledger against someone who holds its SQLite file (issue 11 §4, acceptance): decisions made
// through the running app and an export (which signs a checkpoint), then the file edited from a
// connection of the attacker's own with raw SQL, then `npm run fairlead -- verify-ledger` as the
// operator runs it: it exits non-zero and names what was done.
import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import type { APIRequestContext } from "@playwright/test";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, currentConsent, ledgerCheckpoints } from "@/db/schema";
import { entryHash } from "@/lib/consent/ledger";
import { offlinePack } from "@/lib/sync/offline-pack";
import { makeDevice, type TestEvent } from "@/lib/test/fixtures";
import { E2E_DB } from "./support/env";
import { BASE_URL, expect, test } from "./support/world";

type World = { event: TestEvent };

type Playwright = { request: { newContext: (o: object) => Promise<APIRequestContext> } };

/** Two shares synced by a booth phone, then the organizer's export of the partner's leads. */
async function decisionsAndExport(world: World, playwright: Playwright, organizerApi: APIRequestContext) {
  const { event } = world;
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const api = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { cookie: `fairlead_device=${device.sessionToken}`, origin: BASE_URL } });
  const notice = offlinePack(device)!.notices[0]!;
  for (const attendee of event.attendees.slice(0, 2)) {
    const at = new Date().toISOString();
    const decision = { choice: "share", drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at };
    const answer = await api.post("/api/booth/sync", { data: { scanId: crypto.randomUUID(), code: attendee.badgeCode, scannedAt: at, decision } });
    expect(answer.status()).toBe(200);
  }
  const exported = await organizerApi.post(`/events/${event.eventId}/partners/${partner.id}/export`, { headers: { origin: BASE_URL } });
  expect(exported.status()).toBe(200);
  const checkpointId = Number(exported.headers()["x-fairlead-checkpoint"]);
  expect(checkpointId, "the export names the checkpoint it signed").toBeGreaterThan(0);
  return { rows: ledgerOf(event.eventId), checkpointId };
}

const ledgerOf = (eventId: number) => getDb().select().from(consentEvents).where(eq(consentEvents.eventId, eventId)).orderBy(asc(consentEvents.id)).all();

/** The attacker's own connection to the file, the ledger's append-only triggers dropped (and put back after, for the other specs). */
function tamper(change: (file: Database.Database) => void) {
  const file = new Database(path.resolve(E2E_DB));
  try {
    file.pragma("busy_timeout = 5000");
    file.exec("drop trigger consent_events_append_only_update; drop trigger consent_events_append_only_delete");
    file.pragma("foreign_keys = OFF");
    try {
      file.transaction(() => change(file))();
    } finally {
      file.exec(
        "create trigger consent_events_append_only_update before update on consent_events begin select raise(abort, 'consent_events is append-only'); end;" +
          "create trigger consent_events_append_only_delete before delete on consent_events begin select raise(abort, 'consent_events is append-only'); end;",
      );
    }
  } finally {
    file.close();
  }
}

/** Every hash of the event's chain recomputed, as a careful forger does (reads what is committed). */
function rechain(file: Database.Database, eventId: number) {
  let prev: string | null = null;
  for (const row of ledgerOf(eventId)) {
    const { id, prevHash: _p, hash: _h, ...rest } = row;
    const hash = entryHash(prev, rest);
    file.prepare("update consent_events set prev_hash = ?, hash = ? where id = ?").run(prev, hash, id);
    prev = hash;
  }
}

function verifyLedger(slug: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/fairlead.ts", "verify-ledger", "--event", slug], {
    env: { ...process.env, FAIRLEAD_DB: path.resolve(E2E_DB) },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

test("[LEDGER] verify-ledger catches a deleted tail with the standing decisions fixed to match", async ({ world, organizerPage, playwright }) => {
  const { rows, checkpointId } = await decisionsAndExport(world, playwright, (await organizerPage()).request);
  const clean = verifyLedger(world.event.slug);
  expect(clean.status, clean.out).toBe(0);
  // The first decision may have been signed at once by the server's own schedule, the second by the export.
  expect(clean.out).toMatch(new RegExp(`${world.event.slug}: ok \\(2 rows; standing decisions match; [12] signed checkpoints\\)`));

  const last = rows.at(-1)!;
  tamper((file) => {
    file.prepare("delete from current_consent where consent_id = ?").run(last.id);
    file.prepare("delete from consent_events where id = ?").run(last.id);
  });
  const caught = verifyLedger(world.event.slug);
  expect(caught.status, caught.out).toBe(1);
  expect(caught.out).toMatch(new RegExp(`FAILED at consent row ${rows[0]!.id}: checkpoint ${checkpointId} signed 2 rows at .*, but the ledger holds 1: rows were deleted`));
});

test("[LEDGER] verify-ledger catches an edited row with the whole chain recomputed", async ({ world, organizerPage, playwright }) => {
  const { rows, checkpointId } = await decisionsAndExport(world, playwright, (await organizerPage()).request);
  tamper((file) => {
    file.prepare("update consent_events set action = 'decline' where id = ?").run(rows[0]!.id);
    file.prepare("update current_consent set action = 'decline' where consent_id = ?").run(rows[0]!.id);
  });
  tamper((file) => rechain(file, world.event.eventId)); // reads the edit, committed above
  const caught = verifyLedger(world.event.slug);
  expect(caught.status, caught.out).toBe(1);
  // Caught at the first checkpoint after the edit: the export's, or one the server signed after the first decision.
  expect(caught.out).toMatch(new RegExp(`FAILED at consent row (${rows[0]!.id}|${rows[1]!.id}): the ledger's first [12] rows are not the ones checkpoint \\d+ signed`));
  expect(checkpointId).toBeGreaterThan(0);
});

test("[LEDGER] verify-ledger catches a forged grant appended with its chain right, dated during the show", async ({ world, organizerPage, playwright }) => {
  const { rows, checkpointId } = await decisionsAndExport(world, playwright, (await organizerPage()).request);
  const signedAt = getDb().select().from(ledgerCheckpoints).where(eq(ledgerCheckpoints.id, checkpointId)).get()!.createdAt;
  const head = rows.at(-1)!;
  const shown = new Date(signedAt.getTime() - 60_000);
  const { id: _id, prevHash: _p, hash: _h, ...template } = rows[0]!;
  const forged = { ...template, attendeeId: world.event.attendees[2]!.id, scanId: null, clientId: "forged", deviceTime: shown, recordedAt: shown };
  const hash = entryHash(head.hash, forged);
  // An insert is not stopped by the append-only triggers: no need to drop them. Written with the
  // schema's own columns, so whatever the ledger hashes is in it.
  const forgedId = getDb().insert(consentEvents).values({ ...forged, prevHash: head.hash, hash }).returning({ id: consentEvents.id }).get().id;
  getDb()
    .insert(currentConsent)
    .values({ partnerId: forged.partnerId, attendeeId: forged.attendeeId, eventId: forged.eventId, consentId: forgedId, action: "grant", recordedAt: shown, noticeId: forged.noticeId, language: forged.language, deviceId: forged.deviceId })
    .run();
  const caught = verifyLedger(world.event.slug);
  expect(caught.status, caught.out).toBe(1);
  expect(caught.out).toMatch(new RegExp(`FAILED at consent row ${forgedId}: row ${forgedId} says it was received at .*, before checkpoint ${checkpointId} .* it was added afterwards`));
});

test("[LEDGER] verify-ledger catches an edited notice text, and a decision dated after its receipt", async ({ world, organizerPage, playwright }) => {
  const { rows } = await decisionsAndExport(world, playwright, (await organizerPage()).request);
  const [first, second] = [rows[0]!, rows[1]!];
  // What the attendee read now says another purpose.
  tamper((file) => file.prepare("update consent_texts set text = text || ' And to sell it on.' where sha256 = ?").run(first.textSha256));
  const text = verifyLedger(world.event.slug);
  expect(text.status, text.out).toBe(1);
  expect(text.out).toContain(`FAILED at consent row ${first.id}: the notice text ${first.textSha256.slice(0, 12)}… (shown first in consent row ${first.id}) no longer matches its sha256: it was edited`);

  // The text put back, a decision re-dated a minute after it was received, and the chain recomputed.
  tamper((file) => file.prepare("update consent_texts set text = substr(text, 1, length(text) - length(' And to sell it on.')) where sha256 = ?").run(first.textSha256));
  tamper((file) => file.prepare("update consent_events set device_time = ? where id = ?").run(second.recordedAt.getTime() + 60_000, second.id));
  tamper((file) => rechain(file, world.event.eventId));
  const dated = verifyLedger(world.event.slug);
  expect(dated.status, dated.out).toBe(1);
  expect(dated.out).toMatch(new RegExp(`FAILED at consent row ${second.id}: row ${second.id} is dated .*, after the server received it at .*: Fairlead never writes such a row`));
});
