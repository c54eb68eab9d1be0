// Field schemas reused at every edge, so each value is normalised once, the same way.
import { z } from "zod";

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(254));

export const Id = z.coerce.number().int("Must be a whole number.").positive("Must be a positive id.");

export const HttpsUrl = z
  .url({ protocol: /^https?$/, message: "Enter a full http(s) address, e.g. https://example.com/privacy." })
  .max(2000);

// Text hygiene (docs/decisions/031): no field stores C0 or C1 control characters, DEL, or the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make text
// display in another order than it is stored ("Trojan Source"). A multi-line field keeps tab,
// line feed and carriage return. The marks U+200E and U+200F, which right-to-left names need, stay.
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_IN_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The first character no field may hold, described for a message ("U+202E, a text-direction override"); null if none. */
export function unsafeCharacter(text: string, lines = false): string | null {
  const found = (lines ? UNSAFE_IN_LINES : UNSAFE_IN_LINE).exec(text);
  if (!found) return null;
  const code = found[0].charCodeAt(0);
  const name = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return code >= 0x202a ? `${name}, a text-direction override` : `${name}, a control character`;
}

/**
 * The one check every form and the import apply to text: `.superRefine(plainText("The name"))`
 * on a z.string(). Refuses (never silently changes) what the person typed or the file holds,
 * naming the character, so the row or field is listed and fixed at its source.
 */
export const plainText =
  (label: string, { lines = false }: { lines?: boolean } = {}) =>
  (value: string, ctx: z.RefinementCtx) => {
    const bad = unsafeCharacter(value, lines);
    if (bad) ctx.addIssue({ code: "custom", message: unsafeMessage(label, bad) });
  };

/**
 * plainText as a zod `.check(plainTextCheck("The name"))`, for schemas run on every cell of a
 * large import: `.superRefine` adds a closure to every value it checks, `.check` adds none
 * (docs/decisions/030).
 */
export const plainTextCheck =
  (label: string, { lines = false }: { lines?: boolean } = {}) =>
  (payload: z.core.ParsePayload<string>) => {
    const bad = unsafeCharacter(payload.value, lines);
    if (bad) payload.issues.push({ code: "custom", message: unsafeMessage(label, bad), input: payload.value });
  };

const unsafeMessage = (label: string, bad: string) => `${label}: remove ${bad} (it is invisible or reorders the text).`;

const capitalised = (label: string) => label.replace(/^(a|an|the) /i, "").replace(/^./, (c) => c.toUpperCase());

export const ShortText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `${label} is too long (at most ${max} characters).`)
    .superRefine(plainText(capitalised(label)));

/** The client-made id of a scan: a UUID. */
export const ClientId = z.uuid("Must be a UUID made by the device.");
