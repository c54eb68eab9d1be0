// The all-partners ZIP's worker thread (stream-all-partners.ts starts one per export). It opens
// its own snapshot of the database file it is given (never the process-wide client), sends the
// event's partners, then on each request packs the next partner's files: rows read, CSV written
// from the cached cells (lead-cells.ts), CRC-32, sha256 and deflate (zip-stream.ts). The request
// thread only writes the packed entries out and records them, so it stays free for booth requests.
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { openReadSnapshot } from "@/db/read-snapshot";
import { LeadCells } from "./lead-cells";
import { partnerFileSource, type FileKind } from "./partner-files";
import { readZipContents, type ExportPartner } from "./read-partner-rows";
import { packEntry } from "./zip-stream";

export type ZipWorkerSetup = { file: string; eventId: number };
/** Pack the next partner's files (one request a partner: the requests are the flow control). */
export type ZipWorkerRequest = { type: "pack" };
/** One file of a partner, packed: what the ZIP entry needs and what its exports row records. */
export type PackedFile = { crc: number; size: number; sha256: string; rows: number; ledgerMark: number | null; packed: Uint8Array };
export type ZipWorkerReply =
  | { type: "contents"; slug: string | null; partners: ExportPartner[] }
  | { type: "packed"; files: PackedFile[] }
  | { type: "failed"; message: string };

export const ZIP_KINDS: readonly FileKind[] = ["leads", "suppression"];
// zlib level 1: CSV still shrinks about fivefold, at a fraction of level 6's time.
const COMPRESSION_LEVEL = 1;

/**
 * The ZIP is a background job and the booths come first: where cores are short, this thread
 * yields to the request thread. On Linux the nice value is per thread, and `setPriority` with no
 * pid sets the calling thread's (elsewhere it may set the process's, or fail: then nothing).
 */
function yieldToRequests() {
  try {
    os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // not allowed here: the worker runs at the usual priority
  }
}

function serve(port: NonNullable<typeof parentPort>, { file, eventId }: ZipWorkerSetup) {
  yieldToRequests();
  const reply = (message: ZipWorkerReply, moved: ArrayBuffer[] = []) => port.postMessage(message, moved);
  // The operating system's cache holds the file. The WAL that grew while the snapshot held it is
  // checkpointed here when it closes, not inside the next booth request's commit.
  const snapshot = openReadSnapshot(file, { cacheKiB: 8 * 1024, checkpointOnClose: true });
  const { slug, partners } = readZipContents(snapshot.db, eventId);
  reply({ type: "contents", slug, partners });
  if (partners.length === 0) snapshot.close();
  let cells: LeadCells | null = null; // formatted at the first request, not before the response starts
  let next = 0;
  port.on("message", (_request: ZipWorkerRequest) => {
    const partner = partners[next++];
    if (!partner) return;
    try {
      cells ??= new LeadCells(snapshot.db).preloadEvent(eventId);
      const files = ZIP_KINDS.map((kind): PackedFile => {
        const source = partnerFileSource(snapshot.db, partner.id, kind, cells!);
        const { crc, size, sha256, packed } = packEntry(source.csv(), COMPRESSION_LEVEL);
        return { crc, size, sha256, rows: source.tally.rows, ledgerMark: source.tally.ledgerMark, packed: movable(packed) };
      });
      // The last partner is read: let the WAL move on (and checkpoint it) before the last reply,
      // after which the export may end this thread at any moment.
      if (next >= partners.length) snapshot.close();
      reply({ type: "packed", files }, files.map((f) => f.packed.buffer as ArrayBuffer));
    } catch (error) {
      if (next >= partners.length) snapshot.close();
      reply({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** Bytes in a buffer of their own, which can be moved to the other thread: zlib's may be a slice of a shared pool (copied only then). */
function movable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

if (parentPort) serve(parentPort, workerData as ZipWorkerSetup);
