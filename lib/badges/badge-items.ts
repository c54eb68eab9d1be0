// What a badge side is made of, before it is drawn: text lines and QR codes with their place
// on the page. The layout functions return these, the PDF writer draws them, and tests read
// them (the PDF's embedded-font text is not searchable as plain strings).
import { fitLine, wrapLines, type FontStyle, type Typesetter } from "./fit-text";

export type TextRole =
  | "event"
  | "first-name"
  | "last-name"
  | "company"
  | "code"
  | "back-line"
  | "back-hint"
  | "back-name";

export type TextItem = {
  kind: "text";
  role: TextRole;
  text: string;
  style: FontStyle;
  size: number;
  /** Top left of the line box, and its measured width, in points. */
  x: number;
  y: number;
  width: number;
  color: string;
};

/** A QR code; `size` is the side of its square including a quiet zone of QR_QUIET_MODULES. */
export type QrItem = { kind: "qr"; role: "badge-code" | "personal-page"; payload: string; x: number; y: number; size: number };

export type DrawnItem = TextItem | QrItem;

/** White modules around a QR code inside its square; the badge's padding adds more. */
export const QR_QUIET_MODULES = 2;

export const INK = "#000000";
export const MUTED = "#555555";

/** Line height as a multiple of the font size. DejaVu's ascent + descent is 1.164 em. */
export const LEADING = 1.2;

/**
 * A column of lines stacked from `y` downwards, left-aligned or centred on the column.
 * Each call fits one piece of text and moves the pen below it.
 */
export function column(ts: Typesetter, items: DrawnItem[], x: number, width: number, y: number, align: "left" | "center") {
  const place = (role: TextRole, text: string, style: FontStyle, size: number, lineWidth: number, color: string) => {
    items.push({ kind: "text", role, text, style, size, x: align === "left" ? x : x + (width - lineWidth) / 2, y: pen.y, width: lineWidth, color });
    pen.y += size * LEADING;
  };
  const pen = {
    y,
    /** One line, as large as fits between `max` and `min` points. Empty text adds nothing. */
    line(role: TextRole, raw: string | null, style: FontStyle, max: number, min: number, color = INK) {
      if (!raw?.trim()) return;
      const fitted = fitLine(ts, raw, style, max, min, width);
      if (fitted.text) place(role, fitted.text, style, fitted.size, fitted.width, color);
    },
    /** A sentence wrapped over at most `maxLines` lines. */
    wrap(role: TextRole, raw: string, style: FontStyle, size: number, maxLines: number, color = INK) {
      for (const l of wrapLines(ts, raw, style, size, width, maxLines)) place(role, l.text, style, l.size, l.width, color);
    },
    gap(points: number) {
      pen.y += points;
    },
  };
  return pen;
}
