"use client";
// "Delete my data" on /me: a first tap opens a confirmation that says what goes; only the second
// erases (lib/retention/erase-attendee.ts). Afterwards the page's token opens nothing, so the
// answer is shown here, in place, and the page is not reloaded.
import { useActionState, useState } from "react";
import type { Language } from "@/lib/consent/notice-text";
import type { FormAction } from "@/lib/errors";
import { DELETE_MY_DATA_COPY } from "@/lib/i18n/delete-my-data-copy";
import { attendeeError } from "@/lib/i18n/attendee-error";

export function DeleteMyData({ token, language, retentionDays, action }: { token: string; language: Language; retentionDays: number; action: FormAction<void> }) {
  const t = DELETE_MY_DATA_COPY[language];
  const [state, formAction, pending] = useActionState(action, null);
  const [asking, setAsking] = useState(false);
  if (state?.ok) {
    return (
      <section aria-labelledby="delete-my-data" className="stack">
        <h2 id="delete-my-data">{t.heading}</h2>
        <p role="status">{t.done}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="delete-my-data" className="stack">
      <h2 id="delete-my-data">{t.heading}</h2>
      <p className="small muted">{t.explain(retentionDays)}</p>
      {!asking ? (
        <p>
          <button type="button" className="button" onClick={() => setAsking(true)}>
            {t.start}
          </button>
        </p>
      ) : (
        <form action={formAction} className="stack" aria-labelledby="delete-my-data-question">
          <input type="hidden" name="token" value={token} />
          <p id="delete-my-data-question">
            <strong>{t.confirmQuestion}</strong>
          </p>
          <p>{t.confirmWhat}</p>
          <div className="row">
            <button type="submit" className="button danger" disabled={pending}>
              {pending ? t.deleting : t.confirm}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)} disabled={pending}>
              {t.cancel}
            </button>
          </div>
          {state?.ok === false && (
            <p className="field-error" role="alert">
              {attendeeError(state, language)}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
