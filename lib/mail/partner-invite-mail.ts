// The invitation to a partner's team, by email (issue 14 §1, docs/decisions/038): the link to
// join, who invited, which partner and event, which role, until when. Ref: the partner_invites
// row. The link's token is kept sealed on that row only until this message has gone (or is given
// up); the row's hash alone could not rebuild the link, and the outbox keeps no body.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events, partnerInvites, partners, users, type MailRow } from "@/db/schema";
import { unsealToken } from "../auth/seal-token";
import { utc, type MailKind } from "./mail-kind";

export const PARTNER_INVITE = "partner_invite";

const WHAT: Record<"admin" | "member", string> = {
  admin: "an admin (the team, booth phones, exports, tags and questions, the data-use agreement)",
  member: "a member (the partner's leads)",
};

/** The sealed token is wiped once the message is sent, skipped or failed for good: nothing needs it after. */
function wipeSealedToken(row: MailRow): void {
  getDb()
    .update(partnerInvites)
    .set({ tokenSealed: null })
    .where(and(eq(partnerInvites.id, row.ref), eq(partnerInvites.eventId, row.eventId)))
    .run();
}

export const partnerInviteMail: MailKind = {
  delayMs: 0,
  build(row, { publicBase, now }) {
    const invite = getDb()
      .select({
        email: partnerInvites.email,
        role: partnerInvites.role,
        tokenHash: partnerInvites.tokenHash,
        tokenSealed: partnerInvites.tokenSealed,
        expiresAt: partnerInvites.expiresAt,
        acceptedAt: partnerInvites.acceptedAt,
        partnerName: partners.name,
        eventName: events.name,
        inviterName: users.name,
        inviterEmail: users.email,
      })
      .from(partnerInvites)
      .innerJoin(partners, eq(partners.id, partnerInvites.partnerId))
      .innerJoin(events, eq(events.id, partnerInvites.eventId))
      .leftJoin(users, eq(users.id, partnerInvites.createdBy))
      .where(and(eq(partnerInvites.id, row.ref), eq(partnerInvites.eventId, row.eventId))) // the ref is read within its event only
      .get();
    if (!invite) return { skip: "The invitation was cancelled." };
    if (invite.acceptedAt) return { skip: "The invitation was used before its email went out." };
    if (invite.expiresAt <= now) return { skip: "The invitation expired before its email went out." };
    const token = unsealToken(invite.tokenSealed, invite.tokenHash);
    if (!token) return { fail: "The invitation keeps no sealed link (it was made to be handed over)." };
    const inviter = invite.inviterName ? `${invite.inviterName} (${invite.inviterEmail})` : "The event's organizer";
    return {
      to: invite.email,
      subject: `Join ${invite.partnerName}'s team for ${invite.eventName}`,
      text: [
        `Hello,`,
        ``,
        `${inviter} invited you to the team of ${invite.partnerName} for ${invite.eventName} on Fairlead, as ${WHAT[invite.role]}.`,
        ``,
        `Open this link to join (it works once, until ${utc(invite.expiresAt)}):`,
        `${publicBase}/join/${token}`,
        ``,
        `There you choose a name and a password, or enter the password of your Fairlead account if you have one.`,
        `If you did not expect this invitation, ignore this message: nothing happens without the link.`,
      ].join("\n"),
    };
  },
  finished: wipeSealedToken,
};
