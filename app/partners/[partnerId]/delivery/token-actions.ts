"use server";
// The Delivery page's API token actions (issue 14 §2): the actor is the session's membership of
// the partner in the input; lib checks the role and the agreement (requirePartnerManager).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ApiTokenInput, createApiToken, revokeApiToken } from "@/lib/api/api-tokens";
import { requirePartnerMember } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";

const Target = z.object({ partnerId: Id });
const member = (data: { partnerId: number }) => requirePartnerMember(data.partnerId);
const page = (partnerId: number) => `/partners/${partnerId}/delivery`;

/** The token itself is in this answer only: the page shows it once. */
export const createApiTokenAction = action(
  Target.extend(ApiTokenInput.shape),
  member,
  (actor, { name }) => {
    const made = createApiToken(actor, actor.eventId, actor.partnerId, { name });
    revalidatePath(page(actor.partnerId));
    return { name: made.name, prefix: made.prefix, token: made.token };
  },
  { invalid: "No token was made: please name it." },
);

export const revokeApiTokenAction = action(Target.extend({ tokenId: Id }), member, (actor, { tokenId }) => {
  revokeApiToken(actor, actor.eventId, actor.partnerId, tokenId);
  revalidatePath(page(actor.partnerId));
});
