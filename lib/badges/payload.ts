// What a scanned barcode holds, decided on the phone before anything is sent. A booth camera
// sees more than badges: the attendee's own-page QR on the back of the badge, a vCard on a
// business card, a Wi-Fi code on the stand, a web link on a flyer. Only a badge code goes to
// the server; everything else gets a plain sentence saying what it is.
//
// The rules, in order:
//   1. A Fairlead code, however typed (badgeCodeCandidates: case, dashes, spaces, look-alikes).
//   2. Known non-badge payloads by prefix: vCard, MECARD, BIZCARD, Wi-Fi, calendar, mailto,
//      tel, sms, geo.
//   3. A web link: Fairlead's own /me/ and /pair/ links are named for what they are; otherwise
//      the code is the first of the query parameters code, badge, badgeCode, badge_code, id
//      that is set, else the last path segment (https://reg.example.com/b/ABC123) when it
//      looks like a code: a Fairlead code, or 4–64 letters, digits, "-" or "_" with at least
//      one digit (so that /about or /en is not taken for one). Otherwise it is a web page.
//   4. A JSON object with one of those field names (some registration systems print JSON).
//   5. Text with spaces or line breaks, or over 128 characters, is not a badge code.
//   6. Anything else of 3–128 printable ASCII characters is an imported vendor code; the
//      server looks it up and says if it does not know it.
import { badgeCodeCandidates, isIssuedBadgeCode } from "./badge-code-format";

export type BadgePayload =
  | { kind: "badge"; code: string; source: "fairlead" | "vendor" }
  | { kind: "not-a-badge"; message: string };

const MAX_CODE = 128;
const TOKEN = /^[\x21-\x7e]{3,128}$/;
/** A code in a link's path must look like one: a word such as /about or /en is not. */
const PATH_TOKEN = /^(?=.*\d)[A-Za-z0-9_-]{4,64}$/;
const CODE_FIELDS = ["code", "badge", "badgeCode", "badge_code", "id"];
const ELSEWHERE = "Scan the code on the front of the attendee's badge, or type the badge code below.";

const PREFIXES: Array<[RegExp, string]> = [
  [/^(BEGIN:VCARD|MECARD:|BIZCARD:)/i, "This is a contact card, not a badge."],
  [/^WIFI:/i, "This is a Wi-Fi network code, not a badge."],
  [/^BEGIN:(VCALENDAR|VEVENT)/i, "This is a calendar entry, not a badge."],
  [/^(mailto:|MATMSG:)/i, "This is an email address, not a badge."],
  [/^tel:/i, "This is a phone number, not a badge."],
  [/^(sms|smsto):/i, "This is a text message code, not a badge."],
  [/^geo:/i, "This is a map location, not a badge."],
];

const notABadge = (what: string): BadgePayload => ({ kind: "not-a-badge", message: `${what} ${ELSEWHERE}` });

export function readBadgePayload(scanned: string): BadgePayload {
  const text = scanned.replace(/^\ufeff/, "").trim();
  if (!text) return notABadge("This code is empty.");
  if (text.length <= 64 && isFairleadCode(text)) return { kind: "badge", code: text, source: "fairlead" };
  for (const [prefix, what] of PREFIXES) if (prefix.test(text)) return notABadge(what);
  if (/^https?:\/\//i.test(text)) return fromLink(text);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return notABadge("This is a link for another app, not a badge.");
  if (text.startsWith("{")) return fromJson(text);
  if (text.length > MAX_CODE) return notABadge("This code holds too much text to be a badge.");
  if (/\s/.test(text)) return notABadge("This is a piece of text, not a badge code.");
  if (!TOKEN.test(text)) return notABadge("This code has characters that no badge code has.");
  return { kind: "badge", code: text, source: "vendor" };
}

function fromLink(text: string): BadgePayload {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return notABadge("This is a broken web link, not a badge.");
  }
  const segments = url.pathname.split("/").filter(Boolean);
  if (segments[0] === "me") return notABadge("This is the attendee's own page (the code on the back of the badge), not the badge code.");
  if (segments[0] === "pair") return notABadge("This is a pairing link for a booth phone, not a badge.");
  for (const field of CODE_FIELDS) {
    const value = url.searchParams.get(field)?.trim();
    if (value) return asLinkedCode(value, TOKEN) ?? notABadge("This web link does not hold a badge code.");
  }
  const last = segments.at(-1);
  const fromPath = last === undefined ? null : asLinkedCode(safeDecode(last), PATH_TOKEN);
  return fromPath ?? notABadge("This is a link to a web page, not a badge.");
}

function fromJson(text: string): BadgePayload {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return notABadge("This code holds data that is not a badge.");
  }
  if (value && typeof value === "object") {
    for (const field of CODE_FIELDS) {
      const found = (value as Record<string, unknown>)[field];
      if (typeof found === "string" || typeof found === "number") {
        const code = asLinkedCode(String(found).trim(), TOKEN);
        if (code) return code;
      }
    }
  }
  return notABadge("This code holds data that is not a badge.");
}

/**
 * The code as found (the server forgives case, dashes and look-alikes itself, and tries a
 * vendor's code literally first, so nothing is rewritten here).
 */
function isFairleadCode(value: string): boolean {
  // Spaced out, it must be in groups as printed (ABCDE FGHJK … 6 at the end): otherwise any
  // sentence of 26 letters from the alphabet would do ("Visit booth 12 for a free coffee").
  if (/\s/.test(value) && value.split(/[\s-]+/).some((group) => group.length < 4 || group.length > 6)) return false;
  return badgeCodeCandidates(value).some(isIssuedBadgeCode);
}

/** A code carried in a link or a JSON field, or null when the value does not look like one. */
function asLinkedCode(value: string, vendorShape: RegExp): BadgePayload | null {
  if (isFairleadCode(value)) return { kind: "badge", code: value, source: "fairlead" };
  return vendorShape.test(value) ? { kind: "badge", code: value, source: "vendor" } : null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
