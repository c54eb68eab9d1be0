// The client's network address, for per-address limits (docs/decisions/032). Route handlers and
// actions see no socket; Next 16 puts the socket's address in X-Forwarded-For, but only when the
// request has none (`req.headers['x-forwarded-for'] ??= socket.remoteAddress`, next/dist/server/
// base-server.js): without a proxy a client may name itself. Each proxy in front appends the
// address it saw, so with `trustedProxies` of them the client is the entry that many from the
// right (the nearest proxy's); entries further left are the client's own claims.
import { loadConfig } from "../config";

export function clientAddress(forwardedFor: string | null, trustedProxies = configuredProxies()): string | null {
  const entries = (forwardedFor ?? "").split(",").map((e) => e.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  const entry = entries[Math.max(0, entries.length - Math.max(1, trustedProxies))]!;
  return entry.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, ""); // an IPv4 client on a dual-stack socket
}

let proxies: { raw: string | undefined; n: number } | null = null;
function configuredProxies(): number {
  const raw = process.env.FAIRLEAD_TRUSTED_PROXIES;
  if (!proxies || proxies.raw !== raw) proxies = { raw, n: loadConfig().FAIRLEAD_TRUSTED_PROXIES };
  return proxies.n;
}
