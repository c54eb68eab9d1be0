// proxy.ts on a page request: the CSP with this request's nonce goes to Next (request header, from
// which Next puts the nonce on its scripts) and to the browser, the same; HSTS follows
// servedOverHttps (the public URL when set, else the forwarded protocol).
import assert from "node:assert/strict";
import { test } from "node:test";
import { NextRequest } from "next/server";
import { proxy } from "../../proxy";

async function page(headers: Record<string, string> = {}) {
  const response = await proxy(new NextRequest("http://fairlead.test/scan", { headers }));
  return {
    csp: response.headers.get("content-security-policy") ?? "",
    toNext: response.headers.get("x-middleware-request-content-security-policy") ?? "",
    hsts: response.headers.get("strict-transport-security"),
  };
}

test("[HEADERS] the proxy gives Next and the browser the same CSP, with a nonce of this request only", async () => {
  delete process.env.FAIRLEAD_PUBLIC_URL;
  const [a, b] = [await page(), await page()];
  assert.match(a.csp, /script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  assert.equal(a.toNext, a.csp, "Next reads the nonce from the request's CSP header");
  assert.notEqual(a.csp, b.csp);
});

test("[HEADERS] HSTS from the proxy: over the HTTPS front, or whenever the public URL is https; never on plain HTTP", async () => {
  delete process.env.FAIRLEAD_PUBLIC_URL;
  assert.equal((await page()).hsts, null);
  assert.match((await page({ "x-forwarded-proto": "https" })).hsts!, /^max-age=/);
  process.env.FAIRLEAD_PUBLIC_URL = "https://fairlead.test:3443";
  assert.match((await page()).hsts!, /^max-age=/);
  process.env.FAIRLEAD_PUBLIC_URL = "http://fairlead.test:3000";
  assert.equal((await page({ "x-forwarded-proto": "https" })).hsts, null, "the configured address decides, as for the cookies");
  delete process.env.FAIRLEAD_PUBLIC_URL;
});
