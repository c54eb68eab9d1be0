"use client";
import { useActionState } from "react";

export type NoticeEditState = { error?: string; template?: string; saved?: { version: number; created: boolean } };

type Props = {
  eventId: number;
  language: string;
  languageName: string;
  template: string;
  version: number | null;
  action: (prev: NoticeEditState, form: FormData) => Promise<NoticeEditState>;
};

/** One language's notice template. Saving a change makes a new version; old ones stay as they were. */
export function NoticeEditor({ eventId, language, languageName, template, version, action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
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
        defaultValue={state.template ?? template}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? `${id}-error` : undefined}
        style={{ width: "100%", font: "inherit", padding: "0.5rem" }}
      />
      {state.error && (
        <p id={`${id}-error`} className="alert error" role="alert">
          {state.error}
        </p>
      )}
      {state.saved && (
        <p className="alert ok" role="status">
          {state.saved.created ? `Saved as version ${state.saved.version}. New decisions record this version.` : "Nothing changed: no new version."}
        </p>
      )}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : `Save the ${languageName} notice`}
      </button>
    </form>
  );
}
