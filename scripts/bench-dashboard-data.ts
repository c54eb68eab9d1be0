// Data for `npm run bench:dashboard`: one large event written with bulk inserts (the domain
// functions would take minutes for a million scans), plus a small second event whose rows
// the figures must never count. Shapes only; nothing here is a realistic distribution.
import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { OPERATOR } from "@/lib/auth/actor";
import { addDefaultNotices } from "@/lib/consent/notice";
import { rebuildStanding } from "@/lib/consent/standing-drift";
import { createDrawing } from "@/lib/drawing/create-drawing";
import { createEvent } from "@/lib/events/events";
import { rebuildVisits } from "@/lib/scans/partner-visits";
import { seededRandom } from "@/lib/seeded-random";

export type BenchSize = { partners: number; attendees: number; scans: number; hours: number };

const ACTIONS = ["grant", "grant", "grant", "decline", "decline"] as const;

export function generateEvent(slug: string, size: BenchSize, startMs: number): number {
  const event = createEvent(OPERATOR, { name: `Bench ${slug}`, slug });
  addDefaultNotices(OPERATOR, event.id);
  createDrawing(OPERATOR, event.id, { name: "Booth trail", prize: "A bicycle", minFraction: 0.01 });
  const sqlite = getDb().$client;
  const notice = sqlite.prepare("select id from consent_notices where event_id = ? order by id limit 1").get(event.id) as { id: number };
  const textSha = randomBytes(32).toString("hex");
  sqlite.prepare("insert or ignore into consent_texts (sha256, text) values (?, ?)").run(textSha, "bench notice");
  const drawing = sqlite.prepare("select id from drawings where event_id = ?").get(event.id) as { id: number };

  sqlite.transaction(() => {
    const partner = sqlite.prepare(
      "insert into partners (event_id, name, booth, privacy_url, purpose) values (?, ?, ?, 'https://p.example/privacy', 'Bench') returning id",
    );
    const device = sqlite.prepare("insert into devices (event_id, partner_id, name) values (?, ?, 'phone') returning id");
    const attendee = sqlite.prepare(
      `insert into attendees (event_id, first_name, last_name, email, badge_code, badge_source, personal_token)
       values (?, 'Ada', ?, ?, ?, 'issued', ?) returning id`,
    );
    const scan = sqlite.prepare(
      "insert into scans (id, event_id, partner_id, device_id, attendee_id, scanned_at, received_at) values (?, ?, ?, ?, ?, ?, ?)",
    );
    const consent = sqlite.prepare(
      `insert into consent_events (event_id, attendee_id, partner_id, action, notice_id, text_sha256, language, method,
         device_id, scan_id, occurred_at, recorded_at, hash) values (?, ?, ?, ?, ?, ?, 'en', 'booth_device', ?, ?, ?, ?, 'bench')`,
    );
    const entry = sqlite.prepare("insert into drawing_entries (drawing_id, attendee_id, source, created_at) values (?, ?, 'booth_device', ?)");

    const booths: { partnerId: number; deviceId: number }[] = [];
    for (let i = 0; i < size.partners; i++) {
      const { id } = partner.get(event.id, `Partner ${i + 1}`, `B${i + 1}`) as { id: number };
      booths.push({ partnerId: id, deviceId: (device.get(event.id, id) as { id: number }).id });
    }
    const people: number[] = [];
    for (let i = 0; i < size.attendees; i++) {
      const token = randomBytes(18).toString("base64url");
      const { id } = attendee.get(event.id, `L${i}`, `a${i}@${slug}.example`, `${slug}-${i}`, token) as { id: number };
      people.push(id);
      if (i % 3 === 0) entry.run(drawing.id, id, startMs);
    }
    const rand = seededRandom(42);
    const span = size.hours * 3_600_000;
    for (let i = 0; i < size.scans; i++) {
      // A few big booths draw most of the crowd.
      const booth = booths[Math.floor(size.partners * rand() ** 2)]!;
      const who = people[Math.floor(rand() * people.length)]!;
      // In time order, as a live event fills the table (rowids follow arrival).
      const at = startMs + Math.floor(((i + rand()) / size.scans) * span);
      const id = `${slug}-s${i}`;
      scan.run(id, event.id, booth.partnerId, booth.deviceId, who, at, at + 500);
      if (rand() < 0.6) {
        const action = ACTIONS[Math.floor(rand() * ACTIONS.length)]!;
        consent.run(event.id, who, booth.partnerId, action, notice.id, textSha, booth.deviceId, id, at, at + 500);
        if (action === "grant" && rand() < 0.05) {
          consent.run(event.id, who, booth.partnerId, "withdraw", notice.id, textSha, null, null, at + 60_000, at + 60_000);
        }
      }
    }
    // The rows above bypassed ledger.ts and record-scan.ts: build their projections as they would.
    rebuildStanding(sqlite, event.id);
    rebuildVisits(sqlite, event.id);
  })();
  return event.id;
}

