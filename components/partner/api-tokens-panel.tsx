"use client";
// A partner's API tokens for the pull API (issue 14 §2): what exists (name, first characters,
// made, last used, revoked), revoking one with a confirmation, and a new one, shown once.
import { useActionState, useState } from "react";
import type { ApiTokenView } from "@/lib/api/api-tokens";
import type { FormAction } from "@/lib/errors";
import { ConfirmAction } from "../confirm-action";
import { formatTime } from "../leads/format-time";

type Made = { name: string; prefix: string; token: string };
type Actions = { create: FormAction<Made>; revoke: FormAction<void> };

/** timeZone: the event's, which the table's times are stated in. */
export function ApiTokensPanel({ partnerId, tokens, timeZone, actions, endpoint }: { partnerId: number; tokens: ApiTokenView[]; timeZone: string; actions: Actions; endpoint?: string }) {
  const url = endpoint ?? `/api/v1/partners/${partnerId}/leads`;
  return (
    <div className="stack" data-testid="api-tokens">
      <p className="small">
        For systems that cannot receive webhooks: <code>GET {url}</code> with <code>Authorization: Bearer flk_…</code> gives the same events as the
        webhooks, in the same order. Keep each page&apos;s <code>next</code> and ask again with <code>?after=</code> it. The API is described at{" "}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>. A token only reads this partner&apos;s leads.
      </p>
      {tokens.length === 0 ? (
        <p className="muted" data-testid="no-api-tokens">
          No API tokens yet.
        </p>
      ) : (
        <div className="table-wrap">
          <table data-testid="api-token-table">
            <caption className="visually-hidden">API tokens</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts with</th>
                <th scope="col">Made</th>
                <th scope="col">Last used</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{formatTime(t.createdAt, timeZone)}</td>
                  <td>{t.lastUsedAt ? formatTime(t.lastUsedAt, timeZone) : "Never"}</td>
                  <td>
                    {t.revokedAt ? (
                      `Revoked ${formatTime(t.revokedAt, timeZone)}`
                    ) : (
                      <ConfirmAction
                        action={actions.revoke}
                        fields={{ partnerId, tokenId: t.id }}
                        trigger="Revoke…"
                        triggerLabel={`Revoke the token ${t.name}`}
                        question={`Revoke "${t.name}" (${t.prefix}…)? Anything using it is refused from its next request; this cannot be undone.`}
                        confirm={`Yes, revoke ${t.name}`}
                        working="Revoking…"
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateTokenForm partnerId={partnerId} action={actions.create} />
    </div>
  );
}

function CreateTokenForm({ partnerId, action }: { partnerId: number; action: FormAction<Made> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  return (
    <form action={formAction} className="stack" noValidate data-testid="create-api-token">
      <input type="hidden" name="partnerId" value={partnerId} />
      <div className="row" style={{ alignItems: "flex-end" }}>
        <div className="field" style={{ flex: "2 1 16rem", marginBottom: 0 }}>
          <label htmlFor="api-token-name">What will use the token</label>
          <input
            id="api-token-name"
            name="name"
            required
            maxLength={100}
            placeholder="Our CRM's nightly import"
            defaultValue={failed?.values?.name}
            aria-invalid={failed?.fields?.name ? true : undefined}
            aria-describedby={failed ? "api-token-error" : undefined}
          />
        </div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Making…" : "Make an API token"}
        </button>
      </div>
      {failed && (
        <p id="api-token-error" className="alert error" role="alert">
          {failed.fields?.name ? `${failed.error} ${failed.fields.name}` : failed.error}
        </p>
      )}
      {state?.ok && <NewToken made={state.value} />}
    </form>
  );
}

/** The token, this once: Fairlead keeps only its hash. */
function NewToken({ made }: { made: Made }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert ok" role="status">
      <p>
        Copy the token for &quot;{made.name}&quot; now and keep it in your system&apos;s secrets: it is shown only this once. If it is lost, revoke it and
        make a new one.
      </p>
      <div className="row" style={{ alignItems: "center" }}>
        <label htmlFor="api-token-value" className="visually-hidden">
          The new API token
        </label>
        <input id="api-token-value" className="code" readOnly value={made.token} onFocus={(e) => e.currentTarget.select()} data-testid="api-token-value" style={{ flex: "1 1 24rem" }} />
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(made.token).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
    </div>
  );
}
