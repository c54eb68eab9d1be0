import type { Metadata } from "next";
import { AcceptAgreementForm } from "@/components/partner/accept-agreement-form";
import { requirePartnerPage } from "@/lib/auth/guards";
import { idParam } from "@/lib/http/pages";
import { LANGUAGE_NAMES, type Language } from "@/lib/i18n/language";
import { agreementForPartner } from "@/lib/partners/agreement";
import { formatTime } from "@/components/leads/format-time";
import { acceptAgreementAction } from "../actions";

export const metadata: Metadata = { title: "Data-use agreement" };

/** The event's current data-use agreement, where the team stands with it, and (for admins) the acceptance. */
export default async function WorkspaceAgreementPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const partnerId = idParam((await params).partnerId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}/agreement`);
  const { texts, standing } = agreementForPartner(actor);
  if (standing.state === "none") {
    return (
      <section className="card">
        <h2>Data-use agreement</h2>
        <p>The organizer has not published the event&rsquo;s data-use agreement yet. Leads are available once it is published and one of your admins accepts it.</p>
      </section>
    );
  }
  return (
    <section className="card stack" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Data-use agreement, version {standing.version}</h2>
      {standing.state === "accepted" ? (
        <p className="alert ok" role="status" data-testid="agreement-accepted">
          Accepted for {actor.partnerName} by {standing.acceptedBy} on {formatTime(standing.acceptedAt, actor.timeZone)} ({LANGUAGE_NAMES[standing.language as Language] ?? standing.language}
          , sha256 <code>{standing.sha256.slice(0, 16)}…</code>).
        </p>
      ) : (
        <p className="alert error" role="status">
          Not accepted yet: your team sees no lead until one of its admins accepts this version.
        </p>
      )}
      {texts.map((t) => (
        <article key={t.id} lang={t.language} className="stack" aria-label={`The agreement in ${LANGUAGE_NAMES[t.language]}`}>
          {texts.length > 1 && <h3>{LANGUAGE_NAMES[t.language]}</h3>}
          <div style={{ whiteSpace: "pre-wrap" }} data-testid={`agreement-text-${t.language}`}>
            {t.text}
          </div>
          <p className="small muted">
            sha256 <code>{t.sha256}</code>
          </p>
        </article>
      ))}
      {standing.state === "pending" &&
        (actor.role === "admin" ? (
          <AcceptAgreementForm
            partnerId={partnerId}
            partnerName={actor.partnerName}
            version={standing.version}
            languages={texts.map((t) => ({ code: t.language, name: LANGUAGE_NAMES[t.language] }))}
            action={acceptAgreementAction}
          />
        ) : (
          <p className="muted">Only your team&rsquo;s admins can accept it.</p>
        ))}
    </section>
  );
}
