// verify-ledger: recompute each event's consent hash chain and name the first row that fails,
// then check the standing decisions (current_consent) against the ledger.
import fs from "node:fs";
import { OPERATOR } from "@/lib/auth/actor";
import { findStandingDrift } from "@/lib/consent/standing-drift";
import { verifyLedger } from "@/lib/consent/verify-ledger";
import { AppError } from "@/lib/errors";
import { findEventBySlug, listEvents } from "@/lib/events/events";
import { SigningKeyError, readSigningKey, signingKeyPath } from "@/lib/ledger/signing-key";
import type { Command } from "./commands";

/**
 * The checkpoints' key, read from where the server keeps it and never created (a new key signed
 * nothing that exists). A missing file is an error only once there are checkpoints to check.
 */
function publicKey(): { key: ReturnType<typeof readSigningKey> | null; missing: string | null } {
  const file = signingKeyPath();
  try {
    if (!fs.existsSync(file)) return { key: null, missing: `The signing key ${file} does not exist, so the checkpoints' signatures cannot be checked. Restore it from its backup (or set FAIRLEAD_SIGNING_KEY to where it is).` };
    return { key: readSigningKey(file, { create: false }), missing: null };
  } catch (error) {
    if (error instanceof SigningKeyError) throw new AppError("invalid", error.message);
    throw error;
  }
}

export const LEDGER_COMMANDS: Record<string, Command> = {
  "verify-ledger": {
    summary: "Check the consent ledger's hash chain and the standing decisions (one event, or all); names the first row that fails",
    usage: "[--event SLUG]",
    options: { event: { type: "string" } },
    run(v) {
      const events = v.event ? [findEventBySlug(OPERATOR, v.event)] : listEvents(OPERATOR);
      const { key, missing } = publicKey();
      let broken = 0;
      for (const event of events) {
        const report = verifyLedger(OPERATOR, event.id, key);
        if (missing && report.checkpoints > 0) throw new AppError("invalid", missing);
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
          const signed = `${report.checkpoints} signed checkpoints${report.unsigned ? `; ${report.unsigned} rows after the last one` : ""}`;
          console.log(`${event.slug}: ok (${report.rows} rows; standing decisions match; ${signed}).`);
        }
      }
      if (broken > 0) throw new AppError("conflict", `The ledger of ${broken} event(s) does not verify.`);
    },
  },
};
