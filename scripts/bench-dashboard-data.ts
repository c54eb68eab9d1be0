// Data for `npm run bench:dashboard`: one large event written with bulk inserts (the domain
// functions would take minutes for a million scans), plus a small second event whose rows
// the figures must never count. Shapes only; nothing here is a realistic distribution.
import { randomBytes } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, consentEvents, consentNotices, consentTexts, devices, drawingEntries, drawings, partners, scans } from "@/db/schema";
import { OPERATOR } from "@/lib/auth/actor";
import { addDefaultNotices } from "@/lib/consent/notice";
import { rebuildStanding } from "@/lib/consent/standing-drift";
import { createDrawing } from "@/lib/drawing/create-drawing";
import { createEvent } from "@/lib/events/events";
import { rebuildVisits, skipLedgerMail } from "@/db/bulk-load";
import { seededRandom } from "@/lib/seeded-random";

export type BenchSize = { partners: number; attendees: number; scans: number; hours: number };

const ACTIONS = ["grant", "grant", "grant", "decline", "decline"] as const;
const p = (name: string) => sql.placeholder(name);

export function generateEvent(slug: string, size: BenchSize, startMs: number): number {
  const event = createEvent(OPERATOR, { name: `Bench ${slug}`, slug });
  addDefaultNotices(OPERATOR, event.id);
  createDrawing(OPERATOR, event.id, { name: "Booth trail", prize: "A bicycle", minFraction: 0.01 });
  const db = getDb();
  const notice = db.select({ id: consentNotices.id }).from(consentNotices).where(eq(consentNotices.eventId, event.id)).orderBy(asc(consentNotices.id)).get()!;
  const textSha = randomBytes(32).toString("hex");
  db.insert(consentTexts).values({ sha256: textSha, text: "bench notice" }).onConflictDoNothing().run();
  const drawing = db.select({ id: drawings.id }).from(drawings).where(eq(drawings.eventId, event.id)).get()!;

  db.transaction((tx) => {
    const partner = tx
      .insert(partners)
      .values({ eventId: event.id, name: p("name"), booth: p("booth"), privacyUrl: "https://p.example/privacy", purpose: "Bench" })
      .returning({ id: partners.id })
      .prepare();
    const device = tx.insert(devices).values({ eventId: event.id, partnerId: p("partnerId"), name: "phone" }).returning({ id: devices.id }).prepare();
    const attendee = tx
      .insert(attendees)
      .values({
        eventId: event.id,
        firstName: "Ada",
        lastName: p("lastName"),
        email: p("email"),
        badgeCode: p("badgeCode"),
        badgeSource: "issued",
        personalTokenSha256: p("token"),
      })
      .returning({ id: attendees.id })
      .prepare();
    const scan = tx
      .insert(scans)
      .values({
        id: p("id"),
        eventId: event.id,
        partnerId: p("partnerId"),
        deviceId: p("deviceId"),
        attendeeId: p("attendeeId"),
        scannedAt: p("at"),
        receivedAt: p("receivedAt"),
        source: p("source"),
      })
      .prepare();
    const consent = tx
      .insert(consentEvents)
      .values({
        eventId: event.id,
        attendeeId: p("attendeeId"),
        partnerId: p("partnerId"),
        action: p("action"),
        noticeId: notice.id,
        textSha256: textSha,
        language: "en",
        method: "booth_device",
        deviceId: p("deviceId"),
        scanId: p("scanId"),
        deviceTime: p("at"),
        recordedAt: p("recordedAt"),
        hash: "bench",
      })
      .prepare();
    const entry = tx.insert(drawingEntries).values({ drawingId: drawing.id, attendeeId: p("attendeeId"), source: "booth_device", createdAt: new Date(startMs) }).prepare();

    const booths: { partnerId: number; deviceId: number }[] = [];
    for (let i = 0; i < size.partners; i++) {
      const { id } = partner.get({ name: `Partner ${i + 1}`, booth: `B${i + 1}` });
      booths.push({ partnerId: id, deviceId: device.get({ partnerId: id }).id });
    }
    const people: number[] = [];
    for (let i = 0; i < size.attendees; i++) {
      const token = randomBytes(18).toString("base64url");
      const { id } = attendee.get({ lastName: `L${i}`, email: `a${i}@${slug}.example`, badgeCode: `${slug}-${i}`, token });
      people.push(id);
      if (i % 3 === 0) entry.run({ attendeeId: id });
    }
    const rand = seededRandom(42);
    // How codes were entered and how long attendees took, from a stream of their own, so the
    // scans and decisions above are the same as before these were generated (figures compare).
    const habits = seededRandom(7);
    const span = size.hours * 3_600_000;
    for (let i = 0; i < size.scans; i++) {
      // A few big booths draw most of the crowd.
      const booth = booths[Math.floor(size.partners * rand() ** 2)]!;
      const who = people[Math.floor(rand() * people.length)]!;
      // In time order, as a live event fills the table (rowids follow arrival).
      const at = startMs + Math.floor(((i + rand()) / size.scans) * span);
      const id = `${slug}-s${i}`;
      // 2% of codes typed; one booth in 50 types 40% of them (the phone flags find it).
      const typed = habits() < (booth.partnerId % 50 === 7 ? 0.4 : 0.02);
      const source = typed ? "typed" : "camera";
      scan.run({ id, partnerId: booth.partnerId, deviceId: booth.deviceId, attendeeId: who, at: new Date(at), receivedAt: new Date(at + 500), source });
      if (rand() < 0.6) {
        const action = ACTIONS[Math.floor(rand() * ACTIONS.length)]!;
        // Reading and tapping takes 4–30 s; one decision in 100 under 2 s.
        const think = habits() < 0.01 ? 500 + habits() * 1_000 : 4_000 + habits() * 26_000;
        const tapped = at + Math.floor(think);
        const decided = { attendeeId: who, partnerId: booth.partnerId, action, deviceId: booth.deviceId, scanId: id, at: new Date(tapped), recordedAt: new Date(tapped + 500) };
        consent.run(decided);
        if (action === "grant" && rand() < 0.05) {
          const later = new Date(at + 60_000);
          consent.run({ ...decided, action: "withdraw", deviceId: null, scanId: null, at: later, recordedAt: later });
        }
      }
    }
  });
  // The rows above bypassed ledger.ts and record-scan.ts: build their projections as they would,
  // and mail none of those made-up decisions.
  rebuildStanding(db, event.id);
  rebuildVisits(db, event.id);
  skipLedgerMail(db);
  return event.id;
}
