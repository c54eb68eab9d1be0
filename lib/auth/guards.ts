// require* guards: read the session cookie, return the actor or throw. Used by app/ only
// (they need the request); domain functions take the actor they return.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "../errors";
import { notFound } from "next/navigation";
import { partnerActorFor } from "../partners/team";
import type { DeviceActor, OrganizerActor, PartnerActor } from "./actor";
import { servedOverHttps, sessionCookie, type SessionKind } from "./session-cookie";
import { deviceFromSession, deviceSession, endSession, organizerFromSession, type DeviceTouch, type NewSession } from "./sessions";

async function cookieSpec(kind: SessionKind) {
  return sessionCookie(kind, servedOverHttps((await headers()).get("x-forwarded-proto")));
}

async function sessionToken(kind: SessionKind): Promise<string | undefined> {
  return (await cookies()).get((await cookieSpec(kind)).name)?.value;
}

export async function getOrganizer(): Promise<OrganizerActor | null> {
  const token = await sessionToken("organizer");
  return token ? organizerFromSession(token) : null;
}

export async function getDevice(): Promise<DeviceActor | null> {
  const token = await sessionToken("device");
  return token ? deviceFromSession(token) : null;
}

export async function requireOrganizer(): Promise<OrganizerActor> {
  const actor = await getOrganizer();
  if (!actor) throw new AppError("unauthorized", "Please sign in as an organizer.");
  return actor;
}

const NOT_PAIRED = "This browser is not a paired booth device (or it was unpaired).";

export async function requireDevice(): Promise<DeviceActor> {
  const actor = await getDevice();
  if (!actor) throw new AppError("unauthorized", NOT_PAIRED);
  return actor;
}

/**
 * For the sync endpoint: the phone, and its session touch left for the items' commit on the
 * writer thread (lib/sync/group-commit.ts), so a use costs the request's thread no commit of its own.
 */
export async function requireDeviceSession(): Promise<{ actor: DeviceActor; touch: DeviceTouch | null }> {
  const token = await sessionToken("device");
  const session = token ? deviceSession(token) : null;
  if (!session) throw new AppError("unauthorized", NOT_PAIRED);
  return session;
}

/** For pages: the organizer, or a redirect to sign-in that comes back here. */
export async function requireOrganizerPage(returnTo: string): Promise<OrganizerActor> {
  const actor = await getOrganizer();
  if (!actor) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

/**
 * For a partner's workspace (decision 036): the signed-in user's membership of the partner in the
 * path. Actions: no session is "unauthorized", no membership "not found".
 */
export async function requirePartnerMember(partnerId: number): Promise<PartnerActor> {
  return partnerActorFor(await requireOrganizer(), partnerId);
}

/** For workspace pages: sign-in that comes back here, then the 404 page for anyone not on the team. */
export async function requirePartnerPage(partnerId: number, returnTo: string): Promise<PartnerActor> {
  const user = await requireOrganizerPage(returnTo);
  try {
    return partnerActorFor(user, partnerId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/**
 * Starts the browser's new session: the session it had before (of this kind) ends, so a token
 * planted or copied before a sign-in or pairing is worthless after it.
 */
export async function setSessionCookie(kind: SessionKind, session: NewSession): Promise<void> {
  const { name, secure } = await cookieSpec(kind);
  const jar = await cookies();
  const previous = jar.get(name)?.value;
  if (previous && previous !== session.token) endSession(previous);
  jar.set(name, session.token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires: session.expiresAt });
}

export async function clearSessionCookie(kind: SessionKind): Promise<string | undefined> {
  const { name, secure } = await cookieSpec(kind);
  const jar = await cookies();
  const token = jar.get(name)?.value;
  // __Host- cookies are only accepted (and so only removed) with Secure and Path=/.
  jar.set(name, "", { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: 0 });
  return token;
}
