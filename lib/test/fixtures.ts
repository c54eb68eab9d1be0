// Test fixtures built with the real domain functions, so tests exercise the same paths as the UI.
import { OPERATOR, type Actor, type DeviceActor, type OrganizerActor, type PartnerActor } from "../auth/actor";
import { createOrganizer } from "../auth/organizers";
import { deviceFromSession, organizerFromSession } from "../auth/sessions";
import { createAttendee } from "../attendees/attendees";
import { addDefaultNotices } from "../consent/notice";
import { createPairingLink, pairDevice } from "../devices/pairing";
import { addOrganizerToEvent, createEvent } from "../events/events";
import { createPartner, type PartnerSummary } from "../partners/partners";
import { createDrawing } from "../drawing/create-drawing";
import { acceptPartnerInvite, invitePartnerMember, partnerActorFor } from "../partners/team";
import { acceptAgreement, currentAgreement, publishAgreement } from "../partners/agreement";

let counter = 0;
const unique = () => `${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

export async function makeOrganizer(): Promise<OrganizerActor> {
  const email = `org-${unique()}@example.com`;
  const { id } = await createOrganizer({ email, name: "Test Organizer", password: "correct horse battery" });
  return { kind: "organizer", userId: id, email, name: "Test Organizer" };
}

export type TestEvent = {
  eventId: number;
  slug: string;
  partners: PartnerSummary[];
  attendees: { id: number; badgeCode: string; personalToken: string; firstName: string; email: string }[];
  drawingId: number;
};

/** An event with `partnerCount` partners, `attendeeCount` attendees, a notice and an open drawing. */
export function makeEvent(opts: { partnerCount?: number; attendeeCount?: number; organizer?: OrganizerActor } = {}): TestEvent {
  const slug = `ev-${unique()}`;
  const event = createEvent(OPERATOR, { name: `Event ${slug}`, slug });
  if (opts.organizer) addOrganizerToEvent(OPERATOR, event.id, opts.organizer.userId);
  addDefaultNotices(OPERATOR, event.id);
  const partners = Array.from({ length: opts.partnerCount ?? 2 }, (_, i) =>
    createPartner(OPERATOR, event.id, {
      name: `Partner ${i + 1} ${slug}`,
      booth: `B${i + 1}`,
      privacyUrl: `https://partner${i + 1}.example/privacy`,
      purpose: "Send the brochure you asked for.",
      contactEmail: `leads${i + 1}@partner.example`,
    }),
  );
  const attendees = Array.from({ length: opts.attendeeCount ?? 3 }, (_, i) => {
    const input = { firstName: `Ada${i}`, lastName: "Lovelace", email: `ada${i}-${slug}@example.com`, company: "=cmd|' /C calc'!A0" };
    return { ...createAttendee(OPERATOR, event.id, input), firstName: input.firstName, email: input.email };
  });
  const drawing = createDrawing(OPERATOR, event.id, { name: "Booth trail", prize: "A bicycle", minFraction: 0.5 });
  return { eventId: event.id, slug, partners, attendees, drawingId: drawing.id };
}

/** A paired booth device of the partner, as the guards would derive it from its session. */
export function makeDevice(eventId: number, partnerId: number, name = "Test phone"): DeviceActor & { sessionToken: string } {
  const link = createPairingLink(OPERATOR, eventId, partnerId);
  const { session } = pairDevice({ token: link.token, deviceName: name });
  const actor = deviceFromSession(session.token);
  if (!actor) throw new Error("pairing did not give a device session");
  return { ...actor, sessionToken: session.token };
}

// Partner teams (docs/decisions/036): members joined through a real invitation, and the gate.

/** An English data-use agreement long enough to publish; a different `tag` makes a different text. */
export const agreementText = (tag = "") =>
  `Partners use the contact details of this event's leads only for the purpose each attendee was told.${tag ? ` ${tag}` : ""}`;

/**
 * A member of the partner's team who joined through a real invitation (made by `by`, the
 * operator unless given) with a new account, as the workspace guard derives it from the session.
 */
export async function makePartnerMember(
  eventId: number,
  partnerId: number,
  role: "admin" | "member" = "admin",
  opts: { by?: Actor } = {},
): Promise<PartnerActor & { sessionToken: string }> {
  const email = `team-${unique()}@example.com`;
  const invite = invitePartnerMember(opts.by ?? OPERATOR, eventId, partnerId, { email, role });
  const session = await acceptPartnerInvite({ token: invite.path.split("/").pop()!, name: "Test Team Member", password: "correct horse battery" });
  const user = organizerFromSession(session.token);
  if (!user) throw new Error("joining did not give a user session");
  return { ...partnerActorFor(user, partnerId), sessionToken: session.token };
}

/** Publishes the event's agreement (if none yet) and has the partner admin accept its current version: the gate opens. */
export function openAgreementGate(admin: PartnerActor): number {
  const version = currentAgreement(admin.eventId)[0]?.version ?? publishAgreement(OPERATOR, admin.eventId, { en: agreementText() }).version;
  acceptAgreement(admin, { version, language: "en" });
  return version;
}
