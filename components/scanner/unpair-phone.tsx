"use client";
// The phone unpairs itself (docs/decisions/031-sessions-and-input-edges.md). Not offered
// while scans wait in its queue: they would have no session left to be sent with.
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import { useBrowserValue } from "../use-browser-value";
import type { OfflineStatus } from "./offline/use-offline-booth";
import { useQueue } from "./offline/use-queue";
import { UNPAIR_COPY } from "./unpair-copy";

const phoneLanguage = () => (navigator.language.toLowerCase().startsWith("de") ? "de" : "en");

export function UnpairPhone({ partnerName, status, unpair }: { partnerName: string; status: OfflineStatus; unpair: FormAction<never> }) {
  const copy = UNPAIR_COPY[useBrowserValue<"en" | "de">(phoneLanguage, "en")];
  const { waiting } = useQueue(status.deviceId);
  const [state, formAction, pending] = useActionState(unpair, null);
  return (
    <details className="card" data-testid="this-phone">
      <summary>{copy.heading}</summary>
      <p className="small">{copy.explain(partnerName)}</p>
      {waiting > 0 ? (
        <p className="small" role="status">
          {copy.waiting(waiting)}
        </p>
      ) : (
        <form action={formAction} onSubmit={(e) => !window.confirm(copy.confirm) && e.preventDefault()}>
          <button className="button danger" type="submit" disabled={pending}>
            {pending ? copy.working : copy.button}
          </button>
        </form>
      )}
      {state?.ok === false && (
        <p className="alert error small" role="alert">
          {state.error}
        </p>
      )}
    </details>
  );
}
