// Recomputes every event's hash chain and reports the first row that does not match.
import { getDb } from "@/db/client";
import type { ConsentEvent } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { entryHash } from "./ledger";

export type LedgerProblem = {
  eventId: number;
  consentId: number;
  problem: "edited" | "broken-link";
  detail: string;
};

export type LedgerReport = { eventId: number; rows: number; problem: LedgerProblem | null };

type RawRow = Omit<ConsentEvent, "occurredAt" | "recordedAt"> & { occurredAt: number; recordedAt: number };

export function verifyLedger(actor: Actor, eventId: number): LedgerReport {
  requireOrganizerOf(actor, eventId);
  const rows = getDb()
    .$client.prepare(
      `select id, event_id as eventId, attendee_id as attendeeId, partner_id as partnerId, action, notice_id as noticeId,
              text_sha256 as textSha256, language, method, device_id as deviceId, scan_id as scanId, client_id as clientId,
              occurred_at as occurredAt, recorded_at as recordedAt, prev_hash as prevHash, hash
       from consent_events where event_id = ? order by id`,
    )
    .iterate(eventId) as Iterable<RawRow>;
  let previous: string | null = null;
  let count = 0;
  for (const row of rows) {
    count++;
    if ((row.prevHash ?? null) !== previous) {
      return {
        eventId,
        rows: count,
        problem: {
          eventId,
          consentId: row.id,
          problem: "broken-link",
          detail: `row ${row.id} does not follow the row before it: a row before it was deleted or changed`,
        },
      };
    }
    const { id: _id, prevHash: _p, hash, ...rest } = row;
    const expected = entryHash(previous, { ...rest, occurredAt: new Date(row.occurredAt), recordedAt: new Date(row.recordedAt) });
    if (hash !== expected) {
      return {
        eventId,
        rows: count,
        problem: { eventId, consentId: row.id, problem: "edited", detail: `row ${row.id} was changed after it was written` },
      };
    }
    previous = hash;
  }
  return { eventId, rows: count, problem: null };
}
