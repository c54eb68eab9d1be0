// The role × action table (docs/decisions/034): every server action of the build, with the
// answer each actor gets when it sends what e2e/support/action-inputs.ts makes for it (event
// A's objects, or for a personal link other than attendee 1's, event B's). The order is the
// order of the tests: an action whose success ends something (an attendee's data, a session, a
// phone's pairing) comes after every action that needs it.
import type { ErrorCode } from "@/lib/errors";
import { ACTORS, type ActorName } from "./role-world";

/**
 * "ok": the action's `{ ok: true }` (or its redirect). "own": the same, on the actor's own data
 * (it holds attendee 2's link, or is a phone unpairing itself): there is no object of the
 * owner's in the call. An error code: the typed refusal `{ ok: false, code }`. `skip`: not sent,
 * for the reason given.
 */
export type ActionAnswer = "ok" | "own" | ErrorCode | { skip: string };

const all = (answer: ActionAnswer): Record<ActorName, ActionAnswer> =>
  Object.fromEntries(ACTORS.map((a) => [a, answer])) as Record<ActorName, ActionAnswer>;

const own = <T extends Record<string, unknown>>(actors: T) => Object.fromEntries(Object.keys(actors).map((a) => [a, "own"])) as Record<keyof T, "own">;

const phoneAction = { ...all("unauthorized"), phoneA1: "ok", phoneA2: "not_found", phoneB1: "not_found" } as const;
/** Signed in, but no organizer of event A: organizer B and every partner team member (their session is a user's). */
const signedInOthers = { organizerB: "not_found", partnerAdminA1: "not_found", partnerMemberA1: "not_found", partnerMemberA2: "not_found" } as const;
const organizerAction = { ...all("unauthorized"), ...signedInOthers, organizerA: "ok" } as const;
/** Partner A1's workspace (decision 036): its admin; a member is refused admin work; everyone else is not on the team. */
const workspaceAction = { ...all("unauthorized"), ...signedInOthers, organizerA: "not_found", partnerAdminA1: "ok", partnerMemberA1: "forbidden" } as const;
/**
 * Not sent without a link: action-refusals.spec.ts does (failed token attempts are limited per
 * IP over the whole suite, decision 032, so each costs every later spec one).
 */
const noLink = { skip: "an unknown link: action-refusals.spec.ts sends it" };
/** Attendee 1's link on attendee 1's page; attendee 2's link aimed at event B's objects. */
const attendeeAction = { ...all("not_found"), anonymous: noLink, attendee1: "ok" } as const;
/** The credential is the input and the session is not read: whoever holds a valid one gets through (action-refusals.spec.ts sends a spoiled one). */
const credentialAction = all("ok");

export const ACTIONS: Record<string, Record<ActorName, ActionAnswer>> = {
  // Any phone of event A may scan attendee 1's badge; event B's phone does not know the code.
  openScanAction: { ...phoneAction, phoneA2: "ok" },
  readEarlierChoiceAction: phoneAction,
  saveQualificationAction: phoneAction,
  // Phone A2 may record a decision in event A, but not under A1's notice: the notice names the partner.
  recordDecisionAction: { ...phoneAction, phoneA2: "conflict" },

  // Whoever is signed in may create an event of their own (lib/events/events.ts createEvent).
  createEventAction: { ...all("unauthorized"), ...own(signedInOthers), organizerA: "ok" },
  createDrawingAction: organizerAction,
  freezeDrawingAction: organizerAction,
  drawWinnersAction: organizerAction,
  previewMappingAction: organizerAction,
  saveEventLegalAction: organizerAction,
  saveEventTimeZoneAction: organizerAction,
  inviteOrganizerAction: organizerAction,
  removeOrganizerAction: organizerAction,
  cancelOrganizerInviteAction: organizerAction,
  createPartnerAction: organizerAction,
  updatePartnerAction: organizerAction,
  createPairingLinkAction: organizerAction,
  revokeDeviceAction: organizerAction,
  savePartnerLegalAction: organizerAction,
  updateLeadFormAction: organizerAction,
  saveNoticeAction: organizerAction,
  createAttendeeAction: organizerAction,
  updateAttendeeAction: organizerAction,
  reissueBadgeAction: organizerAction,
  eraseAttendeeAction: organizerAction,
  publishAgreementAction: organizerAction,
  privateAddressesAction: organizerAction,
  inviteTeamMemberAction: organizerAction,
  setTeamRoleAction: organizerAction,
  removeTeamMemberAction: organizerAction,
  cancelTeamInviteAction: organizerAction,

  acceptAgreementAction: workspaceAction,
  partnerPairingLinkAction: workspaceAction,
  partnerRevokeDeviceAction: workspaceAction,
  partnerLeadFormAction: workspaceAction,
  partnerFollowUpAction: workspaceAction,
  partnerRemoveFollowUpAction: workspaceAction,
  partnerInviteAction: workspaceAction,
  partnerSetRoleAction: workspaceAction,
  partnerRemoveMemberAction: workspaceAction,
  partnerCancelInviteAction: workspaceAction,
  createApiTokenAction: workspaceAction,
  revokeApiTokenAction: workspaceAction,
  addEndpointAction: workspaceAction,
  rotateSecretAction: workspaceAction,
  replayAction: workspaceAction,
  setEndpointStatusAction: workspaceAction,
  removeEndpointAction: workspaceAction,

  enterDrawingAction: attendeeAction,
  pageDecisionAction: attendeeAction,
  chooseLanguageAction: { ...all("own"), anonymous: noLink, attendee1: "ok" },
  eraseMyDataAction: {
    ...all({ skip: "the link held is attendee 2's: it would erase attendee 2's own data, and attendee 1's has no id in the call" }),
    anonymous: noLink,
    attendee1: "ok",
  },

  // From here on, sessions end: a phone unpairs itself, a sign-in, pairing or invitation replaces the caller's session.
  unpairPhoneAction: { ...all("unauthorized"), phoneA1: "ok", phoneA2: "own", phoneB1: "own" },
  pairDeviceAction: credentialAction,
  acceptInviteAction: credentialAction,
  joinPartnerTeamAction: credentialAction,
  // Sign-ins are limited per IP (decision 032) and the suite shares one: three kinds of caller are enough.
  signInAction: { ...all({ skip: "the session is not read: anonymous, organizer A and phone A1 stand for the rest" }), anonymous: "ok", organizerA: "ok", phoneA1: "ok" },
  signOutAction: credentialAction,
};
