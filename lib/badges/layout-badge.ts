// Where everything on a badge goes. Front: event, first name (large), last name, company, the
// badge code as a QR code for booth phones and in text for typing. Back: the attendee's own
// page as a QR code and what it is for. Wide badges (sheets, 4×3 in) put text left and the QR
// code right; tall ones (A6) stack them, centred.
import type { Box } from "./badge-layouts";
import { formatBadgeCode } from "./badge-code";
import { column, LEADING, MUTED, type DrawnItem } from "./badge-items";
import type { Typesetter } from "./fit-text";

export type BadgeContent = {
  eventName: string;
  firstName: string;
  lastName: string;
  company: string | null;
  badgeCode: string;
  /** `${base}/me/${personalToken}`: the attendee's page, to see and withdraw what they shared. */
  personalUrl: string;
};

export const BACK_LINE = "Your page: see and withdraw what you shared";
export const BACK_HINT = "Scan this code with your own phone. It opens your page without a password, so keep it to yourself.";

export function layoutBadge(side: "front" | "back", badge: BadgeContent, box: Box, ts: Typesetter): DrawnItem[] {
  const wide = box.width >= box.height;
  if (side === "front") return wide ? wideFront(badge, box, ts) : tallFront(badge, box, ts);
  return wide ? wideBack(badge, box, ts) : tallBack(badge, box, ts);
}

/** Padding and a scale factor (1 on a 90 × 60 mm badge) for a wide badge. */
function wide(box: Box) {
  const pad = Math.min(box.width, box.height) * 0.07;
  return { pad, k: box.height / 170.08, bottom: box.y + box.height - pad };
}

/** Text on the left, the QR code top right, the code in text along the bottom, full width. */
function wideFront(badge: BadgeContent, box: Box, ts: Typesetter): DrawnItem[] {
  const { pad, k, bottom } = wide(box);
  const codeSize = 10 * k;
  const codeTop = bottom - codeSize * LEADING;
  const qr = Math.min(codeTop - 2 * k - box.y - pad, box.width * 0.42);
  const qrX = box.x + box.width - pad - qr;
  const items: DrawnItem[] = [{ kind: "qr", role: "badge-code", payload: badge.badgeCode, x: qrX, y: box.y + pad, size: qr }];
  const left = box.x + pad;
  const text = column(ts, items, left, qrX - left, box.y + pad, "left");
  text.line("event", badge.eventName, "regular", 7.5 * k, 5.5 * k, MUTED);
  text.gap(3 * k);
  text.line("first-name", badge.firstName, "bold", 26 * k, 12 * k);
  text.line("last-name", badge.lastName, "bold", 15 * k, 8 * k);
  text.line("company", badge.company, "regular", 10 * k, 6.5 * k);
  column(ts, items, left, box.width - 2 * pad, codeTop, "left").line("code", formatBadgeCode(badge.badgeCode), "regular", codeSize, 5 * k);
  return items;
}

function wideBack(badge: BadgeContent, box: Box, ts: Typesetter): DrawnItem[] {
  const { pad, k, bottom } = wide(box);
  const qr = Math.min(box.height - 2 * pad, box.width * 0.42);
  const qrX = box.x + pad;
  const items: DrawnItem[] = [{ kind: "qr", role: "personal-page", payload: badge.personalUrl, x: qrX, y: box.y + (box.height - qr) / 2, size: qr }];
  const left = qrX + qr;
  const width = box.x + box.width - pad - left;
  const text = column(ts, items, left, width, box.y + pad + 4 * k, "left");
  text.wrap("back-line", BACK_LINE, "bold", 11 * k, 3);
  text.gap(4 * k);
  text.wrap("back-hint", BACK_HINT, "regular", 7 * k, 5, MUTED);
  const nameSize = 7 * k;
  column(ts, items, left, width, bottom - nameSize * LEADING, "left").line("back-name", fullName(badge), "regular", nameSize, 5 * k, MUTED);
  return items;
}

/** Padding and a scale factor (1 on A6, 105 mm wide) for a tall badge. */
function tall(box: Box) {
  const pad = box.width * 0.07;
  return { pad, k: box.width / 297.64, inner: box.width - 2 * pad, bottom: box.y + box.height - pad };
}

function tallFront(badge: BadgeContent, box: Box, ts: Typesetter): DrawnItem[] {
  const { pad, k, inner, bottom } = tall(box);
  const items: DrawnItem[] = [];
  const text = column(ts, items, box.x + pad, inner, box.y + pad, "center");
  text.line("event", badge.eventName, "regular", 9 * k, 6.5 * k, MUTED);
  text.gap(4 * k);
  text.line("first-name", badge.firstName, "bold", 40 * k, 16 * k);
  text.line("last-name", badge.lastName, "bold", 22 * k, 10 * k);
  text.line("company", badge.company, "regular", 14 * k, 8 * k);
  const codeSize = 11 * k;
  const codeTop = bottom - codeSize * LEADING;
  items.push(centredQr("badge-code", badge.badgeCode, box, text.y, codeTop, Math.min(inner, box.width * 0.62)));
  column(ts, items, box.x + pad, inner, codeTop, "center").line("code", formatBadgeCode(badge.badgeCode), "regular", codeSize, 6 * k);
  return items;
}

function tallBack(badge: BadgeContent, box: Box, ts: Typesetter): DrawnItem[] {
  const { pad, k, inner, bottom } = tall(box);
  const items: DrawnItem[] = [];
  const text = column(ts, items, box.x + pad, inner, box.y + pad + 8 * k, "center");
  text.wrap("back-line", BACK_LINE, "bold", 16 * k, 3);
  const nameSize = 9 * k;
  const hintSize = 9 * k;
  const hint = wrapHeight(hintSize, 3);
  const nameTop = bottom - nameSize * LEADING;
  const qr = centredQr("personal-page", badge.personalUrl, box, text.y, nameTop - hint - 6 * k, Math.min(inner, box.width * 0.62));
  items.push(qr);
  const below = column(ts, items, box.x + pad, inner, qr.y + qr.size + 2 * k, "center");
  below.wrap("back-hint", BACK_HINT, "regular", hintSize, 3, MUTED);
  column(ts, items, box.x + pad, inner, nameTop, "center").line("back-name", fullName(badge), "regular", nameSize, 6 * k, MUTED);
  return items;
}

/** A QR square centred across the badge and in the space between `top` and `bottom`. */
function centredQr(role: "badge-code" | "personal-page", payload: string, box: Box, top: number, bottom: number, max: number) {
  const size = Math.max(0, Math.min(max, bottom - top));
  return { kind: "qr" as const, role, payload, x: box.x + (box.width - size) / 2, y: top + (bottom - top - size) / 2, size };
}

const wrapHeight = (size: number, lines: number) => size * LEADING * lines;

const fullName = (badge: BadgeContent) => `${badge.firstName} ${badge.lastName}`;
