// One attendee as the organizer's screen shows them: their details, every booth visit (scan) and
// every decision in the ledger, oldest first, each decision with its receipt. Scoped by the
// event in every where: another event's attendee is not found.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, consentEvents, devices, partners, scans, type ConsentEvent } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { notFound } from "../errors";
import { attendeeOfEvent } from "./require-attendee";

export type AttendeeVisit = { id: string; partnerName: string; deviceName: string; scannedAt: Date; receivedAt: Date; source: "camera" | "typed" | null };
export type AttendeeDecision = {
  consentId: number;
  partnerName: string;
  action: ConsentEvent["action"];
  method: ConsentEvent["method"];
  language: string;
  recordedAt: Date;
};
export type AttendeeDetail = {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  company: string | null;
  badgeCode: string;
  badgeSource: "issued" | "vendor";
  language: string | null;
  createdAt: Date;
  visits: AttendeeVisit[];
  decisions: AttendeeDecision[];
};

export function getAttendeeDetail(actor: Actor, eventId: number, attendeeId: number): AttendeeDetail {
  requireOrganizerOf(actor, eventId);
  const db = getDb();
  const person = db
    .select({
      id: attendees.id,
      firstName: attendees.firstName,
      lastName: attendees.lastName,
      email: attendees.email,
      company: attendees.company,
      badgeCode: attendees.badgeCode,
      badgeSource: attendees.badgeSource,
      language: attendees.language,
      createdAt: attendees.createdAt,
    })
    .from(attendees)
    .where(attendeeOfEvent(eventId, attendeeId))
    .get();
  if (!person) throw notFound("The attendee");
  const visits = db
    .select({ id: scans.id, partnerName: partners.name, deviceName: devices.name, scannedAt: scans.scannedAt, receivedAt: scans.receivedAt, source: scans.source })
    .from(scans)
    .innerJoin(partners, eq(partners.id, scans.partnerId))
    .innerJoin(devices, eq(devices.id, scans.deviceId))
    .where(attendeeScope(scans, eventId, attendeeId))
    .orderBy(asc(scans.receivedAt))
    .all();
  const decisions = db
    .select({
      consentId: consentEvents.id,
      partnerName: partners.name,
      action: consentEvents.action,
      method: consentEvents.method,
      language: consentEvents.language,
      recordedAt: consentEvents.recordedAt,
    })
    .from(consentEvents)
    .innerJoin(partners, eq(partners.id, consentEvents.partnerId))
    .where(attendeeScope(consentEvents, eventId, attendeeId))
    .orderBy(asc(consentEvents.id))
    .all();
  return { ...person, visits, decisions };
}

function attendeeScope(table: typeof scans | typeof consentEvents, eventId: number, attendeeId: number) {
  return and(eq(table.eventId, eventId), eq(table.attendeeId, attendeeId));
}
