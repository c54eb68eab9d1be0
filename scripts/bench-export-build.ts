// Builds the benchmark show for `npm run bench:export` straight into SQLite: drizzle prepared
// statements in large transactions, foreign keys and fsync off while building (a throw-away
// file; db/bulk-load.ts). The shape follows a big show: every attendee visits several booths,
// some twice; about six in ten visits end in a decision, three in four of those a share; some
// shares are withdrawn later, after an earlier export handed them over (so the suppression lists
// have work to do). current_consent and partner_visits are rebuilt from the ledger and the scans
// at the end. The ledger's hash columns stay '' (verify-ledger is not what is measured).
import { createHash, randomUUID } from "node:crypto";
import { max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bulkLoad, rebuildVisits, skipLedgerMail } from "@/db/bulk-load";
import { insertedId } from "@/db/dialect";
import { attendees, consentEvents, consentNotices, consentTexts, devices, eventOrganizers, events, exports, partners, scans as scansTable, users } from "@/db/schema";
import { rebuildStanding } from "@/lib/consent/standing-drift";
import { seededRandom } from "@/lib/seeded-random";

export type ShowSize = { attendees: number; partners: number; scans: number; consentEvents: number };
export type BuiltShow = { eventId: number; userId: number; email: string; counts: Record<string, number> };

const COUNTRIES = ["DE", "FR", "NL", "GB", "US", "IT", "ES", "PL", "SE", "CH"];
const TITLES = ["Head of Procurement", "CTO", "Buyer", "Engineer", "Marketing Manager", "Founder"];
const p = (name: string) => sql.placeholder(name);

export function buildShow(db: Db, size: ShowSize): BuiltShow {
  return bulkLoad(db, () => build(db, size), { foreignKeys: false, cacheKiB: 256 * 1024 });
}

function build(db: Db, size: ShowSize): BuiltShow {
  const rnd = seededRandom(42);
  const day = Date.parse("2026-03-14T08:00:00Z");

  const eventId = insertedId(db.insert(events).values({ slug: "bench-expo", name: "Bench Expo" }).run());
  const email = "bench-organizer@example.com";
  const userId = insertedId(db.insert(users).values({ email, name: "Bench", passwordHash: "x" }).run());
  db.insert(eventOrganizers).values({ eventId, userId, role: "owner" }).run();
  const noticeId = insertedId(db.insert(consentNotices).values({ eventId, version: 1, language: "en", template: "t", sha256: "x" }).run());

  const devicesOf: number[][] = [];
  const texts: string[] = [];
  db.transaction((tx) => {
    const partner = tx
      .insert(partners)
      .values({ eventId, name: p("name"), booth: p("booth"), privacyUrl: "https://p.example/privacy", purpose: "Follow up" })
      .prepare();
    const device = tx.insert(devices).values({ eventId, partnerId: p("partnerId"), name: p("name") }).prepare();
    const text = tx.insert(consentTexts).values({ sha256: p("sha256"), text: p("text") }).prepare();
    for (let n = 1; n <= size.partners; n++) {
      const id = insertedId(partner.run({ name: `Partner ${n} GmbH & Co. KG`, booth: `H${n}` }));
      devicesOf[id] = [1, 2].map((d) => insertedId(device.run({ partnerId: id, name: `Booth ${n} phone ${d}` })));
      const body = `Notice for partner ${n}`;
      texts[id] = createHash("sha256").update(body).digest("hex");
      text.run({ sha256: texts[id], text: body });
    }
  });
  const partnerIds = Object.keys(devicesOf).map(Number);

  const attendeeIds: number[] = [];
  db.transaction((tx) => {
    const insert = tx
      .insert(attendees)
      .values({
        eventId, firstName: p("firstName"), lastName: p("lastName"), email: p("email"), phone: p("phone"), company: p("company"),
        jobTitle: p("jobTitle"), country: p("country"), badgeCode: p("badgeCode"), badgeSource: "issued", personalTokenSha256: p("token"), personalTokenSealed: "bench",
      })
      .prepare();
    for (let i = 0; i < size.attendees; i++) {
      const company = i % 97 === 0 ? "=cmd|' /C calc'!A0" : `Company ${i % 5000}, Ltd.`;
      const row = insert.run({
        firstName: `First${i}`, lastName: `Last-${i}`, email: `attendee${i}@example.com`, phone: `+49 30 ${1000000 + i}`, company,
        jobTitle: TITLES[i % TITLES.length], country: COUNTRIES[i % COUNTRIES.length], badgeCode: `B${i.toString(36).padStart(10, "0")}`, token: randomUUID(),
      });
      attendeeIds.push(insertedId(row));
    }
  });

  // Visits: pairs of (attendee, partner), about one in nine visited twice. Written in the order
  // they happen, as a show fills the tables: neither attendee- nor partner-major on disk.
  const pairsPerScan = 0.9;
  const perAttendee = (size.scans * pairsPerScan) / size.attendees;
  const decideShare = size.consentEvents / (size.scans * pairsPerScan) / 1.07; // ~7% of shares are withdrawn later
  const visit = { a: new Int32Array(size.scans), p: new Int32Array(size.scans), at: new Float64Array(size.scans), n: new Int8Array(size.scans) };
  let scans = 0;
  for (const a of attendeeIds) {
    const k = Math.max(1, Math.round(perAttendee * (0.5 + rnd())));
    const seen = new Set<number>();
    while (seen.size < k && scans < size.scans) {
      const p = partnerIds[Math.floor(rnd() ** 1.3 * partnerIds.length)]!; // some booths draw more visitors
      if (seen.has(p)) continue;
      seen.add(p);
      const visits = rnd() < (1 - pairsPerScan) / pairsPerScan ? 2 : 1;
      let at = day + Math.floor(rnd() * 8 * 3600_000);
      for (let v = 0; v < visits && scans < size.scans; v++, scans++, at += 3600_000 + Math.floor(rnd() * 3600_000)) {
        visit.a[scans] = a;
        visit.p[scans] = p;
        visit.at[scans] = at;
        visit.n[scans] = v;
      }
    }
  }
  const order = Uint32Array.from({ length: scans }, (_, i) => i).sort((x, y) => visit.at[x]! - visit.at[y]!);
  let consents = 0;
  const grants: { a: number; p: number }[] = [];
  db.transaction((tx) => {
    const scan = tx
      .insert(scansTable)
      .values({ id: p("id"), eventId, partnerId: p("partnerId"), deviceId: p("deviceId"), attendeeId: p("attendeeId"), scannedAt: p("at"), receivedAt: p("receivedAt") })
      .prepare();
    const consent = tx
      .insert(consentEvents)
      .values({
        eventId, attendeeId: p("attendeeId"), partnerId: p("partnerId"), action: p("action"), noticeId, textSha256: p("textSha256"),
        language: "en", method: "booth_device", deviceId: p("deviceId"), scanId: p("scanId"), deviceTime: p("at"), recordedAt: p("recordedAt"),
      })
      .prepare();
    for (const i of order) {
      const [a, p, at, n] = [visit.a[i]!, visit.p[i]!, visit.at[i]!, visit.n[i]!];
      const id = randomUUID();
      const device = devicesOf[p]![n % 2]!;
      scan.run({ id, partnerId: p, deviceId: device, attendeeId: a, at: new Date(at), receivedAt: new Date(at + 1500) });
      if (n === 0 && rnd() < decideShare) {
        const action = rnd() < 0.75 ? "grant" : "decline";
        consent.run({ attendeeId: a, partnerId: p, action, textSha256: texts[p], deviceId: device, scanId: id, at: new Date(at + 20_000), recordedAt: new Date(at + 21_000) });
        consents++;
        if (action === "grant") grants.push({ a, p });
      }
    }
  });

  // An earlier export per partner handed over every lead standing then (its ledger mark); some
  // of those withdraw later, so the suppression lists have work to do.
  db.transaction((tx) => {
    const mark = tx.select({ id: max(consentEvents.id) }).from(consentEvents).get()!.id;
    const exp = tx
      .insert(exports)
      .values({ eventId, partnerId: p("partnerId"), userId, actorLabel: "cli", format: "csv", rows: 0, sha256: "", ledgerMark: mark, createdAt: new Date(day + 86_400_000) })
      .prepare();
    for (const partnerId of partnerIds) exp.run({ partnerId });
    const withdraw = tx
      .insert(consentEvents)
      .values({
        eventId, attendeeId: p("attendeeId"), partnerId: p("partnerId"), action: "withdraw", noticeId, textSha256: p("textSha256"),
        language: "en", method: "personal_page", clientId: p("clientId"), deviceTime: p("at"), recordedAt: p("at"),
      })
      .prepare();
    for (const g of grants) {
      if (consents < size.consentEvents && rnd() < 0.1) {
        const at = new Date(day + 2 * 86_400_000 + Math.floor(rnd() * 86_400_000));
        withdraw.run({ attendeeId: g.a, partnerId: g.p, textSha256: texts[g.p], clientId: randomUUID(), at });
        consents++;
      }
    }
  });
  // The rows above bypassed ledger.ts and record-scan.ts: build their projections as they would.
  db.transaction(() => {
    rebuildStanding(db, eventId);
    rebuildVisits(db, eventId);
    skipLedgerMail(db); // made-up decisions: no mail
  });
  return { eventId, userId, email, counts: { partners: partnerIds.length, attendees: attendeeIds.length, scans, consentEvents: consents } };
}
