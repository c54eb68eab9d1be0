// Every partner's leads and suppression list as one ZIP, streamed: each entry is produced only
// when the ZIP writer reaches it (or a little ahead, by the readers of zip-parts.ts), from
// snapshots all taken at one instant when the export started, so the biggest show never sits in
// memory and all files describe the same instant.
// Records (docs/decisions/008-streaming-exports.md): one exports row per file inside the ZIP,
// written in batches as files finish, and an "exports.zip" audit entry when the ZIP's last byte
// has been sent. If the download breaks off, the audit entry says complete: false, and only
// the files finished before the break are recorded.
import { pipeline } from "node:stream";
import { databasePath } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { DigestStream, type Digest } from "./digest-stream";
import { packPartnerFiles, type PackedFile } from "./pack-partner";
import { CONTENT_TYPE, exportFormat, partnerFileName, slug, stamp, type FileKind } from "./partner-files";
import { LeadCells } from "./lead-cells";
import { readPartners, type ExportPartner } from "./read-partner-rows";
import { ReadSnapshot } from "./read-snapshot";
import { ZipReaders } from "./zip-parts";
import { zipPackedStream, type PackedEntry } from "./zip-stream";
import { ExportRecorder } from "./record-export";
import type { StreamedFile } from "./stream-partner-file";

// zlib level 1: CSV still shrinks about fivefold, at a fraction of level 6's time.
const COMPRESSION_LEVEL = 1;
const KINDS: readonly FileKind[] = ["leads", "suppression"];

/**
 * Resolves once the export's snapshot is taken: a change committed after that is in none of its
 * files. The ZIP is read and packed on two reader threads (zip-parts.ts) where it can be, else
 * (or with `threads: false`) on this thread; the files are the same byte for byte either way.
 */
export async function streamAllPartnersZip(actor: Actor, eventId: number, now = new Date(), { threads = true } = {}): Promise<StreamedFile> {
  requireOrganizerOf(actor, eventId);
  const file = databasePath();
  const started = threads ? await ZipReaders.start(file, eventId, COMPRESSION_LEVEL, KINDS) : null;
  const { snapshot, readers } = started?.snapshots() ?? { snapshot: new ReadSnapshot(file), readers: null };
  return zipOf(actor, eventId, now, snapshot, readers);
}

function zipOf(actor: Actor, eventId: number, now: Date, snapshot: ReadSnapshot, readers: ZipReaders | null): StreamedFile {
  try {
    const [event] = snapshot.all<{ slug: string }>("select slug from events where id = ?", eventId);
    const partners = readPartners(snapshot, eventId);
    const recorder = new ExportRecorder(actor, eventId, now);
    const packed = readers ? readers.packed(partners) : packedHere(snapshot, eventId, partners);
    const zip = zipPackedStream(packedEntries(packed, now, recorder));
    if (readers) snapshot.close(); // the readers have snapshots of their own, of the same instant

    let finished = false;
    const finish = (digest: Digest | null) => {
      if (finished) return;
      finished = true;
      snapshot.close(); // also ends the rows of a file that was cut off
      readers?.close();
      recorder.flush((recorded) => ({
        action: "exports.zip",
        subject: `${partners.length} partners`,
        details: {
          partners: partners.length,
          files: recorded.length,
          leads: recorded.reduce((sum, r) => sum + (r.format === "csv" ? r.rows : 0), 0),
          complete: digest !== null,
          ...digest,
          exportIds: recorded.length ? [recorded[0]!.exportId, recorded.at(-1)!.exportId] : [],
        },
      }));
    };
    const body = new DigestStream((digest) => finish(digest));
    pipeline(zip, body, (error) => {
      if (!error) return;
      try {
        finish(null); // interrupted: record the files finished before the break, and say so
      } catch (failure) {
        console.error("Could not record an interrupted ZIP export", failure);
      }
    });
    const filename = `${slug(event?.slug ?? "event")}-all-partners-${stamp(now)}.zip`;
    return { filename, contentType: CONTENT_TYPE.zip, body, recorded: () => recorder.recorded };
  } catch (error) {
    snapshot.close();
    readers?.close();
    throw error;
  }
}

/** The files of every partner, packed, each recorded once it is handed to the ZIP. */
async function* packedEntries(packed: AsyncIterable<PackedPartnerFiles>, now: Date, recorder: ExportRecorder): AsyncGenerator<PackedEntry> {
  for await (const { partner, files } of packed) {
    for (const [i, kind] of KINDS.entries()) {
      const { crc, size, sha256, rows, ledgerMark, packed } = files[i]!;
      yield { name: partnerFileName(partner, kind, "csv"), mtime: now, crc, size, packed };
      recorder.add({ partnerId: partner.id, format: exportFormat(kind, "csv"), sha256, tally: { rows, ledgerMark } });
    }
  }
}

type PackedPartnerFiles = { partner: ExportPartner; files: PackedFile[] };

/** The partners' files packed on this thread, one partner a turn: where no readers can be had. */
async function* packedHere(snapshot: ReadSnapshot, eventId: number, partners: readonly ExportPartner[]): AsyncGenerator<PackedPartnerFiles> {
  // Most attendees are a lead of some partner: format all their contact cells in one pass,
  // when the first file is opened (not before the response starts).
  let cells: LeadCells | null = null;
  for (const partner of partners) {
    cells ??= new LeadCells(snapshot).preloadEvent(eventId);
    yield { partner, files: packPartnerFiles(snapshot, partner.id, KINDS, cells, COMPRESSION_LEVEL) };
  }
}
