// Builds the benchmark show for `npm run bench:export` straight into SQLite: prepared statements
// in large transactions, foreign keys and fsync off while building (a throw-away file). The
// shape follows a big show: every attendee visits several booths, some twice; about six in ten
// visits end in a decision, three in four of those a share; some shares are withdrawn later,
// after an earlier export handed them over (so the suppression lists have work to do).
// current_consent and partner_visits are rebuilt from the ledger and the scans at the end.
// The ledger's hash columns stay '' (verify-ledger is not what is measured).
import { createHash, randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { rebuildStanding } from "@/lib/consent/standing-drift";
import { rebuildVisits } from "@/db/bulk-load";
import { seededRandom } from "@/lib/seeded-random";

export type ShowSize = { attendees: number; partners: number; scans: number; consentEvents: number };
export type BuiltShow = { eventId: number; userId: number; email: string; counts: Record<string, number> };

const COUNTRIES = ["DE", "FR", "NL", "GB", "US", "IT", "ES", "PL", "SE", "CH"];
const TITLES = ["Head of Procurement", "CTO", "Buyer", "Engineer", "Marketing Manager", "Founder"];

export function buildShow(db: Db, size: ShowSize): BuiltShow {
  const sql = db.$client;
  sql.pragma("foreign_keys = OFF");
  sql.pragma("synchronous = OFF");
  sql.pragma("cache_size = -262144"); // 256 MB: the indexes of a million rows stay in memory while building
  const rnd = seededRandom(42);
  const day = Date.parse("2026-03-14T08:00:00Z");
  const batch = (fn: () => void) => sql.transaction(fn)();

  const eventId = Number(sql.prepare("insert into events (slug, name) values ('bench-expo', 'Bench Expo')").run().lastInsertRowid);
  const email = "bench-organizer@example.com";
  const userId = Number(sql.prepare("insert into users (email, name, password_hash) values (?, 'Bench', 'x')").run(email).lastInsertRowid);
  sql.prepare("insert into event_organizers (event_id, user_id, role) values (?, ?, 'owner')").run(eventId, userId);
  const noticeId = Number(
    sql.prepare("insert into consent_notices (event_id, version, language, template, sha256) values (?, 1, 'en', 't', 'x')").run(eventId).lastInsertRowid,
  );

  const devices: number[][] = [];
  const texts: string[] = [];
  batch(() => {
    const partner = sql.prepare("insert into partners (event_id, name, booth, privacy_url, purpose) values (?, ?, ?, 'https://p.example/privacy', 'Follow up')");
    const device = sql.prepare("insert into devices (event_id, partner_id, name) values (?, ?, ?)");
    const text = sql.prepare("insert into consent_texts (sha256, text) values (?, ?)");
    for (let p = 1; p <= size.partners; p++) {
      const id = Number(partner.run(eventId, `Partner ${p} GmbH & Co. KG`, `H${p}`).lastInsertRowid);
      devices[id] = [1, 2].map((d) => Number(device.run(eventId, id, `Booth ${p} phone ${d}`).lastInsertRowid));
      const body = `Notice for partner ${p}`;
      texts[id] = createHash("sha256").update(body).digest("hex");
      text.run(texts[id], body);
    }
  });
  const partnerIds = Object.keys(devices).map(Number);

  const attendeeIds: number[] = [];
  batch(() => {
    const insert = sql.prepare(`insert into attendees (event_id, first_name, last_name, email, phone, company, job_title, country,
      badge_code, badge_source, personal_token) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'issued', ?)`);
    for (let i = 0; i < size.attendees; i++) {
      const company = i % 97 === 0 ? "=cmd|' /C calc'!A0" : `Company ${i % 5000}, Ltd.`;
      const row = insert.run(eventId, `First${i}`, `Last-${i}`, `attendee${i}@example.com`, `+49 30 ${1000000 + i}`, company,
        TITLES[i % TITLES.length], COUNTRIES[i % COUNTRIES.length], `B${i.toString(36).padStart(10, "0")}`, randomUUID());
      attendeeIds.push(Number(row.lastInsertRowid));
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
  batch(() => {
    const scan = sql.prepare("insert into scans (id, event_id, partner_id, device_id, attendee_id, scanned_at, received_at) values (?, ?, ?, ?, ?, ?, ?)");
    const consent = sql.prepare(`insert into consent_events (event_id, attendee_id, partner_id, action, notice_id, text_sha256, language, method,
      device_id, scan_id, device_time, recorded_at) values (?, ?, ?, ?, ?, ?, 'en', 'booth_device', ?, ?, ?, ?)`);
    for (const i of order) {
      const [a, p, at, n] = [visit.a[i]!, visit.p[i]!, visit.at[i]!, visit.n[i]!];
      const id = randomUUID();
      const device = devices[p]![n % 2]!;
      scan.run(id, eventId, p, device, a, at, at + 1500);
      if (n === 0 && rnd() < decideShare) {
        const action = rnd() < 0.75 ? "grant" : "decline";
        consent.run(eventId, a, p, action, noticeId, texts[p], device, id, at + 20_000, at + 21_000);
        consents++;
        if (action === "grant") grants.push({ a, p });
      }
    }
  });

  // An earlier export per partner handed over every lead standing then (its ledger mark); some
  // of those withdraw later, so the suppression lists have work to do.
  batch(() => {
    const mark = (sql.prepare("select max(id) as id from consent_events").get() as { id: number }).id;
    const exp = sql.prepare(`insert into exports (event_id, partner_id, user_id, actor_label, format, rows, sha256, ledger_mark, created_at)
      values (?, ?, ?, 'cli', 'csv', 0, '', ?, ?)`);
    for (const p of partnerIds) exp.run(eventId, p, userId, mark, day + 86_400_000);
    const withdraw = sql.prepare(`insert into consent_events (event_id, attendee_id, partner_id, action, notice_id, text_sha256, language, method,
      client_id, device_time, recorded_at) values (?, ?, ?, 'withdraw', ?, ?, 'en', 'personal_page', ?, ?, ?)`);
    for (const g of grants) {
      if (consents < size.consentEvents && rnd() < 0.1) {
        const at = day + 2 * 86_400_000 + Math.floor(rnd() * 86_400_000);
        withdraw.run(eventId, g.a, g.p, noticeId, texts[g.p], randomUUID(), at, at);
        consents++;
      }
    }
  });
  // The rows above bypassed ledger.ts and record-scan.ts: build their projections as they would.
  batch(() => {
    rebuildStanding(db, eventId);
    rebuildVisits(db, eventId);
  });
  sql.pragma("synchronous = FULL");
  sql.pragma("foreign_keys = ON");
  sql.pragma("wal_checkpoint(TRUNCATE)");
  return { eventId, userId, email, counts: { partners: partnerIds.length, attendees: attendeeIds.length, scans, consentEvents: consents } };
}
