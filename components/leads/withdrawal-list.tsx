import type { Withdrawal } from "@/lib/consent/withdrawals";
import { staffTime } from "@/components/staff-time";

/** Tells the partner who withdrew: their details are gone from the leads and from every later export. */
export function WithdrawalList({ withdrawals, timeZone }: { withdrawals: Withdrawal[]; timeZone: string }) {
  if (withdrawals.length === 0) return null;
  return (
    <div className="alert error" role="status" data-testid="withdrawals">
      <p>
        <strong>
          {withdrawals.length} {withdrawals.length === 1 ? "contact has" : "contacts have"} withdrawn consent.
        </strong>{" "}
        Stop contacting them and delete their details from your systems. Contacts you had exported are on the suppression
        list.
      </p>
      <ul>
        {withdrawals.map((w) => (
          <li key={w.consentId}>
            {w.firstName} {w.lastName}, withdrawn {staffTime(w.withdrawnAt, timeZone)}
            {w.exported ? " (was in an earlier export)" : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
