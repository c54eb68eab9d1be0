"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

/** A partner admin accepts the version on screen, in the language they read it in. */
export function AcceptAgreementForm({
  partnerId,
  partnerName,
  version,
  languages,
  action,
}: {
  partnerId: number;
  partnerName: string;
  version: number;
  languages: { code: string; name: string }[];
  action: FormAction<void>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stack" data-testid="accept-agreement">
      <input type="hidden" name="partnerId" value={partnerId} />
      <input type="hidden" name="version" value={version} />
      {languages.length > 1 ? (
        <div className="field">
          <label htmlFor="agreement-language">I read it in</label>
          <select id="agreement-language" name="language" defaultValue={languages[0]!.code}>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="language" value={languages[0]?.code ?? "en"} />
      )}
      <div className="row">
        <input id="agreement-confirm" type="checkbox" name="confirm" required style={{ width: "1.5rem", height: "1.5rem" }} />
        <label htmlFor="agreement-confirm" style={{ margin: 0 }}>
          I accept version {version} on behalf of {partnerName}
        </label>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Recording…" : `Accept version ${version}`}
      </button>
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
    </form>
  );
}
