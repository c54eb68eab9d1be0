// Every partner's leads and suppression list as one ZIP, streamed: each entry is produced only
// when the ZIP writer reaches it, from one snapshot taken when the export started, so the
// biggest show never sits in memory and all files describe the same instant.
// Records (docs/decisions/008-streaming-exports.md): one exports row per file inside the ZIP,
// written in batches as files finish, and an "exports.zip" audit entry when the ZIP's last byte
// has been sent. If the download breaks off, the audit entry says complete: false, and only
// the files finished before the break are recorded.
import { pipeline } from "node:stream";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { DigestStream, digestChunks, type Digest } from "./digest-stream";
import { CONTENT_TYPE, exportFormat, partnerFileName, partnerFileSource, slug, stamp, type FileKind } from "./partner-files";
import { LeadCells } from "./lead-cells";
import { readPartners, type ExportPartner } from "./read-partner-rows";
import { ReadSnapshot } from "./read-snapshot";
import { zipStream, type ZipEntry } from "./zip-stream";
import { ExportRecorder } from "./record-export";
import type { StreamedFile } from "./stream-partner-file";

// zlib level 1: CSV still shrinks about fivefold, at a fraction of level 6's time.
const COMPRESSION_LEVEL = 1;
const KINDS: readonly FileKind[] = ["leads", "suppression"];

export function streamAllPartnersZip(actor: Actor, eventId: number, now = new Date()): StreamedFile {
  requireOrganizerOf(actor, eventId);
  const snapshot = new ReadSnapshot();
  try {
    const [event] = snapshot.all<{ slug: string }>("select slug from events where id = ?", eventId);
    const partners = readPartners(snapshot, eventId);
    const recorder = new ExportRecorder(actor, eventId, now);
    // Most attendees are a lead of some partner: format all their contact cells in one pass,
    // when the first file is opened (not before the response starts).
    let cells: LeadCells | null = null;
    const cellsOf = () => (cells ??= new LeadCells(snapshot).preloadEvent(eventId));
    const entry = (partner: ExportPartner, kind: FileKind): ZipEntry => ({
      name: partnerFileName(partner, kind, "csv"),
      mtime: now,
      open: () => {
        const file = partnerFileSource(snapshot, partner.id, kind, cellsOf());
        const format = exportFormat(kind, "csv");
        return digestChunks(file.csv(), ({ sha256 }) => recorder.add({ partnerId: partner.id, format, sha256, tally: file.tally }));
      },
    });
    const zip = zipStream(partners.flatMap((partner) => KINDS.map((kind) => entry(partner, kind))), COMPRESSION_LEVEL, { worker: true });

    let finished = false;
    const finish = (digest: Digest | null) => {
      if (finished) return;
      finished = true;
      snapshot.close(); // also ends the rows of a file that was cut off
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
    throw error;
  }
}
