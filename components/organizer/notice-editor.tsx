"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

type Props = {
  eventId: number;
  language: string;
  languageName: string;
  template: string;
  version: number | null;
  /** Answers the version saved (created: false when nothing changed). */
  action: FormAction<{ version: number; created: boolean }>;
};

/** One language's notice template. Saving a change makes a new version; old ones stay as they were. */
export function NoticeEditor({ eventId, language, languageName, template, version, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  const id = `template-${language}`;
  return (
    <form action={formAction} className="stack" lang={language}>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="language" value={language} />
      <label htmlFor={id}>
        Notice in {languageName} {version ? <span className="muted small">(version {version})</span> : null}
      </label>
      <textarea
        id={id}
        name="template"
        rows={9}
        defaultValue={failed?.values?.template ?? template}
        aria-invalid={failed ? true : undefined}
        aria-describedby={failed ? `${id}-error` : undefined}
        style={{ width: "100%", font: "inherit", padding: "0.5rem" }}
      />
      {failed && (
        <p id={`${id}-error`} className="alert error" role="alert">
          {failed.error}
        </p>
      )}
      {state?.ok && (
        <p className="alert ok" role="status">
          {state.value.created ? `Saved as version ${state.value.version}. New decisions record this version.` : "Nothing changed: no new version."}
        </p>
      )}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : `Save the ${languageName} notice`}
      </button>
    </form>
  );
}
