// The catalogue as plain strings, for tests: every leaf in a language, functions called with
// marker arguments and split at them, so "Hello ${name}" gives the fixed part "Hello".
import type { Language } from "@/lib/consent/notice-text";

const MARK = "\u0000";

// The argument every copy function gets: as text it is the marker, and as a record of values
// (a mail's fields) each field is the marker too.
const marker: unknown = new Proxy(
  {},
  { get: (_, key) => (key === Symbol.toPrimitive ? () => MARK : typeof key === "string" ? MARK : undefined) },
);

function callWithMarkers(fn: (...args: unknown[]) => unknown): unknown {
  return fn(...Array.from({ length: Math.max(fn.length, 1) }, () => marker));
}

/** Every leaf of one language's copy, with its key path: strings, or fragments of function results. */
export function leaves(copy: unknown, path = ""): { key: string; text: string }[] {
  if (typeof copy === "string") return [{ key: path, text: copy }];
  if (typeof copy === "function") return leaves(callWithMarkers(copy as (...a: unknown[]) => unknown), path);
  if (copy && typeof copy === "object") return Object.entries(copy).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/** The key paths of one copy object (functions are leaves), to compare the two languages. */
export function keyPaths(copy: unknown, path = ""): string[] {
  if (copy && typeof copy === "object" && typeof copy !== "function") {
    return Object.entries(copy).flatMap(([k, v]) => keyPaths(v, path ? `${path}.${k}` : k));
  }
  return [path];
}

/** The fixed words of every English string (3+ letters, 2+ words) not also found in German. */
export function englishOnlyFragments(catalogue: Record<string, Record<Language, unknown>>): string[] {
  const all = (l: Language) => Object.values(catalogue).flatMap((c) => leaves(c[l]).flatMap((x) => x.text.split(MARK)));
  const german = new Set(all("de").map((s) => s.trim()));
  return [...new Set(all("en").map((s) => s.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")))]
    .filter((s) => s.split(/\s+/).length >= 2 && !german.has(s))
    .sort((a, b) => b.length - a.length);
}
