import type { Withdrawal } from "@/lib/consent/withdrawals";

const time = (d: Date) => d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** Tells the partner who withdrew: their details are gone from the leads and from every later export. */
export function WithdrawalList({ withdrawals }: { withdrawals: Withdrawal[] }) {
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
            {w.firstName} {w.lastName}, withdrawn {time(w.withdrawnAt)}
            {w.exported ? " (was in an earlier export)" : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
