"use client";
// "Delete my data" on /me: a first tap opens a confirmation that says what goes; only the second
// erases (lib/retention/erase-attendee.ts). Afterwards the page's token opens nothing, so the
// answer is shown here, in place, and the page is not reloaded.
import type { Language } from "@/lib/consent/notice-text";
import type { FormAction } from "@/lib/errors";
import { DELETE_MY_DATA_COPY } from "@/lib/i18n/delete-my-data-copy";
import { attendeeError } from "@/lib/i18n/attendee-error";
import { ConfirmAction } from "../confirm-action";

export function DeleteMyData({ token, language, retentionDays, action }: { token: string; language: Language; retentionDays: number; action: FormAction<void> }) {
  const t = DELETE_MY_DATA_COPY[language];
  return (
    <section aria-labelledby="delete-my-data" className="stack">
      <h2 id="delete-my-data">{t.heading}</h2>
      <p className="small muted">{t.explain(retentionDays)}</p>
      <ConfirmAction
        action={action}
        fields={{ token }}
        trigger={t.start}
        question={
          <>
            <strong>{t.confirmQuestion}</strong> {t.confirmWhat}
          </>
        }
        confirm={t.confirm}
        working={t.deleting}
        cancel={t.cancel}
        done={t.done}
        errorText={(refusal) => attendeeError(refusal, language)}
      />
    </section>
  );
}
