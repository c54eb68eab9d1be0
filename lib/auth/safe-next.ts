// Where the browser goes after sign-in: a path on this site, or the events list. The value is
// read the way a browser would read it (the WHATWG URL parser drops tabs and newlines, takes
// "\" for "/", decodes nothing else) against a placeholder origin; anything that lands on
// another origin, or on a path a browser would take as "//host", is refused. The answer is the
// parsed path, percent-encoded, so a non-ASCII `next` is a valid Location header, not a 500.

export const AFTER_SIGN_IN = "/events";
const HERE = "http://fairlead.invalid";

export function safeNext(next: unknown): string {
  if (typeof next !== "string" || next.length > 2000) return AFTER_SIGN_IN;
  // Only a path: not "//host", not "/\host", not a scheme, nothing a browser strips first.
  if (!/^\/(?![/\\])/.test(next) || /[\u0000-\u001f\u007f\\]/.test(next)) return AFTER_SIGN_IN;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return AFTER_SIGN_IN;
  }
  if (url.origin !== HERE || url.username || url.password) return AFTER_SIGN_IN;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil" parses to the path "//evil", which a browser would read as a host.
  if (!path.startsWith("/") || path.startsWith("//") || /[^\u0021-\u007e]/.test(path)) return AFTER_SIGN_IN;
  return path;
}
