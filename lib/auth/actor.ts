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
  /** When the device was paired: no time it claims is earlier (lib/booth/clamp-device-time.ts). */
  pairedAt: Date;
};

/** An attendee on their own page, identified by the personal-page token in its address. */
export type AttendeeActor = { kind: "attendee"; attendeeId: number; eventId: number; firstName: string };

/** Someone at the server's shell with the database file: the CLI. Reaches every event. */
export type OperatorActor = { kind: "operator" };

export type Actor = OrganizerActor | DeviceActor | AttendeeActor | OperatorActor;

export const OPERATOR: OperatorActor = { kind: "operator" };

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case "organizer":
      return `organizer:${actor.email}`;
    case "device":
      return `device:${actor.deviceId}`;
    case "attendee":
      return `attendee:${actor.attendeeId}`;
    case "operator":
      return "cli";
  }
}
