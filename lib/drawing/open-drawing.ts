// The event's drawing that is open for entries now, if any: not closed, not drawn. Nothing
// here reads consent. Both run on every booth decision: plain SQL, compiled once (db/client.ts).
import { getDb } from "@/db/client";

export type OpenDrawing = { id: number; name: string; prize: string };

const OPEN_SQL = `select id, name, prize from drawings
  where event_id = ? and drawn_at is null and (closes_at is null or closes_at > ?) order by id limit 1`;
const ENTER_SQL = "insert into drawing_entries (drawing_id, attendee_id, source, created_at) values (?, ?, ?, ?) on conflict do nothing";

export function openDrawing(eventId: number, now: Date): OpenDrawing | null {
  return (getDb().$client.prepare(OPEN_SQL).get(eventId, now.getTime()) as OpenDrawing | undefined) ?? null;
}

/** Enters the attendee, once; a repeated opt-in changes nothing. The caller checked that the drawing is open. */
export function enterDrawing(drawingId: number, attendeeId: number, source: "booth_device" | "personal_page", now: Date): void {
  getDb().$client.prepare(ENTER_SQL).run(drawingId, attendeeId, source, now.getTime());
}
