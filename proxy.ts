// Next's proxy (formerly middleware), on two kinds of request:
// - server action calls (the `next-action` header): malformed calls and calls from another site
//   get the app's typed refusal instead of Next's 500 with a digest (lib/http/action-request.ts,
//   docs/decisions/031);
// - pages: a fresh CSP nonce per request, which Next reads from the request's CSP header and puts
//   on its own scripts (lib/http/security-headers.ts, docs/decisions/033).
// Route handlers, uploads and static files never pass through here, so their bodies are not
// buffered twice; they get their headers from next.config's `headers()`.
import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedAction } from "@/lib/http/action-request";
import { newNonce, pageHeaders } from "@/lib/http/security-headers";
import { servedOverHttps } from "@/lib/auth/session-cookie";

export async function proxy(request: NextRequest) {
  // Next buffers the body for its proxy, so reading it here leaves it whole for the action.
  if (request.headers.has("next-action")) {
    const refused = await refuseMalformedAction(request);
    if (refused) return refused;
  }
  const headers = pageHeaders({
    nonce: newNonce(),
    https: servedOverHttps(request.headers.get("x-forwarded-proto")),
    dev: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Literal, as Next reads it statically. lib/http/proxy-matcher.test.ts checks both branches against
// every page.tsx and route.ts under app/, so a new route handler here fails a test until excluded.
export const config = {
  matcher: [
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    {
      // Not: Next's files, /api/*, public/ (sw.js, icons), the manifest, app/'s icon files, and the other route
      // handlers by their last segments (receipts' json, result.json, badges, exports/all,
      // import/upload, a partner's export). Not: router prefetches (no HTML, no script runs).
      source:
        "/((?!_next/|api/|icons/|sw\\.js$|manifest\\.webmanifest$|favicon\\.ico$|icon\\.svg$|apple-icon\\.png$)(?!.*/(?:json|result\\.json|badges|exports/all|import/upload|export)$).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
