import type { Metadata } from "next";
import { ActionButton } from "@/components/action-button";
import type { FieldSpec } from "@/components/organizer/form-field";
import { SettingsForm } from "@/components/organizer/settings-form";
import { AdminsOnly } from "@/components/partner/admins-only";
import { AgreementRequired } from "@/components/partner/agreement-required";
import { agreementStanding } from "@/lib/auth/agreement-gate";
import { requirePartnerPage } from "@/lib/auth/guards";
import { LANGUAGES, LANGUAGE_NAMES } from "@/lib/consent/notice-text";
import { formatDateTime } from "@/lib/i18n/format-date";
import { idParam } from "@/lib/http/pages";
import { FOLLOW_UP_LINKS, followUpFields, readFollowUps } from "@/lib/partners/follow-up";
import { partnerFollowUpAction, partnerRemoveFollowUpAction } from "../actions";

export const metadata: Metadata = { title: "Follow-up" };

const FIELDS: FieldSpec[] = [
  {
    name: "promise",
    label: "Promise on the consent screen",
    hint: "One sentence the attendee reads after the notice, before deciding, e.g. “We will email you the product sheet now and may call you within 2 working days.” It is part of the notice each decision records.",
  },
  { name: "message", label: "Message sent at once", hint: "Emailed within a minute of a share, from the event’s address, above the share confirmation. Nothing is sent after a decline.", kind: "textarea" },
  ...Array.from({ length: FOLLOW_UP_LINKS }, (_, i): FieldSpec[] => [
    { name: `link${i + 1}Label`, label: `Link ${i + 1}: label`, hint: i === 0 ? "What the attendee reads, e.g. “Product sheet” or “Book a call”. Optional." : "Optional." },
    { name: `link${i + 1}Url`, label: `Link ${i + 1}: address`, hint: "A full https:// address.", kind: "url" },
  ]).flat(),
  { name: "replyTo", label: "Replies go to", hint: "Where the attendee’s answer to the email goes. Blank: your contact email on file with the organizer.", kind: "email" },
];

/** What an attendee who shares is promised and sent at once, per language: the partner admin edits it. */
export default async function WorkspaceFollowUpPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const partnerId = idParam((await params).partnerId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}/follow-up`);
  if (actor.role !== "admin") return <AdminsOnly what="edit the follow-up" />;
  const standing = agreementStanding(actor.eventId, partnerId);
  if (standing.state !== "accepted") return <AgreementRequired partnerId={partnerId} standing={standing} admin />;
  const saved = readFollowUps(actor, actor.eventId, partnerId);
  return (
    <>
      <p>
        What an attendee who shares with {actor.partnerName} is told on the consent screen, and receives by email at once. Write one per language:
        an attendee reading the notice in a language without one is promised nothing and gets the share confirmation alone.
      </p>
      {LANGUAGES.map((language) => {
        const followUp = saved[language];
        const testId = `follow-up-${language}`;
        return (
          <section key={language} className="card stack" aria-labelledby={`${testId}-heading`} style={{ maxWidth: "40rem" }}>
            <h2 id={`${testId}-heading`}>{LANGUAGE_NAMES[language]}</h2>
            <p className="small muted" data-testid={`${testId}-state`}>
              {followUp ? `Saved ${formatDateTime(followUp.updatedAt, "en", { timeZone: actor.timeZone })}.` : `No follow-up in ${LANGUAGE_NAMES[language]} yet.`}
            </p>
            <SettingsForm
              ids={{ partnerId, language }}
              fields={FIELDS}
              values={followUpFields(followUp)}
              submitLabel={`Save the ${LANGUAGE_NAMES[language]} follow-up`}
              action={partnerFollowUpAction}
              testId={testId}
            />
            {followUp && (
              <ActionButton
                action={partnerRemoveFollowUpAction}
                fields={{ partnerId, language }}
                label={`Remove the ${LANGUAGE_NAMES[language]} follow-up`}
                working="Removing…"
              />
            )}
          </section>
        );
      })}
    </>
  );
}
