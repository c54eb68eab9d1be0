import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { before, test } from "node:test";
import { Worker } from "node:worker_threads";
import { useTestDatabase } from "../test/db";
import { and, count, desc, eq } from "drizzle-orm";
import { once } from "node:events";
import { databasePath, getDb } from "@/db/client";
import { auditLog, currentConsent, exports } from "@/db/schema";
import { attendeeFromToken } from "../auth/attendee";
import { AppError } from "../errors";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { exportPartnerLeadsCsv } from "./test-downloads";
import { startZipWorker, streamAllPartnersZip } from "./stream-all-partners";
import { drain, readCsvFile, readZip } from "./test-readers";
import { streamPartnerFile } from "./stream-partner-file";
import type { ZipWorkerSetup } from "./zip-worker";

before(() => useTestDatabase());

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const fails = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;
const exportsOf = (eventId: number) => getDb().select().from(exports).where(eq(exports.eventId, eventId)).orderBy(exports.id).all();
/** The real worker, started through the export's seam and kept, so a test can watch it, end it or silence it. */
function watchedWorkers() {
  const started: Worker[] = [];
  const startWorker = (setup: ZipWorkerSetup) => {
    const worker = startZipWorker(setup);
    started.push(worker);
    return worker;
  };
  const ended = () => Promise.all(started.filter((worker) => worker.threadId >= 0).map((worker) => once(worker, "exit")));
  return { started, startWorker, ended };
}
const zipAudit = (eventId: number) =>
  getDb().select().from(auditLog).where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, "exports.zip"))).orderBy(desc(auditLog.id)).all();

/** Partner 1: two leads, one earlier-exported contact who withdrew. Partner 2: one lead. Partner 3: nothing. */
async function show() {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, partnerCount: 3, attendeeCount: 4 });
  const [p1, p2] = [event.partners[0]!, event.partners[1]!];
  const d1 = makeDevice(event.eventId, p1.id);
  for (const i of [0, 1, 2]) decideAtBooth(d1, event.attendees[i]!.badgeCode, "share");
  await exportPartnerLeadsCsv(organizer, event.eventId, p1.id); // hands over attendees 0-2
  const withdrawn = event.attendees[2]!;
  decideOnMyPage(attendeeFromToken(withdrawn.personalToken)!, p1.id, "decline", new Date(Date.now() + 1000));
  decideAtBooth(makeDevice(event.eventId, p2.id), event.attendees[3]!.badgeCode, "share");
  return { organizer, event, withdrawn };
}

test("[EXPORT] the ZIP holds a leads and a suppression file per partner, each recorded with the sha256 of its bytes", async () => {
  const { organizer, event, withdrawn } = await show();
  const before = exportsOf(event.eventId).length;
  const now = new Date("2026-03-14T17:45:00Z");
  const file = await streamAllPartnersZip(organizer, event.eventId, { now });
  // A decision after the export started is not in it: every file comes from the same snapshot.
  decideAtBooth(makeDevice(event.eventId, event.partners[2]!.id), event.attendees[0]!.badgeCode, "share");
  const zip = await drain(file.body);
  assert.equal(file.filename, `${event.slug}-all-partners-20260314-1745-checkpoint-${file.checkpointId}.zip`);
  assert.equal(file.contentType, "application/zip");

  const entries = readZip(zip);
  const expected = event.partners.flatMap((p) => {
    const base = `${p.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${p.id}`;
    return [`${base}-leads.csv`, `${base}-suppression.csv`];
  });
  assert.deepEqual([...entries.keys()], [...expected, "checkpoint.json"], "the partners' files, then the checkpoint they fall under");
  const emails = (name: string) => readCsvFile(entries.get(name)!).records.map((r) => r[readCsvFile(entries.get(name)!).header.indexOf("email")]);
  assert.deepEqual(emails(expected[0]!).sort(), [event.attendees[0]!.email, event.attendees[1]!.email].sort());
  assert.deepEqual(emails(expected[1]!), [withdrawn.email]);
  assert.deepEqual(emails(expected[2]!), [event.attendees[3]!.email]);
  assert.deepEqual(emails(expected[3]!), []);
  assert.deepEqual(emails(expected[4]!), [], "the decision made after the export started is not in it");
  assert.deepEqual(emails(expected[5]!), []);

  const records = exportsOf(event.eventId).slice(before);
  assert.equal(records.length, 6, "one exports row per file inside the ZIP");
  records.forEach((record, i) => {
    const content = entries.get(expected[i]!)!;
    assert.equal(record.sha256, sha256(content), `${expected[i]} sha256`);
    assert.equal(record.rows, readCsvFile(content).records.length);
    assert.equal(record.partnerId, event.partners[Math.floor(i / 2)]!.id);
    assert.equal(record.format, i % 2 === 0 ? "csv" : "suppression_csv");
    assert.deepEqual([record.userId, record.actorLabel, record.createdAt.getTime()], [organizer.userId, `organizer:${organizer.email}`, now.getTime()]);
  });
  assert.deepEqual(file.recorded().map((r) => r.exportId), records.map((r) => r.id));

  const [audit] = zipAudit(event.eventId);
  assert.ok(audit, "an exports.zip audit entry");
  assert.equal(audit.userId, organizer.userId);
  assert.deepEqual(audit.details, {
    partners: 3, files: 6, leads: 3, complete: true, sha256: sha256(zip), bytes: zip.length, exportIds: [records[0]!.id, records[5]!.id],
  });

  // The ZIP's leads file is byte for byte the single download of the same partner.
  const single = await exportPartnerLeadsCsv(organizer, event.eventId, event.partners[1]!.id);
  assert.equal(single.sha256, records[2]!.sha256);
});

test("[EXPORT] a ZIP download that breaks off is recorded as incomplete, with only the files finished before the break", async () => {
  const { organizer, event } = await show();
  const before = exportsOf(event.eventId).length;
  const file = await streamAllPartnersZip(organizer, event.eventId);
  file.body.destroy(); // the client went away before reading anything
  await sleep(50);
  const recorded = exportsOf(event.eventId).slice(before);
  const [audit] = zipAudit(event.eventId);
  assert.equal(audit?.details?.complete, false);
  assert.equal(audit?.details?.files, recorded.length);
  assert.ok(recorded.length < 6, `only files finished before the break (${recorded.length})`);
  assert.equal(audit?.details?.sha256, undefined, "no hash of a ZIP that was never whole");
  const [checkpoint] = getDb().$client.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
  assert.equal(checkpoint!.busy, 0, "the export's snapshot was let go");
});

test("[EXPORT] a booth device cannot export all partners, nor can another event's organizer", async () => {
  const { event } = await show();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const stranger = await makeOrganizer();
  const before = getDb().select({ n: count() }).from(exports).get()!.n;
  await assert.rejects(streamAllPartnersZip(device, event.eventId), fails("forbidden"));
  await assert.rejects(streamAllPartnersZip(stranger, event.eventId), fails("not_found"));
  assert.equal(getDb().select({ n: count() }).from(exports).get()!.n, before);
  assert.deepEqual(zipAudit(event.eventId), []);
});

test("[EXPORT] every file of the ZIP is byte for byte the partner's single download, and the ZIP's one worker ends with it", async () => {
  const { organizer, event } = await show();
  const workers = watchedWorkers();
  const zip = await streamAllPartnersZip(organizer, event.eventId, { startWorker: workers.startWorker });
  const entries = readZip(await drain(zip.body));
  assert.equal(workers.started.length, 1, "one worker read and packed every file");
  await workers.ended();
  for (const partner of event.partners) {
    for (const file of ["leads", "suppression"] as const) {
      const single = streamPartnerFile(organizer, event.eventId, partner.id, { file, format: "csv" });
      const [name, content] = [...entries].find(([name]) => name.endsWith(`-${partner.id}-${file}.csv`))!;
      assert.ok((await drain(single.body)).equals(content), `${name}: same bytes`);
    }
  }
});

// A writer on another thread grants and withdraws attendee after attendee for partners 1 and 3
// together, one transaction each, while the export starts and runs. Partners 1 and 3 have different
// files. If the export did not read every file from one snapshot, one partner's file would hold
// a grant the other's lacks.
const WRITER = `
const { workerData: { file, rows, stop, progress } } = require("node:worker_threads");
const Database = require(require.resolve("better-sqlite3", { paths: [process.cwd()] }));
const db = new Database(file);
db.pragma("busy_timeout = 5000");
db.pragma("synchronous = OFF"); // fast commits: what matters here is how often they land
db.pragma("foreign_keys = OFF");
const upsert = db.prepare(\`insert into current_consent (partner_id, attendee_id, event_id, consent_id, action, recorded_at, notice_id, language, device_id)
  values (?, ?, ?, ?, ?, ?, ?, ?, null) on conflict (partner_id, attendee_id) do update set action = excluded.action, recorded_at = excluded.recorded_at\`);
const both = db.transaction((r, action) => { for (const partner of r.partners) upsert.run(partner, r.attendee, r.event, r.consent, action, Date.now(), r.notice, r.language); });
for (let i = 0; Atomics.load(stop, 0) === 0; i++) {
  both(rows[i % rows.length], Math.floor(i / rows.length) % 2 ? "withdraw" : "grant");
  Atomics.store(progress, 0, i + 1);
  Atomics.wait(stop, 0, 0, 0.02); // a moment between commits, as real writers leave
}
require("node:worker_threads").parentPort.postMessage(Atomics.load(progress, 0));
`;

test("[EXPORT] every file of the ZIP shows the database at the same instant, while another thread keeps committing", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, partnerCount: 4, attendeeCount: 60 });
  const [p1, , p3] = event.partners;
  decideAtBooth(makeDevice(event.eventId, p1!.id), event.attendees[0]!.badgeCode, "share");
  decideAtBooth(makeDevice(event.eventId, p3!.id), event.attendees[0]!.badgeCode, "share");
  const grant = getDb()
    .select({ consentId: currentConsent.consentId, noticeId: currentConsent.noticeId, language: currentConsent.language })
    .from(currentConsent)
    .where(and(eq(currentConsent.partnerId, p1!.id), eq(currentConsent.attendeeId, event.attendees[0]!.id)))
    .get()!;
  const rows = event.attendees.slice(1).map((a) => ({
    partners: [p1!.id, p3!.id], attendee: a.id, event: event.eventId, consent: grant.consentId, notice: grant.noticeId, language: grant.language,
  }));
  const [stop, progress] = [new Int32Array(new SharedArrayBuffer(4)), new Int32Array(new SharedArrayBuffer(4))];
  const writer = new Worker(WRITER, { eval: true, workerData: { file: databasePath(), rows, stop, progress } });
  const written = new Promise<number>((resolve, reject) => writer.once("message", resolve).once("error", reject));
  try {
    // Twice: with a reader per partner, snapshots taken without the lock differed in about three runs of four.
    for (let run = 0; run < 2; run++) {
      const before = Atomics.load(progress, 0);
      while (Atomics.load(progress, 0) < before + 30) await sleep(5);
      const file = await streamAllPartnersZip(organizer, event.eventId);
      const zip = await drain(file.body);
      const leads = (p: { id: number }) => {
        const [, content] = [...readZip(zip)].find(([name]) => name.endsWith(`-${p.id}-leads.csv`))!;
        const { header, records } = readCsvFile(content);
        return records.map((r) => r[header.indexOf("email")]).sort();
      };
      assert.deepEqual(leads(p1!), leads(p3!), "both partners' files show the same grants");
    }
  } finally {
    Atomics.store(stop, 0, 1);
    Atomics.notify(stop, 0);
  }
  assert.ok((await written) > 60, "the writer kept committing while the exports started");
});

test("[EXPORT] a worker that dies mid-way fails the ZIP: only the files already sent are recorded, the audit says incomplete", async () => {
  const organizer = await makeOrganizer();
  // More partners than the worker packs ahead (8), so the ZIP cannot be finished before the crash.
  const event = makeEvent({ organizer, partnerCount: 80, attendeeCount: 3 });
  for (const p of event.partners.slice(0, 3)) decideAtBooth(makeDevice(event.eventId, p.id), event.attendees[0]!.badgeCode, "share");
  const workers = watchedWorkers();
  const file = await streamAllPartnersZip(organizer, event.eventId, { startWorker: workers.startWorker });
  const failed = new Promise<Error>((resolve) => file.body.once("error", resolve));
  const chunks: Buffer[] = [];
  file.body.on("data", (chunk: Buffer) => {
    chunks.push(chunk);
    if (chunks.length === 1) {
      file.body.pause();
      void workers.started[0]!.terminate().then(() => file.body.resume()); // as a crash would end it
    }
  });
  assert.match((await failed).message, /export worker stopped/);
  const recorded = exportsOf(event.eventId);
  const [audit] = zipAudit(event.eventId);
  assert.equal(audit?.details?.complete, false);
  assert.equal(audit?.details?.files, recorded.length);
  assert.ok(recorded.length > 0 && recorded.length < 160, `the files sent before the crash, not all 160 (${recorded.length})`);
  const [checkpoint] = getDb().$client.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
  assert.equal(checkpoint!.busy, 0, "the worker's snapshot went with it");
});

test("[EXPORT] a worker that stops answering fails the ZIP like one that dies, and is ended", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, partnerCount: 80, attendeeCount: 3 });
  // The real worker, but once the first bytes are out it hears no more requests: silent, as a
  // thread stuck in a system call would be.
  let silent = false;
  const workers = watchedWorkers();
  const startWorker = (setup: ZipWorkerSetup) => {
    const worker = workers.startWorker(setup);
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message: unknown) => void (silent || post(message));
    return worker;
  };
  const file = await streamAllPartnersZip(organizer, event.eventId, { startWorker, stallMs: 300 });
  const failed = new Promise<Error>((resolve) => file.body.once("error", resolve));
  file.body.once("data", () => (silent = true));
  file.body.resume();
  assert.match((await failed).message, /export worker did not answer for 0.3 s/);
  const recorded = exportsOf(event.eventId);
  const [audit] = zipAudit(event.eventId);
  assert.equal(audit?.details?.complete, false);
  assert.equal(audit?.details?.files, recorded.length);
  assert.ok(recorded.length > 0 && recorded.length < 160, `the files sent before the worker went silent, not all 160 (${recorded.length})`);
  await workers.ended(); // the silent worker was ended (else this waits for ever)
  const [checkpoint] = getDb().$client.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
  assert.equal(checkpoint!.busy, 0, "its snapshot went with it");
});
