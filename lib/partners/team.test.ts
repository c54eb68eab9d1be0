import assert from "node:assert/strict";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partnerInvites, partnerMembers } from "@/db/schema";
import { OPERATOR, type Actor, type OrganizerActor } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { signIn } from "../auth/organizers";
import { organizerFromSession } from "../auth/sessions";
import { listAudit } from "../audit/record-audit";
import { listLeads } from "../consent/current-consent";
import { AppError, type ErrorCode } from "../errors";
import { listEvents } from "../events/events";
import { makeDevice, makeEvent, makeOrganizer, makePartnerMember } from "../test/fixtures";
import { acceptPartnerInvite, cancelInvite, describePartnerInvite, invitePartnerMember, listTeam, myWorkspaces, partnerActorFor, removeMember, setMemberRole } from "./team";

before(() => useTestDatabase());

const fails = (code: ErrorCode) => (e: unknown) => e instanceof AppError && e.code === code;
const tokenOf = (path: string) => path.split("/").pop()!;
const inviteRows = () => getDb().select({ n: count() }).from(partnerInvites).get()!.n;
const DAY = 86_400_000;

/** Joins with a new account and gives the user the session is for. */
async function join(path: string): Promise<OrganizerActor> {
  const session = await acceptPartnerInvite({ token: tokenOf(path), name: "New Person", password: "long enough password" });
  return organizerFromSession(session.token)!;
}

/** An event with an organizer; its first partner has an admin (invited by the organizer) and a member (by the admin), its second an admin. */
async function twoTeams() {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const [a1, a2] = [event.partners[0]!, event.partners[1]!];
  const admin = await makePartnerMember(event.eventId, a1.id, "admin", { by: owner });
  const member = await makePartnerMember(event.eventId, a1.id, "member", { by: admin });
  const otherAdmin = await makePartnerMember(event.eventId, a2.id, "admin");
  return { owner, event, a1, a2, admin, member, otherAdmin };
}

const roleOf = (partnerId: number, userId: number) =>
  getDb().select({ role: partnerMembers.role }).from(partnerMembers).where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.userId, userId))).get()?.role;

test("[PARTNER TEAM] an organizer invites an admin: the newcomer names themself, joins once, and the log says who", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const partner = event.partners[0]!;
  const invite = invitePartnerMember(owner, event.eventId, partner.id, { email: " New.Admin@Example.com ", role: "admin" });
  assert.equal(invite.email, "new.admin@example.com");
  assert.equal(invite.role, "admin");
  assert.match(invite.path, /^\/join\/[A-Za-z0-9_-]{20,}$/);
  const token = tokenOf(invite.path);
  const eventName = `Event ${event.slug}`;
  assert.deepEqual(describePartnerInvite(token), { partnerName: partner.name, eventName, email: "new.admin@example.com", role: "admin", hasAccount: false });

  await assert.rejects(acceptPartnerInvite({ token, password: "long enough password" }), fails("invalid"), "a new account needs a name");
  const session = await acceptPartnerInvite({ token, name: "New Admin", password: "long enough password" });
  assert.equal(session.partnerId, partner.id);
  const user = organizerFromSession(session.token);
  assert.ok(user, "the session is a user's session, like an organizer's");
  assert.equal(user.email, "new.admin@example.com");
  const actor = { kind: "partner", userId: user.userId, email: "new.admin@example.com", name: "New Admin", partnerId: partner.id, partnerName: partner.name, eventId: event.eventId, timeZone: "UTC", role: "admin" };
  assert.deepEqual(partnerActorFor(user, partner.id), actor);
  assert.equal(roleOf(partner.id, user.userId), "admin", "the membership and its role are recorded");
  assert.deepEqual(myWorkspaces(user), [{ partnerId: partner.id, partnerName: partner.name, eventName, role: "admin" }]);

  await assert.rejects(acceptPartnerInvite({ token, name: "Again", password: "long enough password" }), fails("gone"), "a token works once");
  assert.throws(() => describePartnerInvite(token), fails("gone"));

  const [joined, invited] = listAudit(owner, event.eventId).map((a) => ({ action: a.action, actorLabel: a.actorLabel, userId: a.userId, details: a.details }));
  assert.deepEqual(joined, { action: "partner_team.join", actorLabel: `partner:${partner.id}:new.admin@example.com`, userId: user.userId, details: { role: "admin" } });
  assert.deepEqual(invited, { action: "partner_team.invite", actorLabel: `organizer:${owner.email}`, userId: owner.userId, details: { role: "admin" } });
});

test("[PARTNER TEAM] a partner admin invites for its own team only; a member, another partner's admin, strangers, phones and attendees cannot", async () => {
  const { owner, event, a1, a2, admin, member, otherAdmin } = await twoTeams();
  assert.equal(member.role, "member", "the admin's invitation made a member");
  // The organizer may invite with either role; so may the partner's admin, for its own team.
  assert.equal(invitePartnerMember(owner, event.eventId, a1.id, { email: "m@example.com", role: "member" }).role, "member");
  assert.equal(invitePartnerMember(admin, event.eventId, a1.id, { email: "second.admin@example.com", role: "admin" }).role, "admin");

  const rows = inviteRows();
  const input = { email: "sneaky@example.com", role: "admin" } as const;
  assert.throws(() => invitePartnerMember(member, event.eventId, a1.id, input), fails("forbidden"), "a member cannot invite");
  assert.throws(() => invitePartnerMember(admin, event.eventId, a2.id, input), fails("not_found"), "nor an admin to another partner");
  assert.throws(() => invitePartnerMember(otherAdmin, event.eventId, a1.id, input), fails("not_found"));

  const stranger = await makeOrganizer();
  const elsewhere = makeEvent({ organizer: stranger });
  assert.throws(() => invitePartnerMember(stranger, event.eventId, a1.id, input), fails("not_found"), "an organizer of another event");
  assert.throws(() => invitePartnerMember(owner, event.eventId, elsewhere.partners[0]!.id, input), fails("not_found"), "another event's partner through this event");
  assert.throws(() => invitePartnerMember(admin, elsewhere.eventId, elsewhere.partners[0]!.id, input), fails("not_found"));
  assert.throws(() => invitePartnerMember(makeDevice(event.eventId, a1.id), event.eventId, a1.id, input), fails("forbidden"), "a booth phone");
  const attendee = attendeeFromToken(event.attendees[0]!.personalToken)!;
  assert.throws(() => invitePartnerMember(attendee, event.eventId, a1.id, input), fails("forbidden"), "an attendee");
  assert.throws(() => invitePartnerMember(admin, event.eventId, a1.id, { email: "x@example.com", role: "owner" as "admin" }), fails("invalid"));
  assert.throws(() => invitePartnerMember(admin, event.eventId, a1.id, { email: member.email, role: "admin" }), fails("conflict"), "already on the team");
  assert.equal(inviteRows(), rows, "no refused call left an invitation");

  const audit = listAudit(owner, event.eventId).find((a) => a.action === "partner_team.invite" && a.subject?.endsWith("second.admin@example.com"));
  assert.equal(audit?.actorLabel, `partner:${a1.id}:${admin.email}`, "the admin's invitation is logged as the admin's");
});

test("[PARTNER TEAM] an existing account joins with its own password only, keeps its name, and gets no organizer access", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const partner = event.partners[0]!;
  const other = await makeOrganizer(); // organizes an event of their own
  const theirs = makeEvent({ organizer: other });
  const token = tokenOf(invitePartnerMember(owner, event.eventId, partner.id, { email: other.email, role: "member" }).path);
  assert.equal(describePartnerInvite(token).hasAccount, true);

  await assert.rejects(acceptPartnerInvite({ token, name: "Impostor", password: "wrong password!!" }), fails("unauthorized"));
  assert.equal(roleOf(partner.id, other.userId), undefined, "a wrong password joins nothing");
  assert.equal(describePartnerInvite(token).hasAccount, true, "nor uses the invitation up");

  const session = await acceptPartnerInvite({ token, name: "Impostor", password: "correct horse battery" });
  const user = organizerFromSession(session.token)!;
  assert.equal(user.userId, other.userId, "the same account");
  const actor = partnerActorFor(user, partner.id);
  assert.deepEqual([actor.role, actor.name], ["member", "Test Organizer"], "the account keeps its own name");
  // Working for a partner is not organizing its event.
  assert.deepEqual(listEvents(user).map((e) => e.id), [theirs.eventId]);
  assert.throws(() => listLeads(user, event.eventId, partner.id), fails("not_found"));
});

test("[LIMIT] a partner invitation is no way round sign-in's limits: wrong passwords there count like sign-in's", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const other = await makeOrganizer();
  const token = tokenOf(invitePartnerMember(owner, event.eventId, event.partners[0]!.id, { email: other.email, role: "admin" }).path);
  const at = (ms: number) => new Date(Date.now() + ms);
  for (let i = 0; i < 6; i++) {
    await assert.rejects(acceptPartnerInvite({ token, password: `wrong password ${i}` }, at(i), "10.8.8.8"), fails("unauthorized"));
  }
  await assert.rejects(acceptPartnerInvite({ token, password: "correct horse battery" }, at(10), "10.8.8.7"), fails("rate_limited"), "the account waits here");
  await assert.rejects(signIn({ email: other.email, password: "correct horse battery" }, "10.8.8.6", at(10).getTime()), fails("rate_limited"), "and at sign-in");
  const session = await acceptPartnerInvite({ token, password: "correct horse battery" }, at(3_000), "10.8.8.7");
  assert.equal(session.partnerId, event.partners[0]!.id, "the right password after the wait joins");
});

test("[PARTNER TEAM] an invitation expires after 7 days", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const sent = new Date(Date.now() - 8 * DAY);
  const { path } = invitePartnerMember(OPERATOR, event.eventId, partner.id, { email: "late@example.com", role: "member" }, sent);
  const token = tokenOf(path);
  assert.equal(describePartnerInvite(token, new Date(sent.getTime() + 7 * DAY - 1)).email, "late@example.com", "valid just before");
  assert.throws(() => describePartnerInvite(token, new Date(sent.getTime() + 7 * DAY)), fails("gone"));
  await assert.rejects(acceptPartnerInvite({ token, name: "Late", password: "long enough password" }, new Date(sent.getTime() + 7 * DAY + 1)), fails("gone"));
  assert.deepEqual(listTeam(OPERATOR, event.eventId, partner.id).members, [], "nobody joined");
  assert.deepEqual(listTeam(OPERATOR, event.eventId, partner.id).pending, [], "an expired invitation is no longer pending");
});

test("[PARTNER TEAM] partnerActorFor: a membership reaches its own partner only; myWorkspaces lists every membership", async () => {
  const e1 = makeEvent();
  const e2 = makeEvent();
  const person = await join(invitePartnerMember(OPERATOR, e1.eventId, e1.partners[0]!.id, { email: "both@example.com", role: "member" }).path);
  await acceptPartnerInvite({ token: tokenOf(invitePartnerMember(OPERATOR, e2.eventId, e2.partners[1]!.id, { email: "both@example.com", role: "admin" }).path), password: "long enough password" });

  assert.equal(partnerActorFor(person, e1.partners[0]!.id).role, "member");
  assert.deepEqual([partnerActorFor(person, e2.partners[1]!.id).role, partnerActorFor(person, e2.partners[1]!.id).eventId], ["admin", e2.eventId]);
  assert.throws(() => partnerActorFor(person, e1.partners[1]!.id), fails("not_found"), "the other partner of the same event");
  assert.throws(() => partnerActorFor(person, e2.partners[0]!.id), fails("not_found"));
  assert.throws(() => partnerActorFor(person, 999_999_999), fails("not_found"));
  const outsider = await makeOrganizer();
  assert.throws(() => partnerActorFor(outsider, e1.partners[0]!.id), fails("not_found"));
  assert.deepEqual(myWorkspaces(outsider), []);

  const expected = [
    { partnerId: e1.partners[0]!.id, partnerName: e1.partners[0]!.name, eventName: `Event ${e1.slug}`, role: "member" },
    { partnerId: e2.partners[1]!.id, partnerName: e2.partners[1]!.name, eventName: `Event ${e2.slug}`, role: "admin" },
  ].sort((x, y) => x.eventName.localeCompare(y.eventName));
  assert.deepEqual(myWorkspaces(person), expected);
});

test("[PARTNER TEAM] the team list is for the partner's admins and the organizers, not its members or other partners", async () => {
  const { owner, event, a1, a2, admin, member, otherAdmin } = await twoTeams();
  invitePartnerMember(admin, event.eventId, a1.id, { email: "pending@example.com", role: "member" });

  const team = listTeam(admin, event.eventId, a1.id);
  assert.deepEqual(team.members.map((m) => [m.email, m.role]), [[admin.email, "admin"], [member.email, "member"]].sort((x, y) => x[0]!.localeCompare(y[0]!)));
  assert.deepEqual(team.pending.map((p) => [p.email, p.role]), [["pending@example.com", "member"]]);
  assert.ok(!("passwordHash" in team.members[0]!), "no password hash leaves lib");
  assert.deepEqual(listTeam(owner, event.eventId, a1.id), team, "the organizer sees the same");
  assert.deepEqual(listTeam(otherAdmin, event.eventId, a2.id).members.map((m) => m.email), [otherAdmin.email], "each team its own people");

  assert.throws(() => listTeam(member, event.eventId, a1.id), fails("forbidden"));
  assert.throws(() => listTeam(otherAdmin, event.eventId, a1.id), fails("not_found"));
  assert.throws(() => listTeam(admin, event.eventId, a2.id), fails("not_found"));
  const stranger = await makeOrganizer();
  assert.throws(() => listTeam(stranger, event.eventId, a1.id), fails("not_found"));
});

test("[PARTNER TEAM] a pending invitation is cancelled by the partner's admins or the organizers, then its link is void", async () => {
  const { owner, event, a1, a2, admin, member, otherAdmin } = await twoTeams();
  const first = invitePartnerMember(admin, event.eventId, a1.id, { email: "first@example.com", role: "member" });
  const second = invitePartnerMember(admin, event.eventId, a1.id, { email: "second@example.com", role: "admin" });
  const foreign = invitePartnerMember(otherAdmin, event.eventId, a2.id, { email: "foreign@example.com", role: "member" });
  const idOf = (email: string, partnerId: number) => listTeam(OPERATOR, event.eventId, partnerId).pending.find((p) => p.email === email)!.id;
  const [firstId, secondId, foreignId] = [idOf("first@example.com", a1.id), idOf("second@example.com", a1.id), idOf("foreign@example.com", a2.id)];

  assert.throws(() => cancelInvite(member, event.eventId, a1.id, { inviteId: firstId }), fails("forbidden"));
  assert.throws(() => cancelInvite(otherAdmin, event.eventId, a1.id, { inviteId: firstId }), fails("not_found"));
  assert.throws(() => cancelInvite(admin, event.eventId, a1.id, { inviteId: foreignId }), fails("not_found"), "another partner's invitation through its own partner");
  assert.equal(describePartnerInvite(tokenOf(foreign.path)).email, "foreign@example.com", "still valid");

  cancelInvite(admin, event.eventId, a1.id, { inviteId: firstId });
  cancelInvite(owner, event.eventId, a1.id, { inviteId: secondId });
  assert.deepEqual(listTeam(admin, event.eventId, a1.id).pending, []);
  assert.throws(() => describePartnerInvite(tokenOf(first.path)), fails("gone"));
  await assert.rejects(acceptPartnerInvite({ token: tokenOf(second.path), name: "Too late", password: "long enough password" }), fails("gone"));
  assert.throws(() => cancelInvite(admin, event.eventId, a1.id, { inviteId: firstId }), fails("not_found"), "once");
  assert.equal(listAudit(owner, event.eventId).filter((a) => a.action === "partner_team.cancel_invite").length, 2);
});

test("[PARTNER TEAM] roles change by the partner's admins and the organizers, never by a member; the last admin cannot be demoted", async () => {
  const { owner, event, a1, a2, admin, member, otherAdmin } = await twoTeams();

  assert.throws(() => setMemberRole(member, event.eventId, a1.id, { userId: member.userId, role: "admin" }), fails("forbidden"), "a member cannot promote themself");
  assert.throws(() => setMemberRole(otherAdmin, event.eventId, a1.id, { userId: member.userId, role: "admin" }), fails("not_found"));
  assert.throws(() => setMemberRole(otherAdmin, event.eventId, a2.id, { userId: member.userId, role: "admin" }), fails("not_found"), "not on that team");
  assert.throws(() => setMemberRole(admin, event.eventId, a1.id, { userId: admin.userId, role: "member" }), fails("conflict"), "the last admin, by themself");
  assert.throws(() => setMemberRole(owner, event.eventId, a1.id, { userId: admin.userId, role: "member" }), fails("conflict"), "the last admin, by the organizer");
  assert.equal(roleOf(a1.id, admin.userId), "admin");
  assert.equal(roleOf(a1.id, member.userId), "member");

  setMemberRole(admin, event.eventId, a1.id, { userId: member.userId, role: "admin" });
  const promoted = partnerActorFor({ kind: "organizer", userId: member.userId, email: member.email, name: member.name }, a1.id);
  assert.equal(promoted.role, "admin", "the next request acts with the new role");
  setMemberRole(promoted, event.eventId, a1.id, { userId: admin.userId, role: "member" }); // the promoted admin demotes the first: one admin is left
  assert.equal(roleOf(a1.id, admin.userId), "member");
  assert.throws(() => setMemberRole(owner, event.eventId, a1.id, { userId: member.userId, role: "member" }), fails("conflict"), "now they are the last admin");
  setMemberRole(owner, event.eventId, a1.id, { userId: admin.userId, role: "admin" });
  assert.equal(roleOf(a1.id, admin.userId), "admin");

  const roles = listAudit(owner, event.eventId).filter((a) => a.action === "partner_team.role");
  assert.deepEqual(roles.map((a) => [a.actorLabel, a.subject, a.details]), [
    [`organizer:${owner.email}`, `partner ${a1.id} ${admin.email}`, { role: "admin" }],
    [`partner:${a1.id}:${member.email}`, `partner ${a1.id} ${admin.email}`, { role: "member" }],
    [`partner:${a1.id}:${admin.email}`, `partner ${a1.id} ${member.email}`, { role: "admin" }],
  ]);
});

test("[PARTNER TEAM] members are removed by admins and organizers; an admin cannot remove the last admin, the organizer can", async () => {
  const { owner, event, a1, admin, member, otherAdmin } = await twoTeams();
  const colleague = await makePartnerMember(event.eventId, a1.id, "member");
  const user = (p: { userId: number; email: string; name: string }): OrganizerActor => ({ kind: "organizer", userId: p.userId, email: p.email, name: p.name });

  assert.throws(() => removeMember(member, event.eventId, a1.id, { userId: colleague.userId }), fails("forbidden"));
  assert.throws(() => removeMember(otherAdmin, event.eventId, a1.id, { userId: colleague.userId }), fails("not_found"));
  assert.throws(() => removeMember(admin, event.eventId, a1.id, { userId: otherAdmin.userId }), fails("not_found"), "not on this team");
  assert.throws(() => removeMember(admin, event.eventId, a1.id, { userId: admin.userId }), fails("conflict"), "the last admin");
  assert.equal(roleOf(a1.id, colleague.userId), "member", "nothing removed by the refusals");

  removeMember(admin, event.eventId, a1.id, { userId: colleague.userId });
  assert.throws(() => partnerActorFor(user(colleague), a1.id), fails("not_found"), "a removed member reaches the workspace no more");
  removeMember(owner, event.eventId, a1.id, { userId: member.userId });
  assert.deepEqual(myWorkspaces(user(member)), []);

  removeMember(owner, event.eventId, a1.id, { userId: admin.userId }); // the partner left: the organizer may
  assert.deepEqual(listTeam(owner, event.eventId, a1.id).members, []);
  assert.throws(() => partnerActorFor(user(admin), a1.id), fails("not_found"));
  const removals = listAudit(owner, event.eventId).filter((a) => a.action === "partner_team.remove").map((a) => [a.actorLabel, a.subject]);
  assert.deepEqual(removals, [
    [`organizer:${owner.email}`, `partner ${a1.id} ${admin.email}`],
    [`organizer:${owner.email}`, `partner ${a1.id} ${member.email}`],
    [`partner:${a1.id}:${admin.email}`, `partner ${a1.id} ${colleague.email}`],
  ]);
});

test("[PARTNER TEAM] an older invitation cannot demote the team's last admin", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  // Invited as a member, then (the organizer changed their mind) as an admin; both links are valid.
  const asMember = invitePartnerMember(OPERATOR, event.eventId, partner.id, { email: "twice@example.com", role: "member" });
  const asAdmin = invitePartnerMember(OPERATOR, event.eventId, partner.id, { email: "twice@example.com", role: "admin" });
  const person = await join(asAdmin.path);
  assert.equal(roleOf(partner.id, person.userId), "admin");
  await assert.rejects(acceptPartnerInvite({ token: tokenOf(asMember.path), password: "long enough password" }), fails("conflict"));
  assert.equal(roleOf(partner.id, person.userId), "admin", "the team keeps its admin");

  // With another admin on the team, the later acceptance is the newer word.
  const second = await makePartnerMember(event.eventId, partner.id, "admin");
  await acceptPartnerInvite({ token: tokenOf(asMember.path), password: "long enough password" });
  assert.equal(roleOf(partner.id, person.userId), "member");
  assert.equal(roleOf(partner.id, second.userId), "admin");
});

test("[PARTNER TEAM] booth phones and attendees cannot manage a team", () => {
  const { eventId, partners, attendees } = makeEvent();
  const p = partners[0]!.id;
  for (const actor of [attendeeFromToken(attendees[0]!.personalToken)!, makeDevice(eventId, p)] as Actor[]) {
    assert.throws(() => listTeam(actor, eventId, p), fails("forbidden"));
    assert.throws(() => setMemberRole(actor, eventId, p, { userId: 1, role: "admin" }), fails("forbidden"));
    assert.throws(() => removeMember(actor, eventId, p, { userId: 1 }), fails("forbidden"));
    assert.throws(() => cancelInvite(actor, eventId, p, { inviteId: 1 }), fails("forbidden"));
  }
});
