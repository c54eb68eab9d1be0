// A reader of the all-partners ZIP (zip-parts.ts starts them): from a snapshot of its own, opened
// at the same instant as the others', it writes the files of the partners it is handed, packs
// each (CRC-32, sha256, deflate: zip-stream.ts) and sends the packed bytes back. It runs the
// same code as the single-threaded ZIP, so the files are the same byte for byte.
//
// The event's contact cells are formatted once for all readers: each formats its slice of the
// attendees in shared memory and the others adopt it (lead-cells.ts); partners handed out before
// every slice has come wait for them.
import { parentPort, workerData } from "node:worker_threads";
import { LeadCells, type ContactSlice } from "./lead-cells";
import { packPartnerFiles } from "./pack-partner";
import { ReadSnapshot } from "./read-snapshot";
import type { PackedPartner, PartsJob, PartsMessage, PartsReply, PartsSetup } from "./zip-parts";

const { file, eventId, level, kinds, cacheKiB, taken, part, parts } = workerData as PartsSetup;
const port = parentPort!;
let snapshot: ReadSnapshot | null = null;
let cells: LeadCells | null = null;
let slicesDue = 0; // other readers' slices not yet adopted
const queued: PartsJob[][] = [];

const reply = (message: PartsReply) => {
  const moved = message.type === "packed" ? message.results.flatMap((r) => r.files.map((f) => f.packed.buffer as ArrayBuffer)) : [];
  port.postMessage(message, moved);
};
const failed = (error: unknown): PartsReply => ({ type: "failed", message: error instanceof Error ? error.message : String(error) });

function openSnapshot() {
  try {
    snapshot = new ReadSnapshot(file, { cacheKiB });
  } catch (error) {
    console.error("An export reader could not open its snapshot", error);
    Atomics.add(taken, 1, 1);
  } finally {
    Atomics.add(taken, 0, 1);
    Atomics.notify(taken, 0);
  }
}

/** This reader's slice of the event's contact cells, sent on for the others (or the whole event, where it cannot be sliced). */
function formatCells() {
  cells = new LeadCells(snapshot!);
  const ranges = cells.sliceRanges(eventId, parts);
  if (!ranges) return void cells.preloadEvent(eventId); // every reader formats them all
  const range = ranges[part];
  let slice: ContactSlice | null = null;
  if (range) cells.adopt((slice = cells.formatSlice(eventId, range)));
  slicesDue += ranges.length - (range ? 1 : 0);
  reply({ type: "cells", slice });
}

function pack(jobs: PartsJob[]): PartsReply {
  const results: PackedPartner[] = jobs.map(({ index, partnerId }) => ({
    index,
    files: packPartnerFiles(snapshot!, partnerId, kinds, cells!, level).map((file) => ({ ...file, packed: movable(file.packed) })),
  }));
  return { type: "packed", results };
}

/** Bytes in a buffer of their own, which can be moved to the other thread: zlib's may be a slice of memory shared with other buffers (copied only then). */
function movable(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

function packQueued() {
  while (slicesDue === 0 && queued.length > 0) {
    const jobs = queued.shift()!;
    let message: PartsReply;
    try {
      message = pack(jobs);
    } catch (error) {
      message = failed(error);
    }
    reply(message);
  }
}

port.on("message", (message: PartsMessage) => {
  try {
    switch (message.type) {
      case "snapshot":
        openSnapshot();
        // After the snapshot is answered; the request thread may still hold the lock, waiting
        // for the other reader, which does not hold up this one's formatting.
        if (snapshot) formatCells();
        return;
      case "cells":
        cells!.adopt(message.slice);
        slicesDue--;
        return packQueued();
      case "pack":
        queued.push(message.jobs);
        return packQueued();
      case "close":
        snapshot?.close();
        process.exit(0); // ends this thread only
      case "hang": // tests only: stuck until terminated
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
        return;
    }
  } catch (error) {
    reply(failed(error));
  }
});

reply({ type: "ready" });
