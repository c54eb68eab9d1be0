// Test helpers for the attendee import: the two registration fixtures (copied from
// ../shared/fixtures/registrations so the tests stand alone) and the stored attendees.
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees } from "@/db/schema";
import type { Actor } from "../../auth/actor";
import { guessMapping } from "./guess-mapping";
import type { ImportMapping } from "./import-fields";
import { parseFile } from "./parse-file";
import { startImport } from "./start-import";

export const EVENTBRITE = "eventbrite-attendees.csv";
export const PRETIX = "pretix-checkin-list.csv";

export const fixtureBytes = (name: string) => fs.readFileSync(path.join(process.cwd(), "lib", "attendees", "import", "fixtures", name));

/** Imports bytes through the same path as the upload, with the guessed mapping unless one is given. */
export async function importBytes(actor: Actor, eventId: number, bytes: Uint8Array, filename: string, mapping?: ImportMapping) {
  const file = await parseFile(bytes, filename);
  const started = startImport(actor, eventId, { filename, file, mapping: mapping ?? guessMapping(file.headers) });
  return { importId: started.importId, ...(await started.done) };
}

export const importFixture = (actor: Actor, eventId: number, name: string, mapping?: ImportMapping) => importBytes(actor, eventId, fixtureBytes(name), name, mapping);

export function storedAttendees(eventId: number) {
  return getDb().select().from(attendees).where(eq(attendees.eventId, eventId)).orderBy(attendees.id).all();
}

export const byEmail = (eventId: number, email: string) => storedAttendees(eventId).filter((a) => a.email === email);
