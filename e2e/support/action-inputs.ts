// What each server action is sent, one table for both action specs: e2e/role-route.spec.ts
// (each actor against event A's objects) and e2e/action-refusals.spec.ts (the wrong caller gets
// a typed refusal, never a 500). Inputs are well formed, so a refusal comes from the guard or
// the scoping, not from zod. A few inputs make what they send on the spot (a fresh pairing or
// invitation link: each works once), so call an input once per request.
import { randomUUID } from "node:crypto";
import { createApiToken } from "@/lib/api/api-tokens";
import { OPERATOR } from "@/lib/auth/actor";
import { createInvite } from "@/lib/auth/invites";
import { DEFAULT_NOTICES } from "@/lib/consent/notice-text";
import { createPairingLink } from "@/lib/devices/pairing";
import { invitePartnerMember } from "@/lib/partners/team";
import { agreementText } from "@/lib/test/fixtures";
import { UNKNOWN_TOKEN, type ActorName, type RoleWorld } from "./role-world";

export type InputOptions = {
  /**
   * Spoil the credential an action takes as input (a password, a pairing, invitation or
   * personal link), so even an actor without a session is refused: action-refusals.spec.ts.
   */
  spoil?: boolean;
  /** Organizer B's mixed ids: its own event's id beside event A's objects. */
  ownEvent?: boolean;
};

type Input = (w: RoleWorld, actor: ActorName, options: InputOptions) => unknown;

export const ORGANIZER_PASSWORD = "correct horse battery"; // lib/test/fixtures.ts makeOrganizer

const now = () => new Date().toISOString();
/** An open invitation to A1's team, made on the spot (a cancelled one is gone). */
const freshTeamInvite = (w: RoleWorld) => invitePartnerMember(OPERATOR, w.a.eventId, w.a.partners[0]!.id, { email: `cancel-${randomUUID()}@example.com`, role: "member" }).id;
/** An open invitation to organize event A, made on the spot. */
const freshOrganizerInvite = (w: RoleWorld) => createInvite(OPERATOR, w.a.eventId, { email: `cancel-${randomUUID()}@example.com` }).id;
/** A1's API token to revoke, one per world (revoking it again changes nothing). */
const spareTokens = new WeakMap<RoleWorld, number>();
const spareToken = (w: RoleWorld) => spareTokens.get(w) ?? spareTokens.set(w, createApiToken(OPERATOR, w.a.eventId, w.a.partners[0]!.id, { name: "To revoke" }).id).get(w)!;
const eventOf = (w: RoleWorld, o: InputOptions) => (o.ownEvent ? w.b.eventId : w.a.eventId);
const target = (w: RoleWorld, o: InputOptions) => ({ eventId: eventOf(w, o), partnerId: w.a.partners[0]!.id });
const partnerWords = (w: RoleWorld) => ({
  name: w.a.partners[0]!.name,
  booth: "B1",
  purpose: "Send the brochure you asked for.",
  privacyUrl: "https://partner1.example/privacy",
  contactEmail: "leads1@partner.example",
});
/** Attendee 1's link reaches attendee 1's page; every other holder aims at event B's objects, which its link has no business with. */
const meToken = (w: RoleWorld, actor: ActorName, o: InputOptions) => (o.spoil ? UNKNOWN_TOKEN : w.actors[actor].meToken);
const crossEvent = (actor: ActorName) => actor !== "attendee1";

export const ACTION_INPUTS: Record<string, Input> = {
  // Booth phone (requireDevice): attendee 1's badge, attendee 1's share with A1, A1's open scan.
  openScanAction: (w) => ({ scanId: randomUUID(), code: w.secrets.badgeCode, scannedAt: now(), source: "camera" }),
  readEarlierChoiceAction: (w) => ({ scanId: w.more.openScanA1 }),
  saveQualificationAction: (w) => ({ consentId: w.consentA1, basedOn: 0, clientId: randomUUID(), rating: "hot", notes: "", tags: [], answers: {} }),
  recordDecisionAction: (w) => ({
    scanId: randomUUID(),
    code: w.a.attendees[2]!.badgeCode,
    scannedAt: now(),
    source: "camera",
    choice: "share",
    drawing: false,
    ...w.more.noticeA1,
    decidedAt: now(),
  }),

  // Organizer of event A (requireOrganizer, then scoped by the event).
  createDrawingAction: (w, _, o) => ({ eventId: eventOf(w, o), name: "Prize", prize: "A mug", winners: "1", rule: "booths", minPartners: "1" }),
  freezeDrawingAction: (w, _, o) => ({ eventId: eventOf(w, o), drawingId: w.more.drawingToFreeze }),
  drawWinnersAction: (w, _, o) => ({ eventId: eventOf(w, o), drawingId: w.more.drawingToDraw, beaconRandomness: "5e".repeat(32), witnessValues: "" }),
  previewMappingAction: (w, _, o) => ({ eventId: eventOf(w, o), headers: ["First name", "Email"], sample: [{ line: 2, cells: ["Grace", "grace@example.com"] }], mapping: { firstName: 0, email: 1 } }),
  saveEventLegalAction: (w, _, o) => ({ eventId: eventOf(w, o), legalName: "Fair GmbH" }),
  saveEventTimeZoneAction: (w, _, o) => ({ eventId: eventOf(w, o), timeZone: "Europe/Berlin" }),
  inviteOrganizerAction: (w, _, o) => ({ eventId: eventOf(w, o), email: `new-${randomUUID()}@example.com` }),
  removeOrganizerAction: (w, _, o) => ({ eventId: eventOf(w, o), userId: w.more.spareOrganizerA }),
  cancelOrganizerInviteAction: (w, _, o) => ({ eventId: eventOf(w, o), inviteId: freshOrganizerInvite(w) }),
  createPartnerAction: (w, _, o) => ({ eventId: eventOf(w, o), name: "Acme", booth: "A9", purpose: "Follow-up", privacyUrl: "https://acme.example/p" }),
  // A1's own words again: nothing material changes, so attendee 1's share does not lapse.
  updatePartnerAction: (w, _, o) => ({ ...target(w, o), ...partnerWords(w) }),
  createPairingLinkAction: (w, _, o) => target(w, o),
  revokeDeviceAction: (w, _, o) => ({ ...target(w, o), deviceId: w.more.spareDeviceA1 }),
  savePartnerLegalAction: (w, _, o) => ({ ...target(w, o), legalName: "Acme GmbH" }),
  updateLeadFormAction: (w, _, o) => ({ ...target(w, o), tags: "hot", questions: "[]" }),
  saveNoticeAction: (w, _, o) => ({ eventId: eventOf(w, o), language: "en", template: DEFAULT_NOTICES.en }),
  createEventAction: () => ({ name: "Role table expo", slug: `role-${randomUUID().slice(0, 8)}`, "language-en": "on" }),
  createAttendeeAction: (w, _, o) => ({ eventId: eventOf(w, o), firstName: "Walk", lastName: "In", email: `walk-in-${randomUUID()}@example.com` }),
  // Attendee 2's own details again (the company cleared): attendee 1's stay as the rows above read them.
  updateAttendeeAction: (w, _, o) => ({ eventId: eventOf(w, o), attendeeId: w.a.attendees[1]!.id, firstName: w.a.attendees[1]!.firstName, lastName: "Lovelace", email: w.a.attendees[1]!.email }),
  // Attendee 4, erased next: attendee 1's badge code stays what the rows above send.
  reissueBadgeAction: (w, _, o) => ({ eventId: eventOf(w, o), attendeeId: w.a.attendees[3]!.id }),
  // Attendee 4: the others' objects stay for the rows after this one.
  eraseAttendeeAction: (w, _, o) => ({ eventId: eventOf(w, o), attendeeId: w.a.attendees[3]!.id }),

  publishAgreementAction: (w, _, o) => ({ eventId: eventOf(w, o), en: agreementText() }), // the current text: no new version
  privateAddressesAction: (w, _, o) => ({ eventId: eventOf(w, o), allow: "no" }),
  inviteTeamMemberAction: (w, _, o) => ({ ...target(w, o), email: `team-${randomUUID()}@example.com`, role: "member" }),
  setTeamRoleAction: (w, _, o) => ({ ...target(w, o), userId: w.more.spareMembersA1[1], role: "member" }),
  removeTeamMemberAction: (w, _, o) => ({ ...target(w, o), userId: w.more.spareMembersA1[1] }),
  cancelTeamInviteAction: (w, _, o) => ({ ...target(w, o), inviteId: freshTeamInvite(w) }),

  // Partner A1's workspace: the partner is in the input, the actor is the session's membership of it.
  acceptAgreementAction: (w) => ({ partnerId: w.a.partners[0]!.id, version: 1, language: "en", confirm: "on" }),
  partnerPairingLinkAction: (w) => ({ partnerId: w.a.partners[0]!.id }),
  partnerRevokeDeviceAction: (w) => ({ partnerId: w.a.partners[0]!.id, deviceId: w.more.spareDeviceA1 }),
  partnerLeadFormAction: (w) => ({ partnerId: w.a.partners[0]!.id, tags: "hot", questions: "[]" }),
  partnerFollowUpAction: (w) => ({ partnerId: w.a.partners[0]!.id, language: "en", promise: "We will email you the brochure now.", message: "Thank you for visiting." }),
  partnerRemoveFollowUpAction: (w) => ({ partnerId: w.a.partners[0]!.id, language: "de" }),
  partnerInviteAction: (w) => ({ partnerId: w.a.partners[0]!.id, email: `team-${randomUUID()}@example.com`, role: "member" }),
  partnerSetRoleAction: (w) => ({ partnerId: w.a.partners[0]!.id, userId: w.more.spareMembersA1[0], role: "member" }),
  partnerRemoveMemberAction: (w) => ({ partnerId: w.a.partners[0]!.id, userId: w.more.spareMembersA1[0] }),
  partnerCancelInviteAction: (w) => ({ partnerId: w.a.partners[0]!.id, inviteId: freshTeamInvite(w) }),
  createApiTokenAction: (w) => ({ partnerId: w.a.partners[0]!.id, name: "Role table" }),
  revokeApiTokenAction: (w) => ({ partnerId: w.a.partners[0]!.id, tokenId: spareToken(w) }),
  addEndpointAction: (w) => ({ partnerId: w.a.partners[0]!.id, url: `http://localhost:9/${randomUUID()}` }),
  rotateSecretAction: (w) => ({ partnerId: w.a.partners[0]!.id, endpointId: w.more.endpointsA1[0] }),
  replayAction: (w) => ({ partnerId: w.a.partners[0]!.id, endpointId: w.more.endpointsA1[0], messageId: `ce_${w.consentA1}` }),
  setEndpointStatusAction: (w) => ({ partnerId: w.a.partners[0]!.id, endpointId: w.more.endpointsA1[0], status: "disabled" }),
  removeEndpointAction: (w) => ({ partnerId: w.a.partners[0]!.id, endpointId: w.more.endpointsA1[1] }),

  // The personal link in the input is the attendee's credential.
  enterDrawingAction: (w, actor, o) => ({ token: meToken(w, actor, o), drawingId: crossEvent(actor) ? w.b.drawingId : w.a.drawingId }),
  pageDecisionAction: (w, actor, o) => ({
    token: meToken(w, actor, o),
    partnerId: crossEvent(actor) ? w.b.partners[0]!.id : w.a.partners[1]!.id,
    choice: "share",
    clientId: randomUUID(),
    ...w.more.noticeA2,
  }),
  chooseLanguageAction: (w, actor, o) => ({ token: meToken(w, actor, o), language: "de" }),
  eraseMyDataAction: (w, actor, o) => ({ token: meToken(w, actor, o) }),

  // The credential is the input; the session is not read (guard `anyone`).
  pairDeviceAction: (w, _, o) => ({ token: o.spoil ? UNKNOWN_TOKEN : createPairingLink(OPERATOR, w.a.eventId, w.a.partners[0]!.id).token, deviceName: "Phone" }),
  acceptInviteAction: (w, _, o) => ({
    token: o.spoil ? UNKNOWN_TOKEN : createInvite(OPERATOR, w.a.eventId, { email: `join-${randomUUID()}@example.com` }).path.split("/").pop(),
    name: "New Organizer",
    password: "long enough password",
  }),
  joinPartnerTeamAction: (w, _, o) => ({
    token: o.spoil ? UNKNOWN_TOKEN : invitePartnerMember(OPERATOR, w.a.eventId, w.a.partners[0]!.id, { email: `join-${randomUUID()}@example.com`, role: "member" }).path.split("/").pop(),
    name: "New Team Member",
    password: "long enough password",
  }),
  signInAction: (w, _, o) => ({ email: w.organizerAEmail, password: o.spoil ? "not the password" : ORGANIZER_PASSWORD, next: "/\t/evil.example" }),
  signOutAction: () => ({}),
  unpairPhoneAction: () => ({}),
};
