// Fitting text into a badge: shrink a line until it fits, cut it with an ellipsis when even
// the smallest size is too wide, or wrap a sentence over a few lines. Pure: the widths come
// from a Typesetter (lib/badges/badge-fonts.ts measures with the embedded fonts).

export type FontStyle = "bold" | "regular";

export interface Typesetter {
  /** Width in points of `text` set in `style` at `size` points. */
  width(text: string, style: FontStyle, size: number): number;
  /** `text` as the font can draw it: one line, NFC, and "?" for any character it has no glyph for. */
  printable(text: string, style: FontStyle): string;
}

export type FittedLine = { text: string; size: number; width: number };

const ELLIPSIS = "…";

/** The largest size from `max` down to `min` at which the line fits `maxWidth`; else cut at `min`. */
export function fitLine(ts: Typesetter, raw: string, style: FontStyle, max: number, min: number, maxWidth: number): FittedLine {
  const text = ts.printable(raw, style);
  const atMax = ts.width(text, style, max);
  if (atMax <= maxWidth) return { text, size: max, width: atMax };
  // Width grows in proportion to size, so one division finds the size; round down to 0.5 pt.
  const size = Math.floor(((max * maxWidth) / atMax) * 2) / 2;
  if (size >= min) return { text, size, width: ts.width(text, style, size) };
  return { ...cut(ts, text, style, min, maxWidth), size: min };
}

/** The longest start of `text` that, with an ellipsis, fits `maxWidth`. */
function cut(ts: Typesetter, text: string, style: FontStyle, size: number, maxWidth: number): { text: string; width: number } {
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ts.width(chars.slice(0, mid).join("").trimEnd() + ELLIPSIS, style, size) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  const fitted = chars.slice(0, low).join("").trimEnd() + ELLIPSIS;
  return { text: fitted, width: ts.width(fitted, style, size) };
}

/** Greedy word wrap at one size; a last line that would overflow `maxLines` is cut with an ellipsis. */
export function wrapLines(ts: Typesetter, raw: string, style: FontStyle, size: number, maxWidth: number, maxLines: number): FittedLine[] {
  const words = ts.printable(raw, style).split(" ");
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || ts.width(candidate, style, size) <= maxWidth) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(" ")}`;
  return kept.map((line) => {
    const width = ts.width(line, style, size);
    return width <= maxWidth ? { text: line, size, width } : { ...cut(ts, line, style, size, maxWidth), size };
  });
}
