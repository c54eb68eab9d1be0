// A partner's own people (docs/decisions/036): users with a membership of one partner, invited
// by an organizer of the event or by one of the partner's admins, for their own team only.
// Invitations are like the organizers' (lib/auth/invites.ts): a hashed, single-use token,
// 7 days, for one email address; the inviter hands the link over, and where mail is set up
// Fairlead can email it too (docs/decisions/038: the token waits sealed until the email has gone).
import { and, asc, eq, gt, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { events, partnerInvites, partnerMembers, partners, users, PARTNER_ROLES, type PartnerRole } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, type Actor, type OrganizerActor, type PartnerActor } from "../auth/actor";
import { refuseUnknown, requireEventAccess } from "../auth/access";
import { AcceptInviteInput, findAccount, inviteAccount } from "../auth/invite-account";
import { sealToken } from "../auth/seal-token";
import { createSession, type NewSession } from "../auth/sessions";
import { randomToken, sha256Hex } from "../crypto";
import { AppError, notFound, parseInput } from "../errors";
import { Email } from "../fields";
import { enqueueMail } from "../mail/enqueue-mail";
import { mailSetUp } from "../mail/mail-settings";
import { PARTNER_INVITE } from "../mail/partner-invite-mail";

const INVITE_DAYS = 7;

export { ROLE_LABEL } from "./roles";

/** The workspace's actor: the signed-in user's membership of the partner in the path, or not found. */
export function partnerActorFor(user: OrganizerActor, partnerId: number): PartnerActor {
  const row = getDb()
    .select({ role: partnerMembers.role, partnerName: partners.name, eventId: partners.eventId, timeZone: events.timeZone })
    .from(partnerMembers)
    .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
    .innerJoin(events, eq(events.id, partners.eventId))
    .where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.userId, user.userId)))
    .get();
  if (!row) throw notFound("The partner");
  return { kind: "partner", userId: user.userId, email: user.email, name: user.name, partnerId, ...row };
}

export type Workspace = { partnerId: number; partnerName: string; eventName: string; role: PartnerRole };

/** The partners the signed-in user works for. */
export function myWorkspaces(user: OrganizerActor): Workspace[] {
  return getDb()
    .select({ partnerId: partners.id, partnerName: partners.name, eventName: events.name, role: partnerMembers.role })
    .from(partnerMembers)
    .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
    .innerJoin(events, eq(events.id, partners.eventId))
    .where(eq(partnerMembers.userId, user.userId))
    .orderBy(asc(events.name), asc(partners.name))
    .all();
}

/**
 * The team is managed by the organizers of the partner's event and by the partner's own admins
 * (before the agreement too: accepting it is an admin's job). Everyone else: refused.
 */
function requireTeamManager(actor: Actor, eventId: number, partnerId: number): void {
  switch (actor.kind) {
    case "partner":
      if (actor.partnerId !== partnerId || actor.eventId !== eventId) throw notFound("The partner");
      if (actor.role !== "admin") throw new AppError("forbidden", "Only the partner's admins manage its team.");
      return;
    case "organizer":
    case "operator": {
      requireEventAccess(actor, eventId);
      const partner = getDb().select({ id: partners.id }).from(partners).where(and(eq(partners.id, partnerId), eq(partners.eventId, eventId))).get();
      if (!partner) throw notFound("The partner");
      return;
    }
    case "device":
    case "attendee":
      throw new AppError("forbidden", "Only organizers and the partner's admins manage its team.");
    default:
      refuseUnknown(actor);
  }
}

export const TeamInviteInput = z.object({
  email: Email,
  role: z.enum(PARTNER_ROLES, { message: "Choose admin or member." }),
  /** Also email the link (a form's ticked box sends "on"). */
  byEmail: z
    .union([z.boolean(), z.literal("on")])
    .optional()
    .transform((v) => v === true || v === "on"),
});

/** `mailReady`: whether mail reaches people here (mailSetUp()); an email invitation needs it. */
export function invitePartnerMember(actor: Actor, eventId: number, partnerId: number, input: z.input<typeof TeamInviteInput>, now = new Date(), mailReady = mailSetUp()) {
  requireTeamManager(actor, eventId, partnerId);
  const { email, role, byEmail } = parseInput(TeamInviteInput, input);
  if (byEmail && !mailReady) throw new AppError("invalid", "Mail is not set up on this server (FAIRLEAD_SMTP_URL), so no invitation can be emailed: hand the link over instead.");
  const token = randomToken(32);
  const tokenHash = sha256Hex(token);
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
  return getDb().transaction((tx) => {
    const member = tx
      .select({ id: users.id })
      .from(users)
      .innerJoin(partnerMembers, and(eq(partnerMembers.userId, users.id), eq(partnerMembers.partnerId, partnerId)))
      .where(eq(users.email, email))
      .get();
    if (member) throw new AppError("conflict", `${email} is already on this partner's team.`);
    const { id } = tx
      .insert(partnerInvites)
      .values({ eventId, partnerId, email, role, tokenHash, tokenSealed: byEmail ? sealToken(token, tokenHash) : null, createdBy: actorUserId(actor), createdAt: now, expiresAt })
      .returning({ id: partnerInvites.id })
      .get();
    if (byEmail) enqueueMail(eventId, PARTNER_INVITE, id, now);
    recordAudit(tx, actor, eventId, "partner_team.invite", `partner ${partnerId} ${email}`, byEmail ? { role, byEmail } : { role });
    return { id, email, role, path: `/join/${token}`, expiresAt, emailed: byEmail };
  });
}

const INVALID = "This invitation is not valid: it was already used, it expired, or it was mistyped. Ask for a new one.";

function openInvite(token: string, now: Date) {
  const invite = getDb()
    .select({
      id: partnerInvites.id,
      eventId: partnerInvites.eventId,
      partnerId: partnerInvites.partnerId,
      email: partnerInvites.email,
      role: partnerInvites.role,
      partnerName: partners.name,
      eventName: events.name,
      timeZone: events.timeZone,
    })
    .from(partnerInvites)
    .innerJoin(partners, eq(partners.id, partnerInvites.partnerId))
    .innerJoin(events, eq(events.id, partnerInvites.eventId))
    .where(and(eq(partnerInvites.tokenHash, sha256Hex(token)), isNull(partnerInvites.acceptedAt), gt(partnerInvites.expiresAt, now)))
    .get();
  if (!invite) throw new AppError("gone", INVALID);
  return invite;
}

/** What the join page shows; the token is the only credential. */
export function describePartnerInvite(token: string, now = new Date()) {
  const invite = openInvite(token, now);
  return { partnerName: invite.partnerName, eventName: invite.eventName, email: invite.email, role: invite.role, hasAccount: !!findAccount(invite.email) };
}

/** Joins the partner's team with a new account, or an existing one that proves its password. */
export async function acceptPartnerInvite(
  input: z.input<typeof AcceptInviteInput>,
  now = new Date(),
  address: string | null = null,
): Promise<NewSession & { partnerId: number }> {
  const { token, name, password } = parseInput(AcceptInviteInput, input);
  const invite = openInvite(token, now);
  const account = await inviteAccount(invite.email, { name, password }, now, address);
  return getDb().transaction((tx) => {
    const userId = account.inside(tx);
    const used = tx
      .update(partnerInvites)
      .set({ acceptedAt: now, acceptedBy: userId, tokenSealed: null }) // an email still waiting has nothing left to send
      .where(and(eq(partnerInvites.id, invite.id), isNull(partnerInvites.acceptedAt)))
      .run();
    if (used.changes === 0) throw new AppError("gone", INVALID);
    // Already on the team (an earlier invitation): the invitation's role is the newer word, but
    // an older member invitation may not leave the team without an admin (as setMemberRole).
    const already = tx.select({ role: partnerMembers.role }).from(partnerMembers).where(and(eq(partnerMembers.partnerId, invite.partnerId), eq(partnerMembers.userId, userId))).get();
    if (already?.role === "admin" && invite.role !== "admin") assertAdminLeft(tx, invite.partnerId, userId);
    tx.insert(partnerMembers)
      .values({ partnerId: invite.partnerId, userId, role: invite.role, createdAt: now })
      .onConflictDoUpdate({ target: [partnerMembers.partnerId, partnerMembers.userId], set: { role: invite.role } })
      .run();
    const joined: PartnerActor = {
      kind: "partner",
      userId,
      email: invite.email,
      name: account.name,
      partnerId: invite.partnerId,
      partnerName: invite.partnerName,
      eventId: invite.eventId,
      timeZone: invite.timeZone,
      role: invite.role,
    };
    recordAudit(tx, joined, invite.eventId, "partner_team.join", `partner ${invite.partnerId} ${invite.email}`, { role: invite.role });
    return { ...createSession({ kind: "organizer", userId }, now), partnerId: invite.partnerId };
  });
}

export type TeamMember = { userId: number; email: string; name: string; role: PartnerRole; since: Date };
export type PendingInvite = { id: number; email: string; role: PartnerRole; expiresAt: Date };

export function listTeam(actor: Actor, eventId: number, partnerId: number): { members: TeamMember[]; pending: PendingInvite[] } {
  requireTeamManager(actor, eventId, partnerId);
  const db = getDb();
  const members = db
    .select({ userId: users.id, email: users.email, name: users.name, role: partnerMembers.role, since: partnerMembers.createdAt })
    .from(partnerMembers)
    .innerJoin(users, eq(users.id, partnerMembers.userId))
    .where(eq(partnerMembers.partnerId, partnerId))
    .orderBy(users.email)
    .all();
  const pending = db
    .select({ id: partnerInvites.id, email: partnerInvites.email, role: partnerInvites.role, expiresAt: partnerInvites.expiresAt })
    .from(partnerInvites)
    .where(and(eq(partnerInvites.partnerId, partnerId), isNull(partnerInvites.acceptedAt), gt(partnerInvites.expiresAt, new Date())))
    .orderBy(partnerInvites.email)
    .all();
  return { members, pending };
}

export const MemberInput = z.object({ userId: z.coerce.number().int().positive() });
export const RoleInput = MemberInput.extend({ role: z.enum(PARTNER_ROLES, { message: "Choose admin or member." }) });

/** A team keeps at least one admin: someone must be able to accept the next agreement. */
function assertAdminLeft(tx: Pick<ReturnType<typeof getDb>, "select">, partnerId: number, except: number): void {
  const other = tx
    .select({ userId: partnerMembers.userId })
    .from(partnerMembers)
    .where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.role, "admin"), ne(partnerMembers.userId, except)))
    .get();
  if (!other) throw new AppError("conflict", "The team needs at least one other admin first: someone must manage it and accept the agreement.");
}

export function setMemberRole(actor: Actor, eventId: number, partnerId: number, input: z.input<typeof RoleInput>): void {
  requireTeamManager(actor, eventId, partnerId);
  const { userId, role } = parseInput(RoleInput, input);
  getDb().transaction((tx) => {
    const member = tx.select({ role: partnerMembers.role, email: users.email }).from(partnerMembers).innerJoin(users, eq(users.id, partnerMembers.userId)).where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.userId, userId))).get();
    if (!member) throw notFound("The team member");
    if (member.role === role) return;
    if (member.role === "admin") assertAdminLeft(tx, partnerId, userId);
    tx.update(partnerMembers).set({ role }).where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.userId, userId))).run();
    recordAudit(tx, actor, eventId, "partner_team.role", `partner ${partnerId} ${member.email}`, { role });
  });
}

export function removeMember(actor: Actor, eventId: number, partnerId: number, input: z.input<typeof MemberInput>): void {
  requireTeamManager(actor, eventId, partnerId);
  const { userId } = parseInput(MemberInput, input);
  getDb().transaction((tx) => {
    const member = tx.select({ role: partnerMembers.role, email: users.email }).from(partnerMembers).innerJoin(users, eq(users.id, partnerMembers.userId)).where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.userId, userId))).get();
    if (!member) throw notFound("The team member");
    // The organizer may remove the last admin (the partner left, the person left the company); an admin may not remove the last one.
    if (member.role === "admin" && actor.kind === "partner") assertAdminLeft(tx, partnerId, userId);
    tx.delete(partnerMembers).where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.userId, userId))).run();
    recordAudit(tx, actor, eventId, "partner_team.remove", `partner ${partnerId} ${member.email}`);
  });
}

export function cancelInvite(actor: Actor, eventId: number, partnerId: number, input: { inviteId: number }): void {
  requireTeamManager(actor, eventId, partnerId);
  const inviteId = parseInput(z.coerce.number().int().positive(), input.inviteId);
  getDb().transaction((tx) => {
    const gone = tx
      .delete(partnerInvites)
      .where(and(eq(partnerInvites.id, inviteId), eq(partnerInvites.partnerId, partnerId), isNull(partnerInvites.acceptedAt)))
      .returning({ email: partnerInvites.email })
      .get();
    if (!gone) throw notFound("The invitation");
    recordAudit(tx, actor, eventId, "partner_team.cancel_invite", `partner ${partnerId} ${gone.email}`);
  });
}
