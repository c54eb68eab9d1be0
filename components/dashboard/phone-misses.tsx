// "Badge codes not found": booth phones that sent codes no attendee has, again and again, and
// when their badge lookups were last refused (lib/dashboard/phone-misses.ts, docs/decisions/032).
import { MISSES_WORTH_A_LOOK } from "@/lib/dashboard/phone-flag-thresholds";
import type { PhoneMisses } from "@/lib/dashboard/phone-misses";
import { count, dayAndClock } from "./format";
import { PhonePanel } from "./phone-panel";

export function PhoneMissesPanel({ eventId, phones, timeZone }: { eventId: number; phones: PhoneMisses[]; timeZone: string }) {
  return (
    <PhonePanel
      eventId={eventId}
      id="phone-misses"
      title="Badge codes not found"
      explain={
        <>
          Booth phones that sent {MISSES_WORTH_A_LOOK} or more badge codes no attendee of this event has, or whose badge lookups were
          refused for going faster than people scan (a code not found counts for more than a badge found). A phone guessing codes shows
          here; so can a phone at the wrong event.
        </>
      }
      caption="Booth phones with badge codes not found"
      phones={phones}
      rowTestId={(p) => `phone-misses-${p.deviceId}`}
      columns={[
        { header: "Codes not found", numeric: true, testId: "misses", cell: (p) => count(p.misses) },
        { header: "Last slowed down", testId: "limited", cell: (p) => (p.limitedAt ? dayAndClock(p.limitedAt, timeZone) : "never") },
      ]}
    />
  );
}
