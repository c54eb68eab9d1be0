// purge: erase the personal data of every attendee of events whose retention period has passed
// (lib/retention/purge-expired.ts). --dry-run prints the same counts and changes nothing.
import { OPERATOR } from "@/lib/auth/actor";
import { purgeExpired } from "@/lib/retention/purge-expired";
import type { Command } from "./commands";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "never (the event has no date: set its first or last day)");

export const RETENTION_COMMANDS: Record<string, Command> = {
  purge: {
    summary: "Erase attendees' personal data once their event's retention period has passed (one event, or all); --dry-run only counts",
    usage: "[--event SLUG] [--dry-run]",
    options: { event: { type: "string" }, "dry-run": { type: "boolean" } },
    run(v) {
      const dryRun = v["dry-run"] === "true";
      const reports = purgeExpired(OPERATOR, { slug: v.event, dryRun, trigger: "cli" });
      const verb = dryRun ? "would erase" : "erased";
      for (const r of reports) {
        if (!r.due) {
          console.log(`${r.slug}: not due (purge on ${day(r.purgeAt)}).`);
          continue;
        }
        const c = r.counts;
        console.log(
          `${r.slug}: ${verb} ${c.attendees} attendees; ${c.lapsed} standing shares lapsed, ${c.suppressed} partner suppression entries, ` +
            `${c.qualifications} qualification records, ${c.mail} waiting messages dropped.`,
        );
      }
      if (dryRun) console.log("Dry run: nothing was changed.");
    },
  },
};
