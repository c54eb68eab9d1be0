// Every security header Fairlead sends, in one place (docs/decisions/033-security-headers.md).
// Pages get theirs from proxy.ts (the CSP carries a fresh nonce per request, so it cannot be
// static); route handlers, static files and pages alike get the static ones from next.config's
// `headers()`, which reads `staticHeaderRules()` below. No `import "server-only"`: next.config,
// the proxy bundle and the unit tests import this module.

/** Paths whose address holds a secret token: nothing may carry them on as a referrer. */
export const TOKEN_PATH_SOURCES = ["/me/:path*", "/pair/:path*", "/invite/:path*", "/join/:path*"] as const;
const TOKEN_PATH = /^\/(?:me|pair|invite|join)(?:\/|$)/;

/** The only page that may use the camera: the booth scanner. */
export const CAMERA_PATH = "/scan";

const HSTS = "max-age=31536000; includeSubDomains";

/** A fresh nonce: 16 random bytes, base64 (the CSP's nonce-source grammar). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type PagePolicy = { nonce: string; https: boolean; dev?: boolean };

/**
 * The page CSP. Scripts run only with this response's nonce; what they load in turn is trusted
 * ('strict-dynamic': Next's chunks, the lazily loaded decoder and chart). Style elements need the
 * nonce too; style attributes (React `style` props rendered on the server) are allowed, because
 * they cannot carry a nonce and cannot run code or read the page.
 */
export function contentSecurityPolicy({ nonce, https, dev = false }: PagePolicy): string {
  const directives = [
    "default-src 'self'",
    // 'self' only for browsers without CSP 3, which ignore 'strict-dynamic'; React needs eval in dev.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'", // public/sw.js, the offline scanner's service worker
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    // On plain HTTP (a venue LAN without the HTTPS front) this would send every request to a port nobody serves.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers only a page needs, per request: its CSP, and HSTS when the public address is https. */
export function pageHeaders(policy: PagePolicy): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(policy),
    ...(policy.https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** Powerful features nobody uses are denied; the camera only where it is used. */
export function permissionsPolicy(camera: boolean): string {
  const denied = ["microphone", "geolocation", "payment", "usb", "serial", "bluetooth", "hid", "midi", "display-capture", "browsing-topics"];
  return [`camera=${camera ? "(self)" : "()"}`, ...denied.map((feature) => `${feature}=()`)].join(", ");
}

export function referrerPolicy(pathname: string): string {
  return TOKEN_PATH.test(pathname) ? "no-referrer" : "strict-origin-when-cross-origin";
}

type HeaderRule = {
  source: string;
  has?: { type: "header"; key: string; value?: string }[];
  headers: { key: string; value: string }[];
};

/**
 * next.config's `headers()`: every response (pages, route handlers, static files). Later rules
 * override earlier ones for the same header, so the general values come first. A route handler
 * has no proxy, so HSTS comes from the forwarded protocol here (the HTTPS front always sets it).
 */
export function staticHeaderRules(): HeaderRule[] {
  return [
    {
      source: "/:path*",
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "X-Frame-Options", value: "DENY" },
        { key: "Referrer-Policy", value: referrerPolicy("/") },
        { key: "Permissions-Policy", value: permissionsPolicy(false) },
      ],
    },
    ...TOKEN_PATH_SOURCES.map((source) => ({ source, headers: [{ key: "Referrer-Policy", value: "no-referrer" }] })),
    { source: CAMERA_PATH, headers: [{ key: "Permissions-Policy", value: permissionsPolicy(true) }] },
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "Strict-Transport-Security", value: HSTS }],
    },
  ];
}
