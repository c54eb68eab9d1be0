// The printable badge formats, their page and badge sizes, and where each badge sits on a
// page. Pure data and geometry in PDF points (1/72 in), origin at the top left of the page.
// Why these sizes and how duplex lines up: docs/decisions/005-printable-badges.md.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- only z.enum, which has no eval probe (decision 033); the route nests it in a classic z.object
import { z } from "zod";

const MM = 72 / 25.4;
const INCH = 72;

export type Size = { width: number; height: number };
export type Box = { x: number; y: number } & Size;

type FormatSpec = {
  label: string;
  /** What the organizer reads next to the link. */
  description: string;
  /** "sheet": many badges per page, backs on the next page; "single": one badge per page. */
  kind: "sheet" | "single";
  page: Size;
  badge: Size;
  columns: number;
  rows: number;
};

const SHEET_BADGE: Size = { width: 90 * MM, height: 60 * MM };

export const BADGE_FORMATS = {
  a4: {
    label: "A4 sheets",
    description: "8 badges of 90 × 60 mm per A4 page, with cut marks; print double-sided, flip on the long edge",
    kind: "sheet",
    page: { width: 210 * MM, height: 297 * MM },
    badge: SHEET_BADGE,
    columns: 2,
    rows: 4,
  },
  letter: {
    label: "Letter sheets",
    description: "8 badges of 90 × 60 mm per US Letter page, with cut marks; print double-sided, flip on the long edge",
    kind: "sheet",
    page: { width: 8.5 * INCH, height: 11 * INCH },
    badge: SHEET_BADGE,
    columns: 2,
    rows: 4,
  },
  a6: {
    label: "A6",
    description: "one badge per A6 page (105 × 148 mm, portrait): front, then back",
    kind: "single",
    page: { width: 105 * MM, height: 148 * MM },
    badge: { width: 105 * MM, height: 148 * MM },
    columns: 1,
    rows: 1,
  },
  "4x3": {
    label: "4×3 in",
    description: "one badge per 4 × 3 in page (landscape), for badge printers and standard holders: front, then back",
    kind: "single",
    page: { width: 4 * INCH, height: 3 * INCH },
    badge: { width: 4 * INCH, height: 3 * INCH },
    columns: 1,
    rows: 1,
  },
} as const satisfies Record<string, FormatSpec>;

export type BadgeFormatName = keyof typeof BADGE_FORMATS;
export type BadgeFormatSpec = FormatSpec;

export const BADGE_FORMAT_NAMES = Object.keys(BADGE_FORMATS) as BadgeFormatName[];

export const BadgeFormat = z.enum(BADGE_FORMAT_NAMES as [BadgeFormatName, ...BadgeFormatName[]], {
  message: `Must be one of ${BADGE_FORMAT_NAMES.join(", ")}.`,
});

export function badgesPerPage(format: BadgeFormatName): number {
  const spec: FormatSpec = BADGE_FORMATS[format];
  return spec.columns * spec.rows;
}

/** Pages in the PDF: every page of fronts is followed by its page of backs. */
export function pageCount(format: BadgeFormatName, badges: number): number {
  return Math.ceil(badges / badgesPerPage(format)) * 2;
}

/**
 * Where the badge in slot `index` of a page sits. The grid is centred on the page, so its left
 * and right margins are equal. Backs are mirrored left to right: a sheet printed double-sided
 * and flipped on its long edge puts the back of the badge in column c behind column
 * (columns - 1 - c) of the front, on the same row.
 */
export function slotBox(format: BadgeFormatName, side: "front" | "back", index: number): Box {
  const spec: FormatSpec = BADGE_FORMATS[format];
  const origin = gridOrigin(spec);
  const row = Math.floor(index / spec.columns);
  const column = index % spec.columns;
  const printed = side === "back" ? spec.columns - 1 - column : column;
  return { x: origin.x + printed * spec.badge.width, y: origin.y + row * spec.badge.height, ...spec.badge };
}

function gridOrigin(spec: FormatSpec): { x: number; y: number } {
  return {
    x: (spec.page.width - spec.columns * spec.badge.width) / 2,
    y: (spec.page.height - spec.rows * spec.badge.height) / 2,
  };
}

/** Cut marks for a sheet: short lines in the margin that continue every cutting line of the grid. */
export function cutMarks(format: BadgeFormatName): { x1: number; y1: number; x2: number; y2: number }[] {
  const spec: FormatSpec = BADGE_FORMATS[format];
  if (spec.kind !== "sheet") return [];
  const { x, y } = gridOrigin(spec);
  const right = x + spec.columns * spec.badge.width;
  const bottom = y + spec.rows * spec.badge.height;
  const gap = 2 * MM;
  const length = Math.min(6 * MM, x - gap, y - gap);
  const marks = [];
  for (let c = 0; c <= spec.columns; c++) {
    const at = x + c * spec.badge.width;
    marks.push({ x1: at, y1: y - gap - length, x2: at, y2: y - gap }, { x1: at, y1: bottom + gap, x2: at, y2: bottom + gap + length });
  }
  for (let r = 0; r <= spec.rows; r++) {
    const at = y + r * spec.badge.height;
    marks.push({ x1: x - gap - length, y1: at, x2: x - gap, y2: at }, { x1: right + gap, y1: at, x2: right + gap + length, y2: at });
  }
  return marks;
}
