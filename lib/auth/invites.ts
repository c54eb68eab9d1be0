// Inviting further organizers to an event: a single-use, expiring link for one email address.
// Fairlead sends no email; the inviting organizer hands the link over.
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { eventOrganizers, events, organizerInvites, users } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { randomToken, sha256Hex } from "../crypto";
import { AppError, parseInput } from "../errors";
import { Email } from "../fields";
import type { Actor } from "./actor";
import { requireOrganizerOf } from "./access";
import { AcceptInviteInput, findAccount, inviteAccount } from "./invite-account";
import { createSession, type NewSession } from "./sessions";

const INVITE_DAYS = 7;

export function createInvite(actor: Actor, eventId: number, input: { email: string }, now = new Date()) {
  requireOrganizerOf(actor, eventId);
  const email = parseInput(Email, input.email);
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
  return getDb().transaction((tx) => {
    const member = tx
      .select({ id: users.id })
      .from(users)
      .innerJoin(eventOrganizers, and(eq(eventOrganizers.userId, users.id), eq(eventOrganizers.eventId, eventId)))
      .where(eq(users.email, email))
      .get();
    if (member) throw new AppError("conflict", `${email} already organizes this event.`);
    const { id } = tx
      .insert(organizerInvites)
      .values({ eventId, email, tokenHash: sha256Hex(token), createdBy: actor.kind === "organizer" ? actor.userId : null, createdAt: now, expiresAt })
      .returning({ id: organizerInvites.id })
      .get();
    recordAudit(tx, actor, eventId, "organizers.invite", email);
    return { id, email, path: `/invite/${token}`, expiresAt };
  });
}

const INVALID = "This invitation is not valid: it was already used, it expired, or it was mistyped. Ask for a new one.";

function openInvite(token: string, now: Date) {
  const invite = getDb()
    .select({ id: organizerInvites.id, eventId: organizerInvites.eventId, email: organizerInvites.email, eventName: events.name })
    .from(organizerInvites)
    .innerJoin(events, eq(events.id, organizerInvites.eventId))
    .where(and(eq(organizerInvites.tokenHash, sha256Hex(token)), isNull(organizerInvites.acceptedAt), gt(organizerInvites.expiresAt, now)))
    .get();
  if (!invite) throw new AppError("gone", INVALID);
  return { invite, account: findAccount(invite.email) };
}

/** What the invitation page shows; the token is the only credential. */
export function describeInvite(token: string, now = new Date()) {
  const { invite, account } = openInvite(token, now);
  return { eventName: invite.eventName, email: invite.email, hasAccount: !!account };
}

export { AcceptInviteInput };

/** Joins the event: with a new account, or an existing one that proves its password (invite-account.ts). */
export async function acceptInvite(
  input: z.input<typeof AcceptInviteInput>,
  now = new Date(),
  address: string | null = null,
): Promise<NewSession & { eventId: number }> {
  const { token, name, password } = parseInput(AcceptInviteInput, input);
  const { invite } = openInvite(token, now);
  const account = await inviteAccount(invite.email, { name, password }, now, address);
  return getDb().transaction((tx) => {
    const userId = account.inside(tx);
    const used = tx
      .update(organizerInvites)
      .set({ acceptedAt: now, acceptedBy: userId })
      .where(and(eq(organizerInvites.id, invite.id), isNull(organizerInvites.acceptedAt)))
      .run();
    if (used.changes === 0) throw new AppError("gone", INVALID);
    tx.insert(eventOrganizers).values({ eventId: invite.eventId, userId }).onConflictDoNothing().run();
    recordAudit(tx, { kind: "organizer", userId, email: invite.email, name: account.name }, invite.eventId, "organizers.join", invite.email);
    return { ...createSession({ kind: "organizer", userId }, now), eventId: invite.eventId };
  });
}

export function listOrganizers(actor: Actor, eventId: number) {
  requireOrganizerOf(actor, eventId);
  const db = getDb();
  const members = db
    .select({ userId: users.id, email: users.email, name: users.name, role: eventOrganizers.role, since: eventOrganizers.createdAt })
    .from(eventOrganizers)
    .innerJoin(users, eq(users.id, eventOrganizers.userId))
    .where(eq(eventOrganizers.eventId, eventId))
    .orderBy(users.email)
    .all();
  const pending = db
    .select({ id: organizerInvites.id, email: organizerInvites.email, expiresAt: organizerInvites.expiresAt })
    .from(organizerInvites)
    .where(and(eq(organizerInvites.eventId, eventId), isNull(organizerInvites.acceptedAt), gt(organizerInvites.expiresAt, new Date())))
    .orderBy(organizerInvites.email)
    .all();
  return { members, pending };
}
