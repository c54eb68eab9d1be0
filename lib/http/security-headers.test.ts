import assert from "node:assert/strict";
import { test } from "node:test";
import { contentSecurityPolicy, newNonce, pageHeaders, permissionsPolicy, referrerPolicy, staticHeaderRules } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

test("[HEADERS] scripts run only with this response's nonce: no 'unsafe-inline', no 'unsafe-eval' outside dev", () => {
  const csp = directives(contentSecurityPolicy({ nonce: "abc=", https: false }));
  assert.deepEqual(csp.get("script-src"), ["'self'", "'nonce-abc='", "'strict-dynamic'"]);
  assert.deepEqual(csp.get("style-src"), ["'self'", "'nonce-abc='"]);
  assert.deepEqual(csp.get("style-src-attr"), ["'unsafe-inline'"], "React style props are attributes: no nonce possible");
  assert.deepEqual(csp.get("frame-ancestors"), ["'none'"]);
  assert.deepEqual(csp.get("object-src"), ["'none'"]);
  assert.deepEqual(csp.get("base-uri"), ["'none'"]);
  assert.deepEqual(csp.get("form-action"), ["'self'"]);
  assert.deepEqual(csp.get("worker-src"), ["'self'"]);
  for (const [name, values] of csp) assert.ok(!values.includes("'unsafe-eval'") && (name === "style-src-attr" || !values.includes("'unsafe-inline'")), name);
  assert.ok(directives(contentSecurityPolicy({ nonce: "n", https: false, dev: true })).get("script-src")!.includes("'unsafe-eval'"));
});

test("[HEADERS] over HTTPS: HSTS and upgrade-insecure-requests; over plain HTTP neither (a LAN without the front)", () => {
  const secure = pageHeaders({ nonce: "n", https: true });
  assert.match(secure["Strict-Transport-Security"]!, /^max-age=31536000/);
  assert.ok(directives(secure["Content-Security-Policy"]!).has("upgrade-insecure-requests"));
  const plain = pageHeaders({ nonce: "n", https: false });
  assert.equal(plain["Strict-Transport-Security"], undefined);
  assert.ok(!directives(plain["Content-Security-Policy"]!).has("upgrade-insecure-requests"));
});

test("[HEADERS] nonces are fresh, 128 bits, in the CSP's base64 grammar", () => {
  const seen = new Set(Array.from({ length: 1000 }, newNonce));
  assert.equal(seen.size, 1000);
  for (const nonce of seen) assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
});

test("[HEADERS] token pages send no referrer; the camera only on /scan; microphone and geolocation never", () => {
  for (const p of ["/me/tok", "/me/tok/receipts/3", "/pair/tok", "/invite/tok", "/join/tok"]) assert.equal(referrerPolicy(p), "no-referrer", p);
  for (const p of ["/", "/scan", "/events/1", "/meet", "/pairs"]) assert.equal(referrerPolicy(p), "strict-origin-when-cross-origin", p);
  assert.match(permissionsPolicy(true), /^camera=\(self\)/);
  assert.match(permissionsPolicy(false), /^camera=\(\)/);
  for (const feature of ["microphone", "geolocation", "payment", "usb"]) assert.ok(permissionsPolicy(true).includes(`${feature}=()`), feature);
});

test("[HEADERS] next.config's rules: general values first, token paths, /scan and HTTPS override them", () => {
  const rules = staticHeaderRules();
  const first = new Map(rules[0]!.headers.map((h) => [h.key, h.value]));
  assert.equal(rules[0]!.source, "/:path*");
  assert.equal(first.get("X-Content-Type-Options"), "nosniff");
  assert.equal(first.get("X-Frame-Options"), "DENY");
  assert.equal(first.get("Referrer-Policy"), "strict-origin-when-cross-origin");
  const later = rules.slice(1);
  assert.deepEqual(later.filter((r) => r.headers.some((h) => h.value === "no-referrer")).map((r) => r.source), ["/me/:path*", "/pair/:path*", "/invite/:path*", "/join/:path*"]);
  assert.deepEqual(later.filter((r) => r.headers.some((h) => h.value.startsWith("camera=(self)"))).map((r) => r.source), ["/scan"]);
  const hsts = later.find((r) => r.headers.some((h) => h.key === "Strict-Transport-Security"))!;
  assert.deepEqual(hsts.has, [{ type: "header", key: "x-forwarded-proto", value: "https" }]);
});
