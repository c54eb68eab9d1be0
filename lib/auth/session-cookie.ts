// The session cookies' names and flags. Over HTTPS they are `__Host-` cookies: Secure, Path=/,
// no Domain, so neither another host nor a plain-HTTP page can set or shadow them. A browser
// refuses a Secure cookie from a plain-HTTP page, and `__Host-` requires Secure, so on plain
// HTTP (localhost, a test server) the same cookie goes without prefix and without Secure.
// HTTPS means: FAIRLEAD_PUBLIC_URL is https, or (none set) the HTTPS front said so
// (docs/decisions/031-sessions-and-input-edges.md).
import { loadConfig } from "../config";

export type SessionKind = "organizer" | "device";

const BASE_NAME = { organizer: "fairlead_organizer", device: "fairlead_device" } as const;

export type CookieSpec = { name: string; secure: boolean };

export function sessionCookie(kind: SessionKind, https: boolean): CookieSpec {
  return https ? { name: `__Host-${BASE_NAME[kind]}`, secure: true } : { name: BASE_NAME[kind], secure: false };
}

/** Whether the public address is https: the configured one if any, else the request's forwarded protocol. */
export function servedOverHttps(forwardedProto: string | null, env: NodeJS.ProcessEnv = process.env): boolean {
  const configured = publicUrl(env);
  if (configured) return configured.startsWith("https:");
  return forwardedProto?.split(",")[0]?.trim() === "https";
}

// Asked on every signed-in request: validated again only when the setting's text changes.
let known: { raw: string | undefined; url: string | undefined } | null = null;
function publicUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!known || known.raw !== env.FAIRLEAD_PUBLIC_URL) known = { raw: env.FAIRLEAD_PUBLIC_URL, url: loadConfig(env).FAIRLEAD_PUBLIC_URL };
  return known.url;
}
