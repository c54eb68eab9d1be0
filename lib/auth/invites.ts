// Inviting further organizers to an event: a single-use, expiring link for one email address.
// Fairlead sends no email; the inviting organizer hands the link over.
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { eventOrganizers, events, organizerInvites, users } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { randomToken, sha256Hex } from "../crypto";
import { AppError, parseInput } from "../errors";
import { Email, plainText } from "../fields";
import type { Actor } from "./actor";
import { requireOrganizerOf } from "./access";
import { hashPassword, verifyPassword } from "./password";
import { startSignIn } from "./sign-in-limits";
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
    tx.insert(organizerInvites)
      .values({ eventId, email, tokenHash: sha256Hex(token), createdBy: actor.kind === "organizer" ? actor.userId : null, createdAt: now, expiresAt })
      .run();
    recordAudit(tx, actor, eventId, "organizers.invite", email);
    return { email, path: `/invite/${token}`, expiresAt };
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
  const account = getDb().select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(eq(users.email, invite.email)).get();
  return { invite, account };
}

/** What the invitation page shows; the token is the only credential. */
export function describeInvite(token: string, now = new Date()) {
  const { invite, account } = openInvite(token, now);
  return { eventName: invite.eventName, email: invite.email, hasAccount: !!account };
}

export const AcceptInviteInput = z.object({
  token: z.string().min(20).max(100),
  name: z.string().trim().max(200).superRefine(plainText("The name")).optional(),
  password: z.string().min(10, "Use at least 10 characters.").max(200),
});

/**
 * Joins the event: a new account is created, or an existing one proves itself with its password,
 * under sign-in's limits for that account and `address` (an invitation is no way round them).
 */
export async function acceptInvite(
  input: z.input<typeof AcceptInviteInput>,
  now = new Date(),
  address: string | null = null,
): Promise<NewSession & { eventId: number }> {
  const { token, name, password } = parseInput(AcceptInviteInput, input);
  const { invite, account } = openInvite(token, now);
  if (account) {
    const attempt = startSignIn(invite.email, address, now.getTime());
    if (!(await verifyPassword(password, account.passwordHash))) throw new AppError("unauthorized", `That is not the password of ${invite.email}.`);
    attempt.succeeded();
  }
  if (!account && !name) throw new AppError("invalid", "Enter your name.", { name: "Enter your name." });
  const passwordHash = account ? null : await hashPassword(password);
  return getDb().transaction((tx) => {
    const userId =
      account?.id ?? tx.insert(users).values({ email: invite.email, name: name!, passwordHash: passwordHash! }).returning({ id: users.id }).get().id;
    const used = tx
      .update(organizerInvites)
      .set({ acceptedAt: now, acceptedBy: userId })
      .where(and(eq(organizerInvites.id, invite.id), isNull(organizerInvites.acceptedAt)))
      .run();
    if (used.changes === 0) throw new AppError("gone", INVALID);
    tx.insert(eventOrganizers).values({ eventId: invite.eventId, userId }).onConflictDoNothing().run();
    recordAudit(tx, { kind: "organizer", userId, email: invite.email, name: name ?? "" }, invite.eventId, "organizers.join", invite.email);
    return { ...createSession({ kind: "organizer", userId }, now), eventId: invite.eventId };
  });
}

export function listOrganizers(actor: Actor, eventId: number) {
  requireOrganizerOf(actor, eventId);
  const db = getDb();
  const members = db
    .select({ email: users.email, name: users.name, role: eventOrganizers.role, since: eventOrganizers.createdAt })
    .from(eventOrganizers)
    .innerJoin(users, eq(users.id, eventOrganizers.userId))
    .where(eq(eventOrganizers.eventId, eventId))
    .orderBy(users.email)
    .all();
  const pending = db
    .select({ email: organizerInvites.email, expiresAt: organizerInvites.expiresAt })
    .from(organizerInvites)
    .where(and(eq(organizerInvites.eventId, eventId), isNull(organizerInvites.acceptedAt), gt(organizerInvites.expiresAt, new Date())))
    .all();
  return { members, pending };
}
