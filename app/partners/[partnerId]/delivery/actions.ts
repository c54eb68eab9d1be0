"use server";
// The Delivery page's webhook actions: the actor is the session's membership of the partner in
// the input; lib checks the role and the agreement (requirePartnerManager).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePartnerMember } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { addEndpoint, EndpointInput, removeEndpoint, rotateSecret, setEndpointStatus, StatusInput } from "@/lib/webhooks/endpoints";
import { requestReplay } from "@/lib/webhooks/replay";

const Target = z.object({ partnerId: Id });
const Endpoint = Target.extend({ endpointId: Id });
const member = (data: { partnerId: number }) => requirePartnerMember(data.partnerId);
const page = (partnerId: number) => `/partners/${partnerId}/delivery`;

export const addEndpointAction = action(
  Target.extend(EndpointInput.shape),
  member,
  async (actor, input) => {
    const added = await addEndpoint(actor, actor.eventId, actor.partnerId, input);
    revalidatePath(page(actor.partnerId));
    return added;
  },
  { invalid: "The endpoint was not added: please correct the address." },
);

export const rotateSecretAction = action(Endpoint, member, (actor, { endpointId }) => {
  rotateSecret(actor, actor.eventId, actor.partnerId, endpointId);
  revalidatePath(page(actor.partnerId));
});

export const setEndpointStatusAction = action(Endpoint.extend(StatusInput.shape), member, (actor, { endpointId, status }) => {
  setEndpointStatus(actor, actor.eventId, actor.partnerId, endpointId, { status });
  revalidatePath(page(actor.partnerId));
});

export const removeEndpointAction = action(Endpoint, member, (actor, { endpointId }) => {
  removeEndpoint(actor, actor.eventId, actor.partnerId, endpointId);
  revalidatePath(page(actor.partnerId));
});

// One message id, or a time range (datetime-local fields, read as UTC like every time on these pages).
const ReplayFields = Endpoint.extend({ messageId: z.string().max(40).default(""), from: z.string().max(40).default(""), to: z.string().max(40).default("") });
const utc = (local: string) => (/Z|[+-]\d\d:\d\d$/.test(local) ? local : `${local}Z`);

export const replayAction = action(ReplayFields, member, (actor, { endpointId, messageId, from, to }) => {
  const input = messageId.trim() ? { messageId } : { from: utc(from), to: utc(to) };
  const queued = requestReplay(actor, actor.eventId, actor.partnerId, endpointId, input);
  revalidatePath(page(actor.partnerId));
  return queued;
});
