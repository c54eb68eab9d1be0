// verify-ledger: recompute each event's consent hash chain and name the first row that fails,
// then check the standing decisions (current_consent) against the ledger.
import { OPERATOR } from "@/lib/auth/actor";
import { findStandingDrift } from "@/lib/consent/standing-drift";
import { verifyLedger } from "@/lib/consent/verify-ledger";
import { AppError } from "@/lib/errors";
import { findEventBySlug, listEvents } from "@/lib/events/events";
import type { Command } from "./commands";

export const LEDGER_COMMANDS: Record<string, Command> = {
  "verify-ledger": {
    summary: "Check the consent ledger's hash chain and the standing decisions (one event, or all); names the first row that fails",
    usage: "[--event SLUG]",
    options: { event: { type: "string" } },
    run(v) {
      const events = v.event ? [findEventBySlug(OPERATOR, v.event)] : listEvents(OPERATOR);
      let broken = 0;
      for (const event of events) {
        const report = verifyLedger(OPERATOR, event.id);
        const drift = report.problem ? null : findStandingDrift(OPERATOR, event.id);
        if (report.problem) {
          broken++;
          console.log(`${event.slug}: FAILED at consent row ${report.problem.consentId}: ${report.problem.detail}.`);
        } else if (drift) {
          broken++;
          console.log(
            `${event.slug}: FAILED: the standing decision of partner ${drift.partnerId} and attendee ${drift.attendeeId} ` +
              `is stored as consent row ${drift.stored ?? "none"}, but the ledger gives ${drift.ledger ?? "none"}.`,
          );
        } else {
          console.log(`${event.slug}: ok (${report.rows} rows; standing decisions match).`);
        }
      }
      if (broken > 0) throw new AppError("conflict", `The ledger of ${broken} event(s) does not verify.`);
    },
  },
};
