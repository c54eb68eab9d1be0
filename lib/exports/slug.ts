// File-name parts for exports: letters kept as their plain Latin form ("Ådalen" is `adalen`,
// "Straße" `strasse`), never split at an accent (`a-dalen`) or dropped.

/**
 * Letters NFKD does not take apart: they are letters of their own, not a base letter with a
 * mark, so the decomposition leaves them whole. Their usual plain-Latin spelling.
 */
const LETTERS: Record<string, string> = {
  ø: "o", Ø: "O", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", ß: "ss", ẞ: "SS",
  ł: "l", Ł: "L", đ: "d", Đ: "D", ð: "d", Ð: "D", þ: "th", Þ: "TH",
  ı: "i", ħ: "h", Ħ: "H", ŋ: "n", Ŋ: "N", ŧ: "t", Ŧ: "T", ĸ: "k",
};
const UNSPLIT = new RegExp(`[${Object.keys(LETTERS).join("")}]`, "g");

/** The text in plain Latin letters where it has a plain spelling: accents dropped, ø, æ, ß, ł … spelled out. */
export function transliterate(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "") // the accents NFKD split off: "A" + ring above is "A"
    .replace(UNSPLIT, (letter) => LETTERS[letter]!);
}

/** A file-name part made of [a-z0-9-] only: safe in a ZIP, on every file system and in a header. */
export function slug(name: string, fallback = "partner"): string {
  const s = transliterate(name)
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, "");
  return s || fallback;
}
