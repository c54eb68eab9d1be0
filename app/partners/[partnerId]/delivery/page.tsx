import type { Metadata } from "next";
import { ActionButton } from "@/components/action-button";
import { ConfirmAction } from "@/components/confirm-action";
import { formatTime } from "@/components/leads/format-time";
import { AddEndpointForm } from "@/components/partner/add-endpoint-form";
import { AdminsOnly } from "@/components/partner/admins-only";
import { AgreementRequired } from "@/components/partner/agreement-required";
import { ApiTokensPanel } from "@/components/partner/api-tokens-panel";
import { listApiTokens } from "@/lib/api/api-tokens";
import { DeliveryLog } from "@/components/partner/delivery-log";
import { ReplayForm } from "@/components/partner/replay-form";
import { agreementStanding } from "@/lib/auth/agreement-gate";
import { requirePartnerPage } from "@/lib/auth/guards";
import { idParam } from "@/lib/http/pages";
import { deliveryLog, listEndpoints, MAX_ENDPOINTS } from "@/lib/webhooks/endpoints";
import { createApiTokenAction, revokeApiTokenAction } from "./token-actions";
import { addEndpointAction, removeEndpointAction, replayAction, rotateSecretAction, setEndpointStatusAction } from "./actions";

export const metadata: Metadata = { title: "Delivery" };

/** Leads into the partner's own systems: webhook endpoints with their secrets, logs and replays. */
export default async function WorkspaceDeliveryPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const partnerId = idParam((await params).partnerId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}/delivery`);
  if (actor.role !== "admin") return <AdminsOnly what="set up webhooks and API tokens" />;
  const standing = agreementStanding(actor.eventId, partnerId);
  if (standing.state !== "accepted") return <AgreementRequired partnerId={partnerId} standing={standing} admin />;
  const endpoints = listEndpoints(actor, actor.eventId, partnerId);
  return (
    <>
      <section className="card stack" aria-labelledby="webhooks-heading">
        <h2 id="webhooks-heading">Webhooks</h2>
        <p className="small muted">
          Fairlead POSTs each event to your address within seconds, signed per the Standard Webhooks specification (headers <code>webhook-id</code>,{" "}
          <code>webhook-timestamp</code>, <code>webhook-signature</code>): <code>lead.shared</code>, <code>lead.qualified</code>, <code>lead.withdrawn</code>,{" "}
          <code>lead.lapsed</code>, <code>lead.erased</code>. Events go in order; one that fails is retried with growing waits (from 5 s to an hour) and the next ones wait for it; after 3
          days of failures the endpoint is disabled until you resume it. A share withdrawn since is sent without the contact.
        </p>
        {endpoints.length === 0 && <p data-testid="no-endpoints">No endpoint yet.</p>}
        {endpoints.map((e) => (
          <article key={e.id} className="card stack" data-testid={`endpoint-${e.id}`} aria-label={`Endpoint ${e.url}`}>
            <h3 style={{ margin: 0, wordBreak: "break-all" }}>{e.url}</h3>
            {e.status === "disabled" ? (
              <p className="alert error" role="status">
                {e.disabledReason ?? "Disabled."}
              </p>
            ) : e.failingSince ? (
              <p className="alert error" role="status">
                Failing since {formatTime(e.failingSince, actor.timeZone)} ({e.attempts} attempts); next try {e.nextAttemptAt ? formatTime(e.nextAttemptAt, actor.timeZone) : "soon"}. Events wait in order.
              </p>
            ) : (
              <p className="small" data-testid={`endpoint-${e.id}-status`}>
                Active · last delivery {e.lastDeliveredAt ? formatTime(e.lastDeliveredAt, actor.timeZone) : "none yet"}
              </p>
            )}
            <details>
              <summary>Signing secret</summary>
              <p>
                <code data-testid={`endpoint-${e.id}-secret`}>{e.secret}</code>
              </p>
              {e.previousSecret && e.previousUntil && e.previousUntil > new Date() && (
                <p className="small muted">The previous secret signs too until {formatTime(e.previousUntil, actor.timeZone)}, so your receiver can switch without a gap.</p>
              )}
            </details>
            <div className="row">
              <ActionButton
                action={setEndpointStatusAction}
                fields={{ partnerId, endpointId: e.id, status: e.status === "active" ? "disabled" : "active" }}
                label={e.status === "active" ? "Pause" : "Resume"}
                ariaLabel={`${e.status === "active" ? "Pause" : "Resume"} ${e.url}`}
              />
              <ConfirmAction
                action={rotateSecretAction}
                fields={{ partnerId, endpointId: e.id }}
                trigger="Rotate the secret…"
                triggerLabel={`Rotate the secret of ${e.url}`}
                question="Make a new signing secret? The current one keeps signing too for 24 hours: put the new one in your receiver within that time."
                confirm="Yes, make a new secret"
                working="Rotating…"
              />
              <ConfirmAction
                action={removeEndpointAction}
                fields={{ partnerId, endpointId: e.id }}
                trigger="Remove…"
                triggerLabel={`Remove ${e.url}`}
                question={`Remove ${e.url}? It receives nothing more, and its log goes with it.`}
                confirm="Yes, remove it"
                working="Removing…"
              />
            </div>
            <details>
              <summary>Send events again</summary>
              <ReplayForm partnerId={partnerId} endpointId={e.id} action={replayAction} />
            </details>
            <h4 style={{ marginBottom: 0 }}>Delivery log</h4>
            <DeliveryLog attempts={deliveryLog(actor, actor.eventId, partnerId, e.id, 50)} timeZone={actor.timeZone} />
          </article>
        ))}
        {endpoints.length < MAX_ENDPOINTS && <AddEndpointForm partnerId={partnerId} action={addEndpointAction} />}
      </section>
      <section className="card stack" aria-labelledby="api-heading">
        <h2 id="api-heading">Pull API</h2>
        <ApiTokensPanel
          partnerId={partnerId}
          tokens={listApiTokens(actor, actor.eventId, partnerId)}
          timeZone={actor.timeZone}
          actions={{ create: createApiTokenAction, revoke: revokeApiTokenAction }}
        />
      </section>
    </>
  );
}
