// require* guards: read the session cookie, return the actor or throw. Used by app/ only
// (they need the request); domain functions take the actor they return.
import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "../errors";
import type { DeviceActor, OrganizerActor } from "./actor";
import { deviceFromSession, organizerFromSession, type NewSession } from "./sessions";

export const COOKIE = { organizer: "fairlead_organizer", device: "fairlead_device" } as const;

async function sessionToken(kind: keyof typeof COOKIE): Promise<string | undefined> {
  return (await cookies()).get(COOKIE[kind])?.value;
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

export async function requireDevice(): Promise<DeviceActor> {
  const actor = await getDevice();
  if (!actor) throw new AppError("unauthorized", "This browser is not a paired booth device (or it was unpaired).");
  return actor;
}

/** For pages: the organizer, or a redirect to sign-in that comes back here. */
export async function requireOrganizerPage(returnTo: string): Promise<OrganizerActor> {
  const actor = await getOrganizer();
  if (!actor) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

export async function setSessionCookie(kind: keyof typeof COOKIE, session: NewSession): Promise<void> {
  const proto = (await headers()).get("x-forwarded-proto");
  (await cookies()).set(COOKIE[kind], session.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: proto === "https",
    path: "/",
    expires: session.expiresAt,
  });
}

export async function clearSessionCookie(kind: keyof typeof COOKIE): Promise<string | undefined> {
  const jar = await cookies();
  const token = jar.get(COOKIE[kind])?.value;
  jar.delete(COOKIE[kind]);
  return token;
}
