// verify-ledger: recompute each event's consent hash chain and name the first row that fails.
import { OPERATOR } from "@/lib/auth/actor";
import { verifyLedger } from "@/lib/consent/verify-ledger";
import { AppError } from "@/lib/errors";
import { findEventBySlug, listEvents } from "@/lib/events/events";
import type { Command } from "./commands";

export const LEDGER_COMMANDS: Record<string, Command> = {
  "verify-ledger": {
    summary: "Check the consent ledger's hash chain (one event, or all); names the first row that was changed or removed",
    usage: "[--event SLUG]",
    options: { event: { type: "string" } },
    run(v) {
      const events = v.event ? [findEventBySlug(OPERATOR, v.event)] : listEvents(OPERATOR);
      let broken = 0;
      for (const event of events) {
        const report = verifyLedger(OPERATOR, event.id);
        if (report.problem) {
          broken++;
          console.log(`${event.slug}: FAILED at consent row ${report.problem.consentId}: ${report.problem.detail}.`);
        } else {
          console.log(`${event.slug}: ok (${report.rows} rows).`);
        }
      }
      if (broken > 0) throw new AppError("conflict", `The ledger of ${broken} event(s) does not verify.`);
    },
  },
};
