// "Worth a look": the booth phones whose shares show a pattern an organizer may want to check
// (lib/dashboard/phone-flags.ts, docs/decisions/025). Hints from what the phones report, said
// so on the screen.
import { FAST_DECISION_MS, FAST_MIN_SHARES, RUN_GAP_MS, RUN_MIN_SHARES, TYPED_FRACTION } from "@/lib/dashboard/phone-flag-thresholds";
import type { PhoneFlags } from "@/lib/dashboard/phone-flags";
import { count, percent } from "./format";
import { PhonePanel } from "./phone-panel";

const seconds = (ms: number) => `${ms / 1000} s`;

export function PhoneFlagsPanel({ eventId, phones }: { eventId: number; phones: PhoneFlags[] }) {
  return (
    <PhonePanel
      eventId={eventId}
      id="phone-flags"
      title="Worth a look"
      explain={
        <>
          Booth phones whose shares came from typed badge codes ({percent(TYPED_FRACTION)} or more of a phone&apos;s shares), with{" "}
          {FAST_MIN_SHARES} or more shares decided less than {seconds(FAST_DECISION_MS)} after the badge was read, or with shares in runs of{" "}
          {RUN_MIN_SHARES} or more, each within {seconds(RUN_GAP_MS)} of the one before. How a code was entered and the times are reported by
          the phone: these are hints to look closer, not proof.
        </>
      }
      caption="Booth phones worth a look"
      phones={phones}
      rowTestId={(p) => `phone-flag-${p.deviceId}`}
      columns={[
        { header: "Shares", numeric: true, cell: (p) => count(p.shares) },
        { header: "Typed codes", numeric: true, testId: "typed", cell: (p) => `${count(p.typed)} (${percent(p.shares === 0 ? null : p.typed / p.shares)})` },
        { header: `Under ${seconds(FAST_DECISION_MS)}`, numeric: true, testId: "fast", cell: (p) => count(p.fast) },
        { header: "Runs (shares)", numeric: true, testId: "runs", cell: (p) => `${count(p.runs)} (${count(p.inRuns)})` },
      ]}
    />
  );
}
