import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { formatTime } from "@/components/leads/format-time";
import { AgreementEditor } from "@/components/organizer/agreement-editor";
import { PageHeader } from "@/components/organizer/page-header";
import { organizerEventPage } from "@/lib/http/event-page";
import { LANGUAGE_NAMES, type Language } from "@/lib/i18n/language";
import { agreementOverview } from "@/lib/partners/agreement";
import { endpointPolicy } from "@/lib/webhooks/endpoints";
import { privateAddressesAction, publishAgreementAction } from "./actions";

export const metadata: Metadata = { title: "Partner agreement" };

/** The event's data-use agreement for partners, and which partner accepted which version. */
export default async function AgreementPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/agreement");
  const { texts, partners } = agreementOverview(organizer, eventId);
  const version = texts[0]?.version ?? null;
  const allowPrivate = endpointPolicy(eventId).allowPrivate;
  const text = (l: Language) => texts.find((t) => t.language === l)?.text ?? "";
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Partner data-use agreement" />
      <p>
        Partners&rsquo; own teams see no lead, export nothing and receive nothing until one of their admins accepts the current version. Every published
        change is a new version with the sha256 of its text, and must be accepted again. Booth phones you pair keep working.
      </p>
      <section className="card stack" aria-labelledby="standing-heading">
        <h2 id="standing-heading">{version ? `Version ${version}: who accepted it` : "Not published yet"}</h2>
        {partners.length === 0 ? (
          <p className="muted">This event has no partners yet.</p>
        ) : (
          <div className="table-wrap">
            <table data-testid="agreement-standing">
              <thead>
                <tr>
                  <th scope="col">Partner</th>
                  <th scope="col">Current version</th>
                </tr>
              </thead>
              <tbody>
                {partners.map((p) => (
                  <tr key={p.partnerId}>
                    <td>
                      <Link href={`/events/${eventId}/partners/${p.partnerId}`}>{p.partnerName}</Link>
                    </td>
                    <td>
                      {p.standing.state === "accepted" ? (
                        <>
                          Accepted by {p.standing.acceptedBy} on {formatTime(p.standing.acceptedAt, event.timeZone)} ({LANGUAGE_NAMES[p.standing.language as Language] ?? p.standing.language}, sha256{" "}
                          <code>{p.standing.sha256.slice(0, 12)}…</code>)
                        </>
                      ) : p.standing.state === "pending" ? (
                        <span className="muted">Not accepted yet</span>
                      ) : (
                        <span className="muted">Nothing to accept yet</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card stack" aria-labelledby="edit-heading">
        <h2 id="edit-heading">{version ? `Edit (version ${version} now)` : "Write the agreement"}</h2>
        <AgreementEditor eventId={eventId} texts={{ en: text("en"), de: text("de") }} version={version} action={publishAgreementAction} />
        {texts.map((t) => (
          <p key={t.id} className="small muted">
            Version {t.version}, {LANGUAGE_NAMES[t.language]}: sha256 <code>{t.sha256}</code>, published {formatTime(t.createdAt, event.timeZone)}
          </p>
        ))}
      </section>
      <section className="card stack" aria-labelledby="private-heading">
        <h2 id="private-heading">Webhooks into private networks</h2>
        <p className="small muted">
          Partners&rsquo; webhooks go to public https addresses only, so nobody can aim Fairlead at machines inside your network. Allow private and internal
          addresses only when a partner&rsquo;s receiver really sits in a private network you trust.
        </p>
        <p data-testid="private-addresses">{allowPrivate ? "Private addresses are allowed." : "Private addresses are refused."}</p>
        <ActionButton
          action={privateAddressesAction}
          fields={{ eventId, allow: allowPrivate ? "no" : "yes" }}
          label={allowPrivate ? "Refuse private addresses again" : "Allow private addresses"}
        />
      </section>
    </>
  );
}
