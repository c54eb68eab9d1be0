// The email check of the import. lib/fields.ts `Email` (zod's z.email()) accepts ASCII
// addresses only, so it refuses internationalised ones (RFC 6531: "zoë@exämple.example")
// that registration systems accept and deliver to. Here the shape is checked, not the
// domain's existence: whatever the registration system already accepted and mailed a ticket
// to is kept, and only what cannot be an address (no "@", spaces, "a@b", "x..y@z.com") is refused.
import { z } from "zod";

// Characters that never appear unquoted in an address, in either part (RFC 5322 specials).
const SPECIALS = /[\s\p{Cc}@,;:<>()[\]\\"]/u;

/** Why this is not an email address, or null when it looks like one. Expects the normalised form. */
export function emailProblem(address: string): string | null {
  if (address === "") return "The email is empty; every attendee needs one.";
  if (address.length > 254) return "The email is longer than 254 characters.";
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1) return `"${address}" is not an email address (it needs a name, "@" and a domain).`;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64) return "The part before @ is longer than 64 characters.";
  if (SPECIALS.test(local) || SPECIALS.test(domain)) return `"${address}" is not an email address (it has a space, a second "@" or a character addresses cannot hold).`;
  if (local.startsWith(".") || local.endsWith(".") || local.includes("..")) return `"${address}" is not an email address (a dot at the start or end, or two dots, before @).`;
  const labels = domain.split(".");
  if (labels.length < 2 || labels.some((l) => l === "" || l.length > 63 || l.startsWith("-") || l.endsWith("-"))) {
    return `"${address}" is not an email address (the domain after @ must look like example.com).`;
  }
  if (labels.at(-1)!.length < 2) return `"${address}" is not an email address (the domain ends in a one-letter name).`;
  return null;
}

/**
 * An import cell as an email: trimmed, lowercased, in Unicode NFC so the same address typed on
 * two systems matches. Checks only (`.overwrite`, `.check`), no `.transform`/`.superRefine`: it
 * runs once per row (normalise-row.ts says why).
 */
export const ImportEmail = z
  .string()
  .overwrite((v) => v.trim().normalize("NFC").toLowerCase())
  .check((payload) => {
    const problem = emailProblem(payload.value);
    if (problem) payload.issues.push({ code: "custom", message: problem, input: payload.value });
  });
