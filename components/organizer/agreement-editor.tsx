"use client";
// The organizer publishes the event's data-use agreement: English (required) and German in one
// version. Publishing changed texts makes a new version every partner must accept again.
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

type Texts = { en: string; de: string };

export function AgreementEditor({ eventId, texts, version, action }: { eventId: number; texts: Texts; version: number | null; action: FormAction<{ version: number; created: boolean }> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  const field = (language: keyof Texts, label: string, hint: string) => (
    <div className="field" lang={language}>
      <label htmlFor={`agreement-${language}`}>{label}</label>
      <p id={`agreement-${language}-hint`} className="small muted">
        {hint}
      </p>
      <textarea
        id={`agreement-${language}`}
        name={language}
        rows={12}
        defaultValue={failed?.values?.[language] ?? texts[language]}
        aria-invalid={failed?.fields?.[language] ? true : undefined}
        aria-describedby={`agreement-${language}-hint${failed?.fields?.[language] ? ` agreement-${language}-error` : ""}`}
        style={{ width: "100%", font: "inherit", padding: "0.5rem" }}
      />
      {failed?.fields?.[language] && (
        <p id={`agreement-${language}-error`} className="field-error">
          {failed.fields[language]}
        </p>
      )}
    </div>
  );
  return (
    <form action={formAction} className="stack" data-testid="agreement-editor">
      <input type="hidden" name="eventId" value={eventId} />
      {field("en", "The agreement in English", "Required. What partners may do with the contacts attendees share, for how long, and what they must do on a withdrawal.")}
      {field("de", "The agreement in German", "Optional: partners who read German see the English text until this is written.")}
      {failed && (
        <p className="alert error" role="alert">
          {failed.error}
        </p>
      )}
      {state?.ok && (
        <p className="alert ok" role="status">
          {state.value.created
            ? `Published as version ${state.value.version}. Every partner must accept it before their team sees leads again.`
            : "Nothing changed: no new version."}
        </p>
      )}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Publishing…" : version ? "Publish as a new version" : "Publish the agreement"}
      </button>
    </form>
  );
}
