// The fonts embedded in badge PDFs. pdfkit's built-in Helvetica only knows WinAnsi (no Ł, ś,
// ő, Greek or Cyrillic), so badges embed DejaVu Sans Condensed, shipped in lib/badges/fonts/
// with its licence. pdfkit subsets it: a PDF carries only the glyphs its names use.
import fs from "node:fs";
import path from "node:path";
import type { FontStyle, Typesetter } from "./fit-text";

const FONT_FILES: Record<FontStyle, string> = {
  bold: "DejaVuSansCondensed-Bold.ttf",
  regular: "DejaVuSansCondensed.ttf",
};

/** The pdfkit name a style is registered under. */
export const fontName = (style: FontStyle) => `badge-${style}`;

let loaded: Record<FontStyle, Buffer> | undefined;

/** The font files, read once per process (1.3 MB) and shared by every PDF. */
function fontData(): Record<FontStyle, Buffer> {
  if (!loaded) {
    // Resolved from the project folder at run time, like the database: the server always runs
    // there. Each path is one literal, so the build's file tracing sees exactly these two files;
    // a path put together from variables made it trace the whole project (and warn about it).
    loaded = {
      bold: fs.readFileSync(path.join(process.cwd(), "lib/badges/fonts/DejaVuSansCondensed-Bold.ttf")),
      regular: fs.readFileSync(path.join(process.cwd(), "lib/badges/fonts/DejaVuSansCondensed.ttf")),
    };
  }
  return loaded;
}

/**
 * What pdfkit 0.20 keeps of an embedded font (EmbeddedFont): the fontkit font it parsed, and
 * its cache of laid-out words (a word's layout costs ~0.1 ms; names and the back's sentence
 * repeat words a lot, so the cache makes a badge several times faster).
 */
type EmbeddedFont = { font?: { hasGlyphForCodePoint(codePoint: number): boolean }; layoutCache?: Record<string, unknown> };

/** Words cached per font before the cache is emptied: each badge code is a new "word". */
const LAYOUT_CACHE_LIMIT = 4000;

export type BadgeFonts = Typesetter & {
  /** Keeps pdfkit's word-layout caches bounded; call between pages. */
  trimCaches(): void;
};

/** Registers the badge fonts on a document and returns a typesetter that measures with them. */
export function useBadgeFonts(doc: PDFKit.PDFDocument): BadgeFonts {
  const data = fontData();
  const embedded = {} as Record<FontStyle, EmbeddedFont>;
  for (const style of ["bold", "regular"] as const) {
    doc.registerFont(fontName(style), data[style]);
    embedded[style] = (doc.font(fontName(style)) as unknown as { _font: EmbeddedFont })._font;
    if (!embedded[style].font) throw new Error(`The badge font ${FONT_FILES[style]} did not load as an embedded font.`);
  }
  const printableCache = new Map<string, string>();
  return {
    width: (text, style, size) => doc.font(fontName(style)).fontSize(size).widthOfString(text),
    printable(text, style) {
      const key = `${style}\u0000${text}`;
      let result = printableCache.get(key);
      if (result === undefined) {
        result = printable(text, (codePoint) => embedded[style].font!.hasGlyphForCodePoint(codePoint));
        if (printableCache.size > 64) printableCache.clear();
        printableCache.set(key, result);
      }
      return result;
    },
    trimCaches() {
      for (const font of Object.values(embedded)) {
        if (font.layoutCache && Object.keys(font.layoutCache).length > LAYOUT_CACHE_LIMIT) font.layoutCache = Object.create(null) as Record<string, unknown>;
      }
    },
  };
}

/**
 * One line in NFC (so "e" + combining diaeresis becomes "ë", which the font has), control
 * characters and runs of spaces collapsed, and "?" for characters without a glyph: a name in
 * a script the font lacks prints as "?", never as empty boxes or nothing. The badge code and
 * its QR code still identify the badge.
 */
export function printable(text: string, hasGlyph: (codePoint: number) => boolean): string {
  const line = text.normalize("NFC").replace(/[\s\p{Cc}]+/gu, " ").trim();
  const has = (char: string) => hasGlyph(char.codePointAt(0)!);
  let out = "";
  for (const char of line) {
    if (has(char)) {
      out += char;
      continue;
    }
    // A letter with accents the font has no ready-made glyph for: the bare letter and
    // whichever accents it can draw. Marks and joiners on their own are dropped.
    const [base, ...marks] = char.normalize("NFD");
    if (/[\p{M}\u200b-\u200f]/u.test(char)) continue;
    out += base && has(base) ? base + marks.filter(has).join("") : "?";
  }
  return out;
}
