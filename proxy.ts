// Next's proxy (formerly middleware), for server action calls only (the `next-action` header):
// malformed calls and calls from another site get the app's typed refusal instead of Next's
// 500 with a digest (lib/http/action-request.ts, docs/decisions/031). Pages, route handlers
// and uploads never pass through here, so their bodies are not buffered twice.
import { NextResponse, type NextRequest } from "next/server";
import { refuseMalformedAction } from "@/lib/http/action-request";

export async function proxy(request: NextRequest) {
  // Next buffers the body for its proxy, so reading it here leaves it whole for the action.
  return (await refuseMalformedAction(request)) ?? NextResponse.next();
}

export const config = {
  matcher: [{ source: "/:path*", has: [{ type: "header", key: "next-action" }] }],
};
