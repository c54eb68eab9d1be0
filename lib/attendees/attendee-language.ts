// The language an attendee chose, kept on their row so that the next screens (their page, its
// receipts) and the emails they get follow it (issue 12 §3). Written where they choose: a
// decision on the consent screen or their page (the notice's language), or the language
// buttons on their page.
import { and, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { attendees } from "@/db/schema";
import type { AttendeeActor } from "../auth/actor";
import { languageOr, type Language } from "../i18n/language";

const read = prepared((db) =>
  db.select({ language: attendees.language }).from(attendees).where(eq(attendees.id, sql.placeholder("attendeeId"))).prepare(),
);

// Written only when it differs: a booth's burst of decisions in one language costs no writes.
const write = prepared((db) =>
  db
    .update(attendees)
    .set({ language: sql`${sql.placeholder("language")}` })
    .where(
      and(
        eq(attendees.id, sql.placeholder("attendeeId")),
        or(isNull(attendees.language), ne(attendees.language, sql.placeholder("language"))),
      ),
    )
    .prepare(),
);

/** The attendee's language, English until they choose. */
export function attendeeLanguage(attendeeId: number, db: Db = getDb()): Language {
  return languageOr(read(db).get({ attendeeId })?.language);
}

/** Keeps the language the attendee just used. Call inside the decision's transaction, or alone. */
export function rememberLanguage(attendeeId: number, language: Language, db: Db = getDb()): void {
  write(db).run({ attendeeId, language });
}

/** The attendee's own choice on their page. */
export function chooseLanguage(actor: AttendeeActor, language: Language): void {
  rememberLanguage(actor.attendeeId, language);
}
