// The rows of one partner's export files, read from an export's snapshot (db/read-snapshot.ts).
// Callers have already checked the actor's access to the partner: every query here is scoped
// by that partner id (a partner belongs to exactly one event), or by the event for the list.
//
// Query plan: the partner's standing decisions by the primary key of current_consent, then per
// lead the attendee by rowid and its visits by the primary key of partner_visits, and its
// rating and notes by the primary key of lead_qualification_current, its tags and answers by the
// primary key of lead_qualifications; notices and devices are a handful of cached pages. No
// ledger lookups. Times are read as the stored epoch ms.
import { and, asc, desc, eq, gt, inArray, isNull, lt, max, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import {
  attendees,
  consentEvents,
  consentNotices,
  currentConsent as cc,
  devices,
  erasedContacts,
  events,
  leadQualificationCurrent as q,
  leadQualifications as lq,
  partnerQuestions,
  partners,
  partnerVisits as v,
} from "@/db/schema";
import { handedOver } from "../consent/handed-over";
import { emailSha256 } from "../retention/email-hash";
import type { ExportLead, ExportQuestion, SuppressionRow } from "./columns";

const ms = (column: typeof cc.recordedAt | typeof v.firstAt | typeof v.lastAt) => sql<number>`${column}`;
// `after`: a ledger mark; only standing shares newer than it ("new since the last export":
// since-last-export.ts), 0 for every lead.
const grantsOf = and(eq(cc.partnerId, sql.placeholder("partnerId")), eq(cc.action, "grant"), gt(cc.consentId, sql.placeholder("after")));
const visitOf = and(eq(v.partnerId, cc.partnerId), eq(v.attendeeId, cc.attendeeId));

const visitDevice = alias(devices, "vd");
const consentDevice = alias(devices, "cd");
// The full rows, a page at a time (newest consent first): for XLSX files and as the definition
// that lead-csv.ts's fast path is checked against.
const leadsPage = prepared((db) =>
  db
    .select({
      consentId: cc.consentId, consentAt: ms(cc.recordedAt), noticeVersion: consentNotices.version, noticeLanguage: cc.language,
      attendeeId: attendees.id, firstName: attendees.firstName, lastName: attendees.lastName, email: attendees.email, phone: attendees.phone,
      company: attendees.company, jobTitle: attendees.jobTitle, country: attendees.country,
      firstVisit: ms(v.firstAt), lastVisit: ms(v.lastAt), device: sql<string | null>`coalesce(${visitDevice.name}, ${consentDevice.name})`,
      rating: q.rating, notes: q.notes, tags: lq.tags, answers: lq.answers,
    })
    .from(cc)
    .innerJoin(attendees, eq(attendees.id, cc.attendeeId))
    .innerJoin(consentNotices, eq(consentNotices.id, cc.noticeId))
    .leftJoin(v, visitOf)
    .leftJoin(visitDevice, eq(visitDevice.id, v.lastDeviceId))
    .leftJoin(consentDevice, eq(consentDevice.id, cc.deviceId))
    .leftJoin(q, eq(q.consentId, cc.consentId))
    .leftJoin(lq, eq(lq.id, q.qualificationId))
    .where(and(grantsOf, lt(cc.consentId, sql.placeholder("before"))))
    .orderBy(desc(cc.consentId))
    .limit(sql.placeholder("limit"))
    .prepare(),
);
const PAGE = 5_000;

// The same leads with only the numbers and short texts of each row: the attendee's contact cells,
// device names and notice versions come from the export's caches (lead-cells.ts). Same filter,
// same order; a lead whose attendee or notice is missing is dropped where it is written, as the
// inner joins above drop it.
const leadKeys = prepared((db) =>
  db
    .select({
      attendeeId: cc.attendeeId, consentId: cc.consentId, consentAt: cc.recordedAt, noticeId: cc.noticeId, language: cc.language, deviceId: cc.deviceId,
      firstVisit: v.firstAt, lastVisit: v.lastAt, lastDeviceId: v.lastDeviceId, rating: q.rating, notes: q.notes,
      tags: sql<string | null>`${lq.tags}`, answers: sql<string | null>`${lq.answers}`,
    })
    .from(cc)
    .leftJoin(v, visitOf)
    .leftJoin(q, eq(q.consentId, cc.consentId))
    .leftJoin(lq, eq(lq.id, q.qualificationId))
    .where(grantsOf)
    .orderBy(desc(cc.consentId))
    .prepare(),
);

/** A row of leadKeys as the driver returns it (`.values()`: times as epoch ms, in the select's order). */
export type LeadKeys = [
  attendeeId: number,
  consentId: number,
  consentAt: number,
  noticeId: number,
  language: string,
  consentDeviceId: number | null,
  firstVisit: number | null,
  lastVisit: number | null,
  lastDeviceId: number | null,
  rating: string | null,
  notes: string | null,
  /** JSON as stored: a string array, and an object of question id → answer. */
  tags: string | null,
  answers: string | null,
];

const questionsOf = prepared((db) =>
  db
    .select({ id: partnerQuestions.id, label: partnerQuestions.label })
    .from(partnerQuestions)
    .where(eq(partnerQuestions.partnerId, sql.placeholder("partnerId")))
    .orderBy(asc(partnerQuestions.position), asc(partnerQuestions.id))
    .prepare(),
);

/** The partner's questions in the booth's order, removed ones too (older leads keep their answers). */
export function readQuestions(db: Db, partnerId: number): ExportQuestion[] {
  return questionsOf(db).all({ partnerId });
}

/**
 * Standing decisions that end a handed-over share: a withdrawal, or a lapse (the partner
 * changed its words: docs/decisions/023). The file's withdrawn_at is when the consent ended.
 */
const ENDED = ["withdraw", "lapse"] as const;

const suppressions = prepared((db) =>
  db
    .select({ consentId: cc.consentId, email: attendees.email, withdrawnAt: ms(cc.recordedAt) })
    .from(cc)
    .innerJoin(attendees, eq(attendees.id, cc.attendeeId))
    // An erased attendee's address is blank: their entry is the hash below instead.
    .where(and(eq(cc.partnerId, sql.placeholder("partnerId")), inArray(cc.action, ENDED), handedOver, isNull(attendees.erasedAt)))
    .orderBy(asc(cc.recordedAt), asc(cc.consentId))
    .prepare(),
);

/** Erased contacts the partner had (docs/decisions/027): the email's hash, never the address. */
const erasures = prepared((db) =>
  db
    .select({ consentId: erasedContacts.consentId, emailSha256: erasedContacts.emailSha256, withdrawnAt: sql<number>`${erasedContacts.erasedAt}` })
    .from(erasedContacts)
    .where(eq(erasedContacts.partnerId, sql.placeholder("partnerId")))
    .orderBy(asc(erasedContacts.erasedAt), asc(erasedContacts.consentId))
    .prepare(),
);

/**
 * The partner's current leads, newest consent first, with its visits of each: a page in memory at
 * a time. `after`: only those whose standing share is newer than this ledger mark.
 */
export function* readLeads(db: Db, partnerId: number, after = 0): Generator<ExportLead> {
  for (let before = Number.MAX_SAFE_INTEGER; ; ) {
    const page = leadsPage(db).all({ partnerId, after, before, limit: PAGE });
    yield* page;
    if (page.length < PAGE) return;
    before = page.at(-1)!.consentId;
  }
}

/**
 * The partner's current leads as readLeads has them, but as arrays of numbers and short texts,
 * all at once: about 150 bytes a lead (the file's rows are several times that), and no object
 * or Date per row on the ZIP's hot path.
 */
export function readLeadKeys(db: Db, partnerId: number, after = 0): LeadKeys[] {
  return leadKeys(db).values({ partnerId, after }) as LeadKeys[];
}

/**
 * Withdrawn contacts that an earlier leads export of this partner handed over, oldest withdrawal
 * first (a short list), then the erased contacts the partner had, oldest erasure first.
 */
export function readSuppressions(db: Db, partnerId: number): SuppressionRow[] {
  const withdrawn = suppressions(db).all({ partnerId }).map((r) => ({ ...r, emailSha256: emailSha256(r.email) }));
  const erased = erasures(db).all({ partnerId }).map((r) => ({ ...r, email: null }));
  return [...withdrawn, ...erased];
}

/** The snapshot's ledger mark (the id of the ledger's last row): a leads file of this snapshot handed over the grants standing at it. */
export function readLedgerMark(db: Db): number {
  return db.select({ mark: max(consentEvents.id) }).from(consentEvents).get()?.mark ?? 0;
}

export type ExportPartner = { id: number; name: string };

/** Every partner of the event, in a stable order (the ZIP's order), and the event's slug. */
export function readZipContents(db: Db, eventId: number): { slug: string | null; partners: ExportPartner[] } {
  const event = db.select({ slug: events.slug }).from(events).where(eq(events.id, eventId)).get();
  const list = db.select({ id: partners.id, name: partners.name }).from(partners).where(eq(partners.eventId, eventId)).orderBy(partners.id).all();
  return { slug: event?.slug ?? null, partners: list };
}

/** The SQL of the per-partner queries, for the benchmark's query plans. */
export function queriesForPlans(db: Db): Record<string, string> {
  return { leads: leadsPage(db).getQuery().sql, leadKeys: leadKeys(db).getQuery().sql, suppressions: suppressions(db).getQuery().sql, erasures: erasures(db).getQuery().sql };
}
