// Who is acting. Every domain function takes one of these first, derived from the session
// (or, for the command line, from having the database file: see docs/decisions/001-foundation.md).

export type OrganizerActor = { kind: "organizer"; userId: number; email: string; name: string };

export type DeviceActor = {
  kind: "device";
  deviceId: number;
  deviceName: string;
  partnerId: number;
  partnerName: string;
  eventId: number;
  /** The event's time zone (decision 044), read with the session: the booth's screens state times in it. */
  timeZone: string;
  /** When the device was paired: no time it claims is earlier (lib/booth/clamp-device-time.ts). */
  pairedAt: Date;
};

/**
 * A member of one partner's team, signed in as a user and acting in that partner's workspace
 * (docs/decisions/036): made from the session and the partner in the path, never from the client.
 */
export type PartnerActor = {
  kind: "partner";
  userId: number;
  email: string;
  name: string;
  partnerId: number;
  partnerName: string;
  eventId: number;
  /** The event's time zone (decision 044), read with the membership: the workspace states times in it. */
  timeZone: string;
  role: "admin" | "member";
};

/** An attendee on their own page, identified by the personal-page token in its address; timeZone: the event's (decision 044). */
export type AttendeeActor = { kind: "attendee"; attendeeId: number; eventId: number; firstName: string; timeZone: string };

/** Someone at the server's shell with the database file: the CLI. Reaches every event. */
export type OperatorActor = { kind: "operator" };

export type Actor = OrganizerActor | PartnerActor | DeviceActor | AttendeeActor | OperatorActor;

export const OPERATOR: OperatorActor = { kind: "operator" };

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case "organizer":
      return `organizer:${actor.email}`;
    case "partner":
      return `partner:${actor.partnerId}:${actor.email}`;
    case "device":
      return `device:${actor.deviceId}`;
    case "attendee":
      return `attendee:${actor.attendeeId}`;
    case "operator":
      return "cli";
  }
}

/** The signed-in user behind the actor (an organizer or a partner's team member), for "who did it" columns. */
export function actorUserId(actor: Actor): number | null {
  return actor.kind === "organizer" || actor.kind === "partner" ? actor.userId : null;
}
