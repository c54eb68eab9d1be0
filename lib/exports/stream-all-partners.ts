// Every partner's leads and suppression list as one ZIP, streamed. One worker thread per export
// (zip-worker.ts) reads every file from one snapshot, taken when the export starts, and packs
// it; this thread writes the packed entries out in order and records them. No lock is held, and
// this thread never reads rows, so booth requests keep their latency while the biggest show
// exports (docs/decisions/014-export-on-one-worker.md).
// Records (docs/decisions/008-streaming-exports.md): one exports row per file inside the ZIP,
// written a hundred files at a time as the ZIP writer takes them (short transactions: the booths'
// writes never wait long on one), and with the last of them, once the ZIP's last byte has been
// sent, an "exports.zip" audit entry. If the download breaks off or the worker fails, the audit
// entry says complete: false, and only the files handed out before the break are recorded.
// The ZIP names the signed checkpoint written once the snapshot is taken: in its name, and as
// checkpoint.json, its last entry (export-checkpoint.ts).
import { pipeline } from "node:stream";
import { Worker } from "node:worker_threads";
import { databasePath } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { runsFromSource, sourceWorker } from "../threads/app-worker";
import { DigestStream, type Digest } from "./digest-stream";
import { CONTENT_TYPE, exportFormat, partnerFileName, stamp } from "./partner-files";
import { slug } from "./slug";
import type { ExportPartner } from "./read-partner-rows";
import { recordExports, type AuditNote, type FinishedFile, type Recorded } from "./record-export";
import type { StreamedFile } from "./stream-partner-file";
import { ZipWorkerFeed } from "./zip-worker-feed";
import { ZIP_KINDS, type ZipWorkerSetup } from "./zip-worker";
import { packEntry, zipPackedStream, type PackedEntry } from "./zip-stream";
import type { LedgerCheckpoint } from "@/db/schema";
import { checkpointForExport } from "../ledger/checkpoint-for-export";
import { CHECKPOINT_FILE, checkpointSuffix, publishedCheckpoint } from "./export-checkpoint";

export type ZipOptions = {
  now?: Date;
  /** Starts the export's worker: zip-worker.ts on a thread of its own, unless a test supplies another. */
  startWorker?: (setup: ZipWorkerSetup) => Worker;
  /** How long the ZIP waits for the worker's next partner before it fails as if the worker had died. */
  stallMs?: number;
};

// A partner's files take milliseconds, 50,000 leads well under a second; booting the worker from
// source (tsx) on a busy machine takes a few seconds.
const STALL_MS = 30_000;
const PACKED_AHEAD = 8; // partners packed but not yet written out: bounds memory if the client is slow
const RECORD_BATCH = 100; // files per transaction

/** Resolves once the export's snapshot is taken: a change committed after that is in none of its files. */
export async function streamAllPartnersZip(actor: Actor, eventId: number, options: ZipOptions = {}): Promise<StreamedFile> {
  requireOrganizerOf(actor, eventId);
  const { now = new Date(), startWorker = startZipWorker, stallMs = STALL_MS } = options;
  const feed = new ZipWorkerFeed(startWorker({ file: databasePath(), eventId }), stallMs);
  let partners: ExportPartner[];
  let eventSlug: string | null;
  try {
    ({ partners, slug: eventSlug } = await feed.contents());
  } catch (error) {
    feed.close();
    throw error;
  }
  let checkpoint: LedgerCheckpoint | null;
  try {
    checkpoint = checkpointForExport(eventId, now); // after the worker's snapshot: it covers every file
  } catch (error) {
    feed.close();
    throw error;
  }
  const checkpointId = checkpoint?.id ?? null;
  const pending: FinishedFile[] = [];
  const recorded: Recorded[] = [];
  const record = (audit?: (all: Recorded[]) => AuditNote) => {
    const files = pending.splice(0);
    recorded.push(...recordExports(actor, eventId, files, { now, checkpointId }, audit && ((made) => audit([...recorded, ...made]))));
  };
  const sent = (file: FinishedFile) => {
    pending.push(file);
    if (pending.length >= RECORD_BATCH) record();
  };
  const zip = zipPackedStream(packedEntries(feed, partners, now, sent, checkpoint));
  let finished = false;
  const finish = (digest: Digest | null) => {
    if (finished) return;
    finished = true;
    feed.close();
    record((files) => ({
      action: "exports.zip",
      subject: `${partners.length} partners`,
      details: {
        partners: partners.length,
        files: files.length,
        leads: files.reduce((sum, r) => sum + (r.format === "csv" ? r.rows : 0), 0),
        complete: digest !== null,
        ...digest,
        exportIds: files.length ? [files[0]!.exportId, files.at(-1)!.exportId] : [],
      },
    }));
  };
  const body = new DigestStream(finish);
  pipeline(zip, body, (error) => {
    if (!error) return;
    try {
      finish(null); // interrupted: record the files handed out before the break, and say so
    } catch (failure) {
      console.error("Could not record an interrupted ZIP export", failure);
    }
  });
  const filename = `${slug(eventSlug ?? "", "event")}-all-partners-${stamp(now)}${checkpointSuffix(checkpoint)}.zip`;
  return { filename, contentType: CONTENT_TYPE.zip, body, recorded: () => recorded, checkpointId };
}

/** The partners' packed files in order, each noted as sent once the ZIP writer has taken it; then checkpoint.json. */
async function* packedEntries(
  feed: ZipWorkerFeed,
  partners: readonly ExportPartner[],
  now: Date,
  sent: (file: FinishedFile) => void,
  checkpoint: LedgerCheckpoint | null,
): AsyncGenerator<PackedEntry> {
  for (let i = 0; i < Math.min(PACKED_AHEAD, partners.length); i++) feed.request();
  for (const [index, partner] of partners.entries()) {
    const files = await feed.packed();
    if (index + PACKED_AHEAD < partners.length) feed.request();
    for (const [i, kind] of ZIP_KINDS.entries()) {
      const { crc, size, sha256, rows, ledgerMark, packed } = files[i]!;
      yield { name: partnerFileName(partner, kind, "csv"), mtime: now, crc, size, packed };
      sent({ partnerId: partner.id, format: exportFormat(kind, "csv"), sha256, tally: { rows, ledgerMark } });
    }
  }
  if (checkpoint) {
    const json = Buffer.from(`${JSON.stringify(publishedCheckpoint(checkpoint), null, 2)}\n`);
    yield { name: CHECKPOINT_FILE, mtime: now, ...packEntry([json], 6) };
  }
}

/** zip-worker.ts on a thread of its own. In the Next.js server the literal `new Worker(new URL(…))`
 * makes the build bundle it; under tsx it runs from source (lib/threads/app-worker.ts). */
export function startZipWorker(setup: ZipWorkerSetup): Worker {
  // A small young generation: the worker's garbage is a partner's rows at a time, and with V8's
  // default its heap grew by tens of MB before it collected (8 MB measured as fast as 2 MB).
  const options = { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 8 } };
  return runsFromSource(import.meta.url)
    ? sourceWorker(import.meta.url, "zip-worker.ts", options)
    : new Worker(new URL("./zip-worker.ts", import.meta.url), options);
}
