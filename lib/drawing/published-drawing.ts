// The published record of a drawing (result.json), version 2 (docs/decisions/026). Three parts,
// each fixed at its own moment: the rules at creation, the freeze at the close (entry root,
// leaves, rule as numbers, text hashes, the beacon round), the draw (seed, beacon value,
// witnesses' values, winners). The freeze is hashed canonically, so one hash saved before the
// draw pins all of it.
import { createHash } from "node:crypto";
import { z } from "zod";

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex characters.");
const Iso = z.string();
/** Per field, per language: the texts an attendee reads (name, prize, eligibility). */
const Texts = z.record(z.string(), z.record(z.string(), z.string()));

export const Rules = z.object({
  texts: Texts,
  winnersCount: z.number().int().min(1),
  minPartners: z.number().int().nullable(),
  minFraction: z.number().nullable(),
  closesAt: Iso.nullable(),
  graceMinutes: z.number().int().min(0),
  beacon: z.object({ chainHash: Hex64, rule: z.string() }),
  witnesses: z.array(z.string()),
});

export const Freeze = z.object({
  frozenAt: Iso,
  closesAt: Iso,
  receivedBy: Iso,
  partnersCounted: z.number().int().min(0),
  requiredBooths: z.number().int().min(1),
  winnersCount: z.number().int().min(1),
  seedSha256: Hex64,
  textSha256: Texts,
  entryCount: z.number().int().min(0),
  entryRoot: Hex64,
  leaves: z.array(Hex64),
  beaconRound: z.number().int().positive(),
  beaconUrl: z.string(),
  witnesses: z.array(z.string()),
});

export const Winner = z.object({
  rank: z.number().int().positive(),
  leaf: Hex64,
  entryId: z.number().int().positive(),
  salt: z.string(),
  displayName: z.string(),
});

export const Draw = z.object({
  drawnAt: Iso,
  seed: z.string(),
  beaconRandomness: Hex64,
  witnessValues: z.array(z.object({ name: z.string(), value: z.string() })),
  drawKey: Hex64,
  winners: z.array(Winner),
});

export const PublishedDrawing = z.object({
  format: z.literal("fairlead-drawing/2"),
  drawingId: z.number().int().positive(),
  event: z.string(),
  status: z.enum(["open", "closed", "frozen", "drawn"]),
  createdAt: Iso,
  seedSha256: Hex64,
  rules: Rules,
  freeze: Freeze.nullable(),
  freezeSha256: Hex64.nullable(),
  draw: Draw.nullable(),
  algorithm: z.string(),
});
export type PublishedDrawing = z.infer<typeof PublishedDrawing>;
export type FreezeRecord = z.infer<typeof Freeze>;
export type DrawRecord = z.infer<typeof Draw>;
export type RulesRecord = z.infer<typeof Rules>;

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export const freezeHash = (freeze: FreezeRecord) => sha256Hex(canonicalJson(freeze));

/** SHA-256 of every text, kept per field and language. */
export function hashTexts(texts: Record<string, Record<string, string>>): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(texts).map(([field, byLang]) => [field, Object.fromEntries(Object.entries(byLang).map(([lang, t]) => [lang, sha256Hex(t)]))]),
  );
}

/** The display text in one language, falling back to English, then to any. */
export function textOf(texts: Record<string, Record<string, string>>, field: string, language = "en"): string {
  const byLang = texts[field] ?? {};
  return byLang[language] ?? byLang.en ?? Object.values(byLang)[0] ?? "";
}
