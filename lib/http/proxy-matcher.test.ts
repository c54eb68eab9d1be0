// proxy.ts's matcher against every page and route handler under app/: pages pass through the
// proxy (for their CSP nonce), route handlers, uploads and static files never do (their bodies
// are not buffered), and server action calls always do (docs/decisions/031, 033).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config } from "../../proxy";

function files(dir: string, name: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) files(p, name, out);
    else if (entry.name === name) out.push(p);
  }
  return out;
}

/** A URL of the file's route: each [param] filled with a value of its kind. */
function urlOf(file: string): string {
  const dir = path.dirname(path.relative("app", file)).split(path.sep).filter((s) => s !== "." && !s.startsWith("("));
  return "/" + dir.map((s) => (s === "[token]" ? "tok3n-Abc_123" : s.startsWith("[") ? "42" : s)).join("/");
}

const matches = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers });

test("[HEADERS] every page passes through the proxy; a router prefetch does not", () => {
  const pages = files("app", "page.tsx").map(urlOf);
  assert.ok(pages.length > 20, `found ${pages.length} pages`);
  for (const url of [...pages, "/no-such-page", "/events/42/no-such"]) assert.ok(matches(url), `${url} must get its nonce`);
  for (const url of pages) {
    assert.equal(matches(url, { "next-router-prefetch": "1" }), false, `${url} prefetch`);
    assert.equal(matches(url, { purpose: "prefetch" }), false, `${url} purpose: prefetch`);
  }
});

test("[HEADERS] no route handler, upload or static file passes through the proxy", () => {
  const routes = files("app", "route.ts").map(urlOf);
  assert.ok(routes.includes("/api/booth/sync") && routes.includes("/events/42/import/upload"), routes.join(" "));
  const statics = ["/_next/static/chunks/main.js", "/_next/image", "/sw.js", "/icons/icon-192.png", "/manifest.webmanifest", "/favicon.ico", "/icon.svg", "/apple-icon.png"];
  for (const url of [...routes, ...statics]) assert.equal(matches(url), false, `${url} must not be buffered by the proxy`);
});

test("[HEADERS] a server action call passes through the proxy on any path, as before (decision 031)", () => {
  for (const url of ["/scan", "/signin", "/events/42/import", "/api/booth/sync"]) {
    assert.ok(matches(url, { "next-action": "7f00" }), url);
  }
});
