import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import { NoticeEditor } from "@/components/organizer/notice-editor";
import { NoticeText } from "@/components/scanner/notice-text";
import { staffTime } from "@/components/staff-time";
import { currentTemplates, listNoticeVersions, noticesFor } from "@/lib/consent/notice";
import { LANGUAGES, LANGUAGE_NAMES, PLACEHOLDERS, REQUIRED_PLACEHOLDERS } from "@/lib/consent/notice-text";
import { listPartners } from "@/lib/partners/partners";
import { saveNoticeAction } from "./actions";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Consent notice" };

export default async function NoticePage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/notice");
  const templates = currentTemplates(organizer, eventId);
  const versions = listNoticeVersions(organizer, eventId);
  const example = listPartners(organizer, eventId)[0];
  const previews = example ? noticesFor(eventId, example) : [];

  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Consent notice" />
      <p>
        Attendees read this on the booth phone before they decide, with the partner&apos;s details filled in. Every saved
        change becomes a new version; each decision records the version, language and the sha256 of the exact text shown.
      </p>
      <section className="card">
        <h2>Placeholders</h2>
        <ul>
          {Object.entries(PLACEHOLDERS).map(([key, meaning]) => (
            <li key={key}>
              <code>{`{${key}}`}</code>: {meaning}
              {(REQUIRED_PLACEHOLDERS as readonly string[]).includes(key) ? " (required)" : ""}
            </li>
          ))}
        </ul>
        <p className="small muted">A blank line starts a new paragraph.</p>
      </section>
      {LANGUAGES.map((language) => {
        const preview = previews.find((p) => p.language === language);
        return (
          <section key={language} className="card stack">
            <NoticeEditor
              eventId={eventId}
              language={language}
              languageName={LANGUAGE_NAMES[language]}
              template={templates[language]?.template ?? ""}
              version={templates[language]?.version ?? null}
              action={saveNoticeAction}
            />
            {preview && example && (
              <details>
                <summary>
                  Preview for {example.name} (sha256 <code>{preview.sha256.slice(0, 12)}…</code>)
                </summary>
                <NoticeText text={preview.text} links={[example.privacyUrl]} />
              </details>
            )}
          </section>
        );
      })}
      <section className="card">
        <h2>Versions</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Language</th>
                <th scope="col">Version</th>
                <th scope="col">Saved</th>
                <th scope="col">sha256 of the template</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <td>{v.language}</td>
                  <td>{v.version}</td>
                  <td>{staffTime(v.createdAt, event.timeZone)}</td>
                  <td>
                    <code>{v.sha256}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
