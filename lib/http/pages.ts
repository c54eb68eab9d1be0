// Helpers for app/ pages and route handlers: ids from the URL, and domain errors as responses.
import "server-only";
import { notFound } from "next/navigation";
import { AppError, toErrorBody } from "../errors";
import { Id } from "../fields";

/** A numeric id from a URL segment, or the 404 page. */
export function idParam(value: string): number {
  const parsed = Id.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Runs a domain read; "not found" (which includes "not yours") becomes the 404 page. */
export function orNotFound<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** A JSON error response with the status that belongs to the error's code. */
export function errorResponse(error: unknown): Response {
  const { status, body } = toErrorBody(error);
  const retryAfter = body.error.retryAfter;
  return Response.json(body, { status, ...(retryAfter !== undefined && { headers: { "retry-after": String(retryAfter) } }) });
}

/**
 * Refuses a state-changing request from another site. Server actions check this themselves;
 * route handlers that change state call it first.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  // A page with `Referrer-Policy: no-referrer` (the badge page, token pages) sends "Origin: null"
  // even to its own site; the browser's Sec-Fetch-Site, which no page script can set, says so.
  if (origin === "null" && request.headers.get("sec-fetch-site") === "same-origin") return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && hostOf(origin) !== host) {
    throw new AppError("forbidden", "This request came from another site and was refused.");
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (a sandboxed page or a redirect across sites) or garbage: not this site
  }
}
