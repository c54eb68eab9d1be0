"use client";
// One partner on the attendee's own page: the standing decision, one tap to withdraw (or to
// share again, with the notice shown right there), and the receipts of every decision. A share
// that lapsed (the partner changed its words: docs/decisions/023) is said plainly, with the new
// words in full and both choices.
import { useActionState } from "react";
import type { MyDecision, PartnerMet } from "@/lib/consent/my-decisions";
import type { RenderedNotice } from "@/lib/consent/notice";
import type { FormAction } from "@/lib/errors";
import { NoticeText } from "../scanner/notice-text";

type ConsentAction = MyDecision["action"];
type ConsentMethod = MyDecision["method"];
type Done = { done: ConsentAction; changed: boolean };

type Props = {
  token: string;
  met: Omit<PartnerMet, "notices">;
  notice: RenderedNotice;
  clientId: string;
  /** Receipts live at {receiptBase}/{consentId}. */
  receiptBase: string;
  action: FormAction<Done>;
};

const STATE: Record<ConsentAction, string> = { grant: "Shared", decline: "Not shared", withdraw: "Withdrawn", lapse: "Share ended" };
const WHERE: Record<ConsentMethod, string> = { booth_device: "at the booth", personal_page: "on this page", partner_change: "when the partner changed its words", erasure: "when your data was erased", retention: "when the retention period ended" };
const when = (d: Date) => d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** What the tap did. "Done" only when the standing decision changed; otherwise what stands, plainly. */
function outcome({ done, changed }: Done, name: string): string {
  if (changed) {
    if (done === "grant") return `${name} can see your contact details again.`;
    if (done === "withdraw") return `Done: ${name} no longer sees your contact details, and is told that you withdrew.`;
    return `Done: you do not share your contact details with ${name}.`;
  }
  return done === "grant"
    ? `Nothing changed: you already share your contact details with ${name}.`
    : `Nothing to withdraw: ${name} does not have your contact details from you (your decision already was "${STATE[done]}"). Nothing was changed.`;
}

export function PartnerCard({ token, met, notice, clientId, receiptBase, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const { partner, decisions } = met;
  const current = decisions[0];
  const shared = current?.action === "grant";
  const lapsed = current?.action === "lapse";
  const headingId = `partner-${partner.id}`;

  return (
    <section className="card stack" aria-labelledby={headingId} data-testid={`partner-${partner.id}`}>
      <h2 id={headingId}>
        {partner.name} <span className="muted small">booth {partner.booth}</span>
      </h2>
      <p data-testid="standing">
        {current ? (
          <>
            <strong>{STATE[current.action]}</strong> since {when(current.at)}
          </>
        ) : (
          <>You visited this booth and have not decided about sharing.</>
        )}
      </p>
      {lapsed && (
        <p className="alert" data-testid="lapsed">
          {partner.name} changed what it told you; your share ended. Share again? Here is what {partner.name} tells you now:
        </p>
      )}
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <p className="alert ok" role="status">
          {outcome(state.value, partner.name)}
        </p>
      )}
      <form action={formAction} className="stack">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="partnerId" value={partner.id} />
        <input type="hidden" name="clientId" value={clientId} />
        <input type="hidden" name="noticeId" value={notice.noticeId} />
        <input type="hidden" name="noticeSha256" value={notice.sha256} />
        <input type="hidden" name="language" value={notice.language} />
        {lapsed ? (
          <>
            <NoticeText text={notice.text} links={[partner.privacyUrl]} />
            <button className="button block" type="submit" name="choice" value="share" disabled={pending}>
              Share my details with {partner.name}
            </button>
            <button className="button secondary block" type="submit" name="choice" value="decline" disabled={pending}>
              Don&apos;t share with {partner.name}
            </button>
          </>
        ) : shared ? (
          <button className="button danger block" type="submit" name="choice" value="decline" disabled={pending}>
            Withdraw my consent for {partner.name}
          </button>
        ) : (
          <>
            <details>
              <summary>What sharing with {partner.name} means</summary>
              <NoticeText text={notice.text} links={[partner.privacyUrl]} />
            </details>
            <button className="button secondary block" type="submit" name="choice" value="share" disabled={pending}>
              Share my details with {partner.name}
            </button>
          </>
        )}
      </form>
      {decisions.length > 0 && (
        <details>
          <summary>Your decisions and receipts ({decisions.length})</summary>
          <ul>
            {decisions.map((d) => (
              <li key={d.consentId}>
                {STATE[d.action]} on {when(d.at)} ({WHERE[d.method]}) ·{" "}
                <a href={`${receiptBase}/${d.consentId}`}>Receipt</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
