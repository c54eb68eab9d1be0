"use client";
// One partner on the attendee's own page: the standing decision, one tap to withdraw (or to
// share again, with the notice shown right there), and the receipts of every decision. A share
// that lapsed (the partner changed its words: docs/decisions/023) is said plainly, with the new
// words in full and both choices.
import { useActionState } from "react";
import type { MyDecision, PartnerMet } from "@/lib/consent/my-decisions";
import type { RenderedNotice } from "@/lib/consent/notice";
import type { FormAction } from "@/lib/errors";
import type { Language } from "@/lib/i18n/language";
import { formatDateTime } from "@/lib/i18n/format-date";
import { ME_COPY } from "@/lib/i18n/me-copy";
import { NoticeText } from "../scanner/notice-text";
import { attendeeError } from "@/lib/i18n/attendee-error";

type ConsentAction = MyDecision["action"];
type Done = { done: ConsentAction; changed: boolean };

type Props = {
  token: string;
  met: Omit<PartnerMet, "notices">;
  notice: RenderedNotice;
  clientId: string;
  /** Receipts live at {receiptBase}/{consentId}. */
  receiptBase: string;
  action: FormAction<Done>;
  language: Language;
  /** The event's zone (decision 044): times are stated in it. */
  timeZone: string;
};

/** What the tap did. "Done" only when the standing decision changed; otherwise what stands, plainly. */
function outcome({ done, changed }: Done, name: string, t: (typeof ME_COPY)[Language]): string {
  if (changed) {
    if (done === "grant") return t.shared(name);
    if (done === "withdraw") return t.withdrawn(name);
    return t.declined(name);
  }
  return done === "grant" ? t.alreadyShared(name) : t.nothingToWithdraw(name, t.state[done]);
}

export function PartnerCard({ token, met, notice, clientId, receiptBase, action, language, timeZone }: Props) {
  const t = ME_COPY[language];
  const when = (d: Date) => formatDateTime(d, language, { timeZone });
  const [state, formAction, pending] = useActionState(action, null);
  const { partner, decisions } = met;
  const current = decisions[0];
  const shared = current?.action === "grant";
  const lapsed = current?.action === "lapse";
  const headingId = `partner-${partner.id}`;

  return (
    <section className="card stack" aria-labelledby={headingId} data-testid={`partner-${partner.id}`}>
      <h2 id={headingId}>
        {partner.name} <span className="muted small">{t.booth(partner.booth)}</span>
      </h2>
      <p data-testid="standing">
        {current ? (
          <>
            <strong>{t.state[current.action]}</strong> {t.since} {when(current.at)}
          </>
        ) : (
          <>{t.undecided}</>
        )}
      </p>
      {lapsed && (
        <p className="alert" data-testid="lapsed">
          {t.lapsed(partner.name)}
        </p>
      )}
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {attendeeError(state, language)}
        </p>
      )}
      {state?.ok && (
        <p className="alert ok" role="status">
          {outcome(state.value, partner.name, t)}
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
              {t.share(partner.name)}
            </button>
            <button className="button secondary block" type="submit" name="choice" value="decline" disabled={pending}>
              {t.dontShare(partner.name)}
            </button>
          </>
        ) : shared ? (
          <button className="button danger block" type="submit" name="choice" value="decline" disabled={pending}>
            {t.withdraw(partner.name)}
          </button>
        ) : (
          <>
            <details>
              <summary>{t.whatSharingMeans(partner.name)}</summary>
              <NoticeText text={notice.text} links={[partner.privacyUrl]} />
            </details>
            <button className="button secondary block" type="submit" name="choice" value="share" disabled={pending}>
              {t.share(partner.name)}
            </button>
          </>
        )}
      </form>
      {decisions.length > 0 && (
        <details>
          <summary>{t.receiptsSummary(decisions.length)}</summary>
          <ul>
            {decisions.map((d) => (
              <li key={d.consentId}>
                {t.state[d.action]} {t.on} {when(d.at)} ({t.where[d.method]}) ·{" "}
                <a href={`${receiptBase}/${d.consentId}`}>{t.receipt}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
