"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

/** Adds a webhook endpoint: the address is checked (https, no private network) before it is kept. */
export function AddEndpointForm({ partnerId, action }: { partnerId: number; action: FormAction<{ id: number }> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  return (
    <form action={formAction} className="stack" noValidate data-testid="add-endpoint">
      <input type="hidden" name="partnerId" value={partnerId} />
      <div className="row" style={{ alignItems: "flex-end" }}>
        <div className="field" style={{ flex: "3 1 20rem", marginBottom: 0 }}>
          <label htmlFor="endpoint-url">Address of your receiver</label>
          <input
            id="endpoint-url"
            name="url"
            type="url"
            required
            placeholder="https://crm.example.com/fairlead"
            defaultValue={failed?.values?.url}
            aria-invalid={failed?.fields?.url ? true : undefined}
            aria-describedby={failed ? "endpoint-url-error" : undefined}
          />
        </div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Checking…" : "Add the endpoint"}
        </button>
      </div>
      {failed && (
        <p id="endpoint-url-error" className="alert error" role="alert">
          {failed.fields?.url ? `${failed.error} ${failed.fields.url.replace(/^./, (c) => c.toUpperCase())}` : failed.error}
        </p>
      )}
      {state?.ok && (
        <p className="alert ok" role="status">
          Added. It receives every lead so far, then each new event within seconds. Copy its signing secret below into your receiver.
        </p>
      )}
    </form>
  );
}
