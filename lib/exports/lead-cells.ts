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

export class LeadCells {
  // Every attendee's contact cells, one after another, each behind its length (4 bytes LE).
  private arena = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  private readonly contacts = new Map<number, number>(); // attendee id → offset of its length
  // The same for a preloaded event's id range, as an array: no hashing on the hot path.
  private dense = new Int32Array(0);
  private denseFrom = 0;
  private readonly devices = new Map<number, Buffer | null>();
  private readonly notices = new Map<number, number | null>();
  private readonly texts = new Map<string, Buffer>();

  constructor(private readonly snapshot: ReadSnapshot) {}

  /** Formats every attendee of the event at once: one pass, for an export that reads most of them. */
  preloadEvent(eventId: number): this {
    const [first, last, count] = this.snapshot.getRaw<[number | null, number | null, number]>(EVENT_ID_RANGE_SQL, eventId)!;
    if (first === null || last === null) return this;
    if (last - first < 2 * count + 1024) {
      // Mostly this event's ids: an array over the range costs 4 bytes an id, less than the Map.
      this.denseFrom = first;
      this.dense = new Int32Array(last - first + 1).fill(-1);
    }
    for (let from = first; from <= last; from += PAGE) {
      for (const row of this.snapshot.allRaw<ContactRow>(EVENT_CONTACTS_SQL, from, from + PAGE, eventId)) this.keep(row);
    }
    return this;
  }

  /**
   * Writes the attendee's contact cells and returns true, or returns false if there is no such
   * attendee (the lead is then left out, as the inner join of read-partner-rows.ts does).
   */
  writeContact(out: CsvBuffer, attendeeId: number): boolean {
    const i = attendeeId - this.denseFrom;
    let at = i >= 0 && i < this.dense.length && this.dense[i]! >= 0 ? this.dense[i] : this.contacts.get(attendeeId);
    if (at === undefined) {
      const row = this.snapshot.getRaw<ContactRow>(CONTACT_SQL, attendeeId);
      if (!row) return false;
      at = this.keep(row);
    }
    const start = at + 4;
    out.raw(this.arena, start, start + this.arena.readUInt32LE(at));
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

  private keep([id, ...cells]: ContactRow): number {
    const text = contactCsv(cells);
    const need = 4 + text.length * 3; // the most UTF-8 a UTF-16 string can take
    if (this.used + need > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + need));
      this.arena.copy(bigger, 0, 0, this.used);
      this.arena = bigger;
    }
    const at = this.used;
    const length = this.arena.write(text, at + 4, "utf8");
    this.arena.writeUInt32LE(length, at);
    this.used = at + 4 + length;
    const i = id - this.denseFrom;
    if (i >= 0 && i < this.dense.length) this.dense[i] = at;
    else this.contacts.set(id, at);
    return at;
  }
}
