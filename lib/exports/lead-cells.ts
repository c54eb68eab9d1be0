// The cells that repeat across an export's leads files, formatted once per export and kept as
// UTF-8: each attendee's seven contact cells (an attendee is a lead of about four partners on the
// biggest show, so the ZIP formats 100,000 of them instead of 380,000), device names, notice
// versions, languages and ratings. The per-lead query then returns numbers only. Everything is
// read from the export's snapshot, so the cache describes the same instant as the rows; it lives
// as long as the export (~10 MB for 100,000 attendees).
import { and, count, eq, gte, lt, max, min, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import { attendees, consentNotices, devices } from "@/db/schema";
import { csvCell, type CellValue } from "./csv";
import type { CsvBuffer } from "./csv-buffer";
import { cellBytes } from "./csv-buffer";
import { e164 } from "./phone";

const CONTACT = {
  id: attendees.id, firstName: attendees.firstName, lastName: attendees.lastName, email: attendees.email, phone: attendees.phone,
  company: attendees.company, jobTitle: attendees.jobTitle, country: attendees.country,
};
type ContactRow = [id: number, ...cells: CellValue[]];

const eventIdRange = prepared((db) =>
  db.select({ first: min(attendees.id), last: max(attendees.id), count: count() }).from(attendees).where(eq(attendees.eventId, sql.placeholder("eventId"))).prepare(),
);
// By rowid ranges, not by the event's index: the table is read in its own order, a page of
// attendees at a time (`+event_id` keeps SQLite's planner off attendees_event_email, which would
// visit the rows in e-mail order). Ids are handed out in order, so an event's attendees are
// mostly one range.
const contactsPage = prepared((db) =>
  db
    .select(CONTACT)
    .from(attendees)
    .where(and(gte(attendees.id, sql.placeholder("from")), lt(attendees.id, sql.placeholder("to")), sql`+${attendees.eventId} = ${sql.placeholder("eventId")}`))
    .prepare(),
);
const PAGE = 10_000;
const contactOf = prepared((db) => db.select(CONTACT).from(attendees).where(eq(attendees.id, sql.placeholder("id"))).prepare());
const deviceName = prepared((db) => db.select({ name: devices.name }).from(devices).where(eq(devices.id, sql.placeholder("id"))).prepare());
const noticeVersionOf = prepared((db) =>
  db.select({ version: consentNotices.version }).from(consentNotices).where(eq(consentNotices.id, sql.placeholder("id"))).prepare(),
);

const PHONE = 3; // first_name, last_name, email, phone, …

/** first_name … country as CSV: the first seven cells of a leads row (columns.ts), the phone as E.164 where it can be. */
export function contactCsv(cells: readonly CellValue[]): string {
  let line = csvCell(cells[0]);
  for (let i = 1; i < cells.length; i++) line += "," + csvCell(i === PHONE ? e164(cells[i] as string | null) : cells[i]);
  return line;
}

/** UTF-8 texts one after another, each behind its length (4 bytes LE), in a buffer that grows: one allocation, not one per attendee. */
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

export class LeadCells {
  private readonly arena = new Arena();
  private readonly contacts = new Map<number, number>(); // attendee id → offset in the arena
  // The preloaded event's offsets by id - first (-1: not an attendee of the event): an array
  // lookup instead of hashing, once per lead row; only where most ids of the range are the event's.
  private dense: { first: number; at: Int32Array } | null = null;
  private readonly devices = new Map<number, Buffer | null>();
  private readonly notices = new Map<number, number | null>();
  private readonly texts = new Map<string, Buffer>();

  constructor(private readonly db: Db) {}

  /** Formats every attendee of the event at once: one pass, for an export that reads most of them. */
  preloadEvent(eventId: number): this {
    const { first, last, count = 0 } = eventIdRange(this.db).get({ eventId }) ?? {};
    if (first == null || last == null) return this;
    const dense = last - first < 2 * count + 1024 ? { first, at: new Int32Array(last + 1 - first).fill(-1) } : null;
    for (let from = first; from <= last; from += PAGE) {
      for (const [id, ...cells] of contactsPage(this.db).values({ from, to: from + PAGE, eventId }) as ContactRow[]) {
        if (dense) dense.at[id - first] = this.arena.append(contactCsv(cells));
        else this.remember(id, cells);
      }
    }
    this.dense = dense;
    return this;
  }

  /**
   * Writes the attendee's contact cells and returns true, or returns false if there is no such
   * attendee (the lead is then left out, as the inner join of readLeads does).
   */
  writeContact(out: CsvBuffer, attendeeId: number): boolean {
    const dense = this.dense?.at[attendeeId - this.dense.first];
    let at = dense !== undefined && dense >= 0 ? dense : this.contacts.get(attendeeId);
    if (at === undefined) {
      const row = contactOf(this.db).values({ id: attendeeId })[0] as ContactRow | undefined;
      if (!row) return false;
      const [id, ...cells] = row;
      at = this.remember(id, cells);
    }
    const { buf } = this.arena;
    out.raw(buf, at + 4, at + 4 + buf.readUInt32LE(at));
    return true;
  }

  /** A device's name as a CSV cell, or null for no device (or one that is gone). */
  device(id: number | null): Buffer | null {
    if (id === null) return null;
    let cell = this.devices.get(id);
    if (cell === undefined) {
      const row = deviceName(this.db).get({ id });
      this.devices.set(id, (cell = row ? cellBytes(row.name) : null));
    }
    return cell;
  }

  /** A notice's version, or null if the notice does not exist. */
  noticeVersion(id: number): number | null {
    let version = this.notices.get(id);
    if (version === undefined) this.notices.set(id, (version = noticeVersionOf(this.db).get({ id })?.version ?? null));
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

  private remember(id: number, cells: CellValue[]): number {
    const at = this.arena.append(contactCsv(cells));
    this.contacts.set(id, at);
    return at;
  }
}
