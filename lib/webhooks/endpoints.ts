// A partner's webhook endpoints (issue 14 §2, decision 039): its admins (and the event's
// organizers) add, rotate, pause and resume them; the partner's data gate applies
// (requirePartnerManager → the agreement). A new endpoint starts at the beginning of the
// partner's feed, so it receives every lead so far, then each new event.
import { lookup } from "node:dns";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { events, webhookAttempts, webhookEndpoints, type WebhookEndpoint } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, type Actor } from "../auth/actor";
import { requireOrganizerOf, requirePartnerAccess, requirePartnerManager } from "../auth/access";
import { AppError, notFound, parseInput } from "../errors";
import { checkedLookup, parseEndpointUrl, type EndpointPolicy } from "./endpoint-policy";
import { newWebhookSecret } from "./signature";
import { wakeWebhookSender } from "./wake";

/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;
export const MAX_ENDPOINTS = 5;

export function endpointPolicy(eventId: number): EndpointPolicy {
  const row = getDb().select({ allow: events.webhooksAllowPrivate }).from(events).where(eq(events.id, eventId)).get();
  return { allowPrivate: row?.allow ?? false };
}

/** The name resolved now, as a connection would: a name that points inward is refused when saved too. */
function resolvesOutward(url: URL, policy: EndpointPolicy): Promise<void> {
  return new Promise((resolve, reject) => {
    checkedLookup(policy, lookup)(url.hostname.replace(/^\[|\]$/g, ""), { all: true }, (error) => {
      if (error?.code === "EPRIVATE") reject(new AppError("invalid", `This address cannot receive webhooks: ${error.message}.`, { url: error.message }));
      else resolve(); // a name that does not resolve yet is kept: the delivery log will say so
    });
  });
}

export const EndpointInput = z.object({ url: z.string().trim().min(1, "Enter the address.").max(2000) });

export type EndpointView = Omit<WebhookEndpoint, "secret" | "previousSecret"> & { secret: string; previousSecret: string | null };

export async function addEndpoint(actor: Actor, eventId: number, partnerId: number, input: z.input<typeof EndpointInput>) {
  requirePartnerManager(actor, eventId, partnerId);
  const { url } = parseInput(EndpointInput, input);
  const policy = endpointPolicy(eventId);
  const parsed = parseEndpointUrl(url, policy);
  await resolvesOutward(parsed, policy);
  const id = getDb().transaction((tx) => {
    const count = tx.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(eq(webhookEndpoints.partnerId, partnerId)).all().length;
    if (count >= MAX_ENDPOINTS) throw new AppError("conflict", `A partner has at most ${MAX_ENDPOINTS} webhook endpoints: remove one first.`);
    const row = tx
      .insert(webhookEndpoints)
      .values({ eventId, partnerId, url: parsed.toString(), secret: newWebhookSecret(), createdBy: actorUserId(actor) })
      .returning({ id: webhookEndpoints.id })
      .get();
    recordAudit(tx, actor, eventId, "webhooks.add", `partner ${partnerId} endpoint ${row.id}`, { url: parsed.toString() });
    return row.id;
  });
  wakeWebhookSender();
  return { id };
}

/** The partner's endpoints, secrets included: its admins copy them into their receiver. Organizers see them without. */
export function listEndpoints(actor: Actor, eventId: number, partnerId: number): EndpointView[] {
  requirePartnerAccess(actor, eventId, partnerId);
  const canManage = actor.kind === "partner" ? actor.role === "admin" : actor.kind === "operator";
  return getDb()
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.partnerId, partnerId), eq(webhookEndpoints.eventId, eventId)))
    .orderBy(webhookEndpoints.id)
    .all()
    .map((e) => ({ ...e, secret: canManage ? e.secret : "", previousSecret: canManage ? e.previousSecret : null }));
}

function managedEndpoint(actor: Actor, eventId: number, partnerId: number, endpointId: number): WebhookEndpoint {
  requirePartnerManager(actor, eventId, partnerId);
  const row = getDb()
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.partnerId, partnerId), eq(webhookEndpoints.eventId, eventId)))
    .get();
  if (!row) throw notFound("The endpoint");
  return row;
}

/** A new secret; the old one keeps signing (both in webhook-signature) for a day, so receivers switch without a gap. */
export function rotateSecret(actor: Actor, eventId: number, partnerId: number, endpointId: number, now = new Date()): void {
  const endpoint = managedEndpoint(actor, eventId, partnerId, endpointId);
  getDb().transaction((tx) => {
    tx.update(webhookEndpoints)
      .set({ secret: newWebhookSecret(), previousSecret: endpoint.secret, previousUntil: new Date(now.getTime() + ROTATION_OVERLAP_MS) })
      .where(eq(webhookEndpoints.id, endpointId))
      .run();
    recordAudit(tx, actor, eventId, "webhooks.rotate", `partner ${partnerId} endpoint ${endpointId}`);
  });
}

export const StatusInput = z.object({ status: z.enum(["active", "disabled"]) });

/** Pause or resume. Resuming starts a failing event's retries afresh. */
export function setEndpointStatus(actor: Actor, eventId: number, partnerId: number, endpointId: number, input: z.input<typeof StatusInput>, now = new Date()): void {
  managedEndpoint(actor, eventId, partnerId, endpointId);
  const { status } = parseInput(StatusInput, input);
  getDb().transaction((tx) => {
    tx.update(webhookEndpoints)
      .set(
        status === "disabled"
          ? { status, disabledAt: now, disabledReason: "Paused by hand." }
          : { status, disabledAt: null, disabledReason: null, failingSince: null, attempts: 0, nextAttemptAt: null },
      )
      .where(eq(webhookEndpoints.id, endpointId))
      .run();
    recordAudit(tx, actor, eventId, status === "disabled" ? "webhooks.pause" : "webhooks.resume", `partner ${partnerId} endpoint ${endpointId}`);
  });
  if (status === "active") wakeWebhookSender();
}

export function removeEndpoint(actor: Actor, eventId: number, partnerId: number, endpointId: number): void {
  const endpoint = managedEndpoint(actor, eventId, partnerId, endpointId);
  getDb().transaction((tx) => {
    tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId)).run();
    recordAudit(tx, actor, eventId, "webhooks.remove", `partner ${partnerId} endpoint ${endpointId}`, { url: endpoint.url });
  });
}

export type AttemptView = typeof webhookAttempts.$inferSelect;

/** The endpoint's delivery log, newest first. */
export function deliveryLog(actor: Actor, eventId: number, partnerId: number, endpointId: number, limit = 100): AttemptView[] {
  requirePartnerAccess(actor, eventId, partnerId);
  const endpoint = getDb().select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.partnerId, partnerId))).get();
  if (!endpoint) throw notFound("The endpoint");
  return getDb().select().from(webhookAttempts).where(eq(webhookAttempts.endpointId, endpointId)).orderBy(desc(webhookAttempts.id)).limit(limit).all();
}

export { managedEndpoint };

export const PrivateAddressesInput = z.object({ allow: z.boolean() });

/** The organizer lets the event's partners send webhooks into private networks (an on-site CRM), or stops it. */
export function setPrivateAddressesAllowed(actor: Actor, eventId: number, input: z.input<typeof PrivateAddressesInput>): void {
  requireOrganizerOf(actor, eventId);
  const { allow } = parseInput(PrivateAddressesInput, input);
  getDb().transaction((tx) => {
    tx.update(events).set({ webhooksAllowPrivate: allow }).where(eq(events.id, eventId)).run();
    recordAudit(tx, actor, eventId, "webhooks.private_addresses", allow ? "allowed" : "refused");
  });
}
