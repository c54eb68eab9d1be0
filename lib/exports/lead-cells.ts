// The cells that repeat across an export's leads files, formatted once per export and kept as
// UTF-8: each attendee's seven contact cells (an attendee is a lead of about four partners on the
// biggest show, so the ZIP formats 100,000 of them instead of 380,000), device names, notice
// versions, languages and ratings. The per-lead query then returns numbers only
// (docs/decisions/012). Everything is read from the export's snapshot, so the cache describes
// the same instant as the rows; it lives as long as the export (~10 MB for 100,000 attendees).
import { csvCell, type CellValue } from "./csv";
import type { CsvBuffer } from "./csv-buffer";
import { cellBytes } from "./csv-buffer";
import type { ReadSnapshot } from "./read-snapshot";

const CONTACT = "first_name, last_name, email, phone, company, job_title, country";
// By rowid ranges, not by the event's index: the table is read in its own order, a page of
// attendees at a time (`+event_id` keeps the planner off attendees_event_email, which would
// visit the rows in e-mail order). Ids are handed out in order, so an event's attendees are
// mostly one range.
const EVENT_ID_RANGE_SQL = "select min(id), max(id), count(*) from attendees where event_id = ?";
const EVENT_CONTACTS_SQL = `select id, ${CONTACT} from attendees where id >= ? and id < ? and +event_id = ?`;
const PAGE = 10_000;
const CONTACT_SQL = `select id, ${CONTACT} from attendees where id = ?`;
const DEVICE_SQL = "select name from devices where id = ?";
const NOTICE_SQL = "select version from consent_notices where id = ?";

type ContactRow = [id: number, ...cells: CellValue[]];

/** first_name … country as CSV: the first seven cells of a leads row (columns.ts). */
export function contactCsv(cells: readonly CellValue[]): string {
  let line = csvCell(cells[0]);
  for (let i = 1; i < cells.length; i++) line += "," + csvCell(cells[i]);
  return line;
}

/**
 * The contact cells of the attendees with ids in [from, to), formatted by one thread into shared
 * memory, so the other readers of the same snapshot can use them without formatting them again
 * (zip-parts.ts): `dense[id - from]` is the offset in `arena` of the id's length (4 bytes LE)
 * and cells, or -1 for an id that is not an attendee of the event.
 */
export type ContactSlice = { from: number; to: number; dense: Int32Array; arena: Uint8Array };

/** UTF-8 texts one after another, each behind its length (4 bytes LE), in a buffer that grows. */
class Arena {
  buf = Buffer.allocUnsafe(1 << 20);
  used = 0;

  append(text: string): number {
    const need = 4 + text.length * 3; // the most UTF-8 a UTF-16 string can take
    if (this.used + need > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.used + need));
      this.buf.copy(bigger, 0, 0, this.used);
      this.buf = bigger;
    }
    const at = this.used;
    const length = this.buf.write(text, at + 4, "utf8");
    this.buf.writeUInt32LE(length, at);
    this.used = at + 4 + length;
    return at;
  }
}

type Slice = { from: number; to: number; dense: Int32Array; arena: Buffer };
type IdRange = [first: number | null, last: number | null, count: number];

export class LeadCells {
  // Contacts read one at a time (a single download, or an id outside the preloaded slices).
  private readonly lazy = new Arena();
  private readonly contacts = new Map<number, number>(); // attendee id → offset in `lazy`
  // Preloaded contacts: slices of the event's id range, as arrays (no hashing on the hot path).
  private readonly slices: Slice[] = [];
  private readonly devices = new Map<number, Buffer | null>();
  private readonly notices = new Map<number, number | null>();
  private readonly texts = new Map<string, Buffer>();
  private readonly idRanges = new Map<number, IdRange>(); // per event: the snapshot does not change

  constructor(private readonly snapshot: ReadSnapshot) {}

  /** Formats every attendee of the event at once: one pass, for an export that reads most of them. */
  preloadEvent(eventId: number): this {
    const ranges = this.sliceRanges(eventId, 1);
    if (ranges) {
      for (const range of ranges) this.adopt(this.formatSlice(eventId, range));
      return this;
    }
    // Ids spread thin among other events' (an array over the range would cost more than the Map).
    const [first, last] = this.idRange(eventId) as [number, number, number];
    for (let from = first; from <= last; from += PAGE) {
      for (const [id, ...cells] of this.snapshot.allRaw<ContactRow>(EVENT_CONTACTS_SQL, from, from + PAGE, eventId)) this.contacts.set(id, this.lazy.append(contactCsv(cells)));
    }
    return this;
  }

  /**
   * The event's id range cut into `parts` slices, [from, to) each, for threads that format one
   * each (formatSlice) and share them (adopt); [] for an event without attendees; null where its
   * ids are spread too thin among other events' for arrays over the range (preloadEvent then).
   */
  sliceRanges(eventId: number, parts: number): [from: number, to: number][] | null {
    const [first, last, count] = this.idRange(eventId);
    if (first === null || last === null) return [];
    if (last - first >= 2 * count + 1024) return null; // an array costs 4 bytes an id: less than the Map only if most ids are the event's
    const size = Math.ceil((last + 1 - first) / parts);
    return Array.from({ length: parts }, (_, i): [number, number] => [first + i * size, Math.min(last + 1, first + (i + 1) * size)]).filter(([from, to]) => from < to);
  }

  /** The event's lowest and highest attendee id and its number of attendees (nulls: none). */
  private idRange(eventId: number): IdRange {
    let range = this.idRanges.get(eventId);
    if (!range) this.idRanges.set(eventId, (range = this.snapshot.getRaw<IdRange>(EVENT_ID_RANGE_SQL, eventId)!));
    return range;
  }

  /** Formats the contact cells of the event's attendees with ids in [from, to), in shared memory. */
  formatSlice(eventId: number, [from, to]: [number, number]): ContactSlice {
    const dense = new Int32Array(new SharedArrayBuffer(4 * (to - from))).fill(-1);
    const arena = new Arena();
    for (let at = from; at < to; at += PAGE) {
      for (const [id, ...cells] of this.snapshot.allRaw<ContactRow>(EVENT_CONTACTS_SQL, at, Math.min(to, at + PAGE), eventId)) {
        dense[id - from] = arena.append(contactCsv(cells));
      }
    }
    const shared = new Uint8Array(new SharedArrayBuffer(arena.used));
    shared.set(arena.buf.subarray(0, arena.used));
    return { from, to, dense, arena: shared };
  }

  /** Uses a slice formatted here or by another reader of the same snapshot. */
  adopt({ from, to, dense, arena }: ContactSlice): void {
    this.slices.push({ from, to, dense, arena: Buffer.from(arena.buffer, arena.byteOffset, arena.byteLength) });
  }

  /**
   * Writes the attendee's contact cells and returns true, or returns false if there is no such
   * attendee (the lead is then left out, as the inner join of read-partner-rows.ts does).
   */
  writeContact(out: CsvBuffer, attendeeId: number): boolean {
    for (const { from, to, dense, arena } of this.slices) {
      if (attendeeId < from || attendeeId >= to) continue;
      const at = dense[attendeeId - from]!;
      if (at < 0) break;
      out.raw(arena, at + 4, at + 4 + arena.readUInt32LE(at));
      return true;
    }
    let at = this.contacts.get(attendeeId);
    if (at === undefined) {
      const row = this.snapshot.getRaw<ContactRow>(CONTACT_SQL, attendeeId);
      if (!row) return false;
      const [id, ...cells] = row;
      this.contacts.set(id, (at = this.lazy.append(contactCsv(cells))));
    }
    const { buf } = this.lazy;
    out.raw(buf, at + 4, at + 4 + buf.readUInt32LE(at));
    return true;
  }

  /** A device's name as a CSV cell, or null for no device (or one that is gone). */
  device(id: number | null): Buffer | null {
    if (id === null) return null;
    let cell = this.devices.get(id);
    if (cell === undefined) {
      const row = this.snapshot.getRaw<[string | null]>(DEVICE_SQL, id);
      this.devices.set(id, (cell = row && row[0] !== null ? cellBytes(row[0]) : null));
    }
    return cell;
  }

  /** A notice's version, or null if the notice does not exist. */
  noticeVersion(id: number): number | null {
    let version = this.notices.get(id);
    if (version === undefined) this.notices.set(id, (version = this.snapshot.getRaw<[number]>(NOTICE_SQL, id)?.[0] ?? null));
    return version;
  }

  /** A short text that repeats across rows (a language, a rating) as a CSV cell. */
  text(value: string): Buffer {
    let cell = this.texts.get(value);
    if (cell === undefined) {
      if (this.texts.size > 1024) this.texts.clear(); // only a handful are expected
      this.texts.set(value, (cell = cellBytes(value)));
    }
    return cell;
  }
}
