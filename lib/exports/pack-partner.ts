// One partner's files of the all-partners ZIP, written and packed (CRC-32, sha256, deflate), from
// a snapshot: what a reader thread does per partner (zip-parts-worker.ts), and what the request
// thread does itself where no readers can run (stream-all-partners.ts). One function for both,
// so both give the same bytes.
import type { LeadCells } from "./lead-cells";
import { partnerFileSource, type FileKind } from "./partner-files";
import type { ReadSnapshot } from "./read-snapshot";
import { packEntry } from "./zip-stream";

/** One file of a partner, packed: what the ZIP entry needs and what its exports row records. */
export type PackedFile = { crc: number; size: number; sha256: string; rows: number; ledgerMark: number | null; packed: Uint8Array };

export function packPartnerFiles(snapshot: ReadSnapshot, partnerId: number, kinds: readonly FileKind[], cells: LeadCells, level: number): PackedFile[] {
  return kinds.map((kind) => {
    const source = partnerFileSource(snapshot, partnerId, kind, cells);
    const { crc, size, sha256, packed } = packEntry(source.csv(), level);
    return { crc, size, sha256, rows: source.tally.rows, ledgerMark: source.tally.ledgerMark, packed };
  });
}
