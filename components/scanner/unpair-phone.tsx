"use client";
// The phone unpairs itself (docs/decisions/031-sessions-and-input-edges.md). Not offered
// while scans wait in its queue: they would have no session left to be sent with.
import type { FormAction } from "@/lib/errors";
import { useBrowserValue } from "../use-browser-value";
import type { OfflineStatus } from "./offline/use-offline-booth";
import { useQueue } from "./offline/use-queue";
import { UNPAIR_COPY } from "./unpair-copy";
import { ConfirmAction } from "../confirm-action";

const phoneLanguage = () => (navigator.language.toLowerCase().startsWith("de") ? "de" : "en");

export function UnpairPhone({ partnerName, status, unpair }: { partnerName: string; status: OfflineStatus; unpair: FormAction<never> }) {
  const copy = UNPAIR_COPY[useBrowserValue<"en" | "de">(phoneLanguage, "en")];
  const { waiting } = useQueue(status.deviceId);
  return (
    <details className="card" data-testid="this-phone">
      <summary>{copy.heading}</summary>
      <p className="small">{copy.explain(partnerName)}</p>
      {waiting > 0 ? (
        <p className="small" role="status">
          {copy.waiting(waiting)}
        </p>
      ) : (
        <ConfirmAction action={unpair} trigger={copy.button} question={copy.confirm} confirm={copy.yes} working={copy.working} cancel={copy.cancel} />
      )}
    </details>
  );
}
