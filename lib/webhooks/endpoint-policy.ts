// Where Fairlead may send a partner's webhooks (issue 14 §2, SSRF): https only (http only to
// localhost, for development), no credentials in the address, and never to a private, loopback,
// link-local or otherwise internal address unless the organizer allows private networks. The
// check runs when the address is saved and again at every connection, on the addresses the
// connection really uses (a `lookup` for http.request), so a name that later resolves inward
// (DNS rebinding) is refused too.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";
import { AppError } from "../errors";

export type EndpointPolicy = { allowPrivate: boolean };

const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24],
  ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) INTERNAL.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["2001:db8::", 32], ["64:ff9b::", 96]] as const) {
  INTERNAL.addSubnet(net, prefix, "ipv6");
}

/** Whether an address is one no public endpoint has (IPv4-mapped IPv6 judged as its IPv4). */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return INTERNAL.check(mapped, "ipv4");
  const family = isIP(address);
  return family === 4 ? INTERNAL.check(address, "ipv4") : family === 6 ? INTERNAL.check(address, "ipv6") : true;
}

const LOCAL_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);
export const isLocalhost = (url: URL) => LOCAL_NAMES.has(url.hostname);

/** The address as an endpoint, or a clear refusal. Does not resolve the name (see `checkedLookup`). */
export function parseEndpointUrl(raw: string, policy: EndpointPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("invalid", "Enter a full address, e.g. https://crm.example.com/fairlead.", { url: "Not an address." });
  }
  const refuse = (why: string) => new AppError("invalid", `This address cannot receive webhooks: ${why}`, { url: why });
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLocalhost(url))) throw refuse("use https:// (http:// is allowed for localhost only, for development).");
  if (url.username || url.password) throw refuse("it holds a user name or password, which every message would carry and every log would show: the signature proves who sends.");
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal) && isInternalAddress(literal) && !isLocalhost(url) && !policy.allowPrivate) throw refuse("it is a private or internal network address.");
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that resolves the name and refuses it when any of its addresses
 * is internal (localhost itself excepted: development). The connection then uses exactly the
 * addresses checked.
 */
export function checkedLookup(policy: EndpointPolicy, resolve: typeof dnsLookup = dnsLookup) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
    resolve(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses;
      const local = hostname === "localhost";
      if (!policy.allowPrivate && !local && list.some((a) => isInternalAddress(a.address))) {
        const refused = Object.assign(new Error(`${hostname} resolves to a private or internal address`), { code: "EPRIVATE" });
        return callback(refused, []);
      }
      if (options.all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
