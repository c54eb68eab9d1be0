// Draws one page of badge sides into a pdfkit document. QR codes are vector rectangles, one
// per run of dark modules in a row, in module units under a scale: small, sharp at any
// printer resolution, and far faster than embedding a PNG per code.
import QRCode from "qrcode";
import { BADGE_FORMATS, cutMarks, slotBox, type BadgeFormatName } from "./badge-layouts";
import { QR_QUIET_MODULES, type DrawnItem, type QrItem, type TextItem } from "./badge-items";
import { fontName } from "./badge-fonts";
import { layoutBadge, type BadgeContent } from "./layout-badge";
import type { Typesetter } from "./fit-text";

export function drawBadgePage(doc: PDFKit.PDFDocument, ts: Typesetter, format: BadgeFormatName, side: "front" | "back", badges: BadgeContent[]): void {
  const spec = BADGE_FORMATS[format];
  doc.addPage({ size: [spec.page.width, spec.page.height], margin: 0 });
  badges.forEach((badge, index) => drawItems(doc, layoutBadge(side, badge, slotBox(format, side, index), ts)));
  drawCutMarks(doc, format);
}

export function drawItems(doc: PDFKit.PDFDocument, items: DrawnItem[]): void {
  for (const item of items) {
    if (item.kind === "qr") drawQr(doc, item);
    else drawText(doc, item);
  }
}

function drawText(doc: PDFKit.PDFDocument, item: TextItem): void {
  // No width and no line breaks: pdfkit then neither wraps nor starts a new page.
  doc.font(fontName(item.style)).fontSize(item.size).fillColor(item.color).text(item.text, item.x, item.y, { lineBreak: false });
}

/** Dark runs of each row of a QR code: [row, first column, length], in modules. */
export function qrRuns(payload: string): { modules: number; runs: [number, number, number][] } {
  // One segment in the densest mode that holds the whole payload: issued badge codes are
  // alphanumeric, addresses bytes. Letting qrcode search for the best mix of segments runs a
  // shortest-path search per payload (a tenth of the time of a badge) for no smaller symbol.
  const segment = /^[0-9A-Z $%*+\-./:]*$/.test(payload) ? { data: payload, mode: "alphanumeric" as const } : { data: Buffer.from(payload, "utf8"), mode: "byte" as const };
  const { size, data } = QRCode.create([segment], { errorCorrectionLevel: "M" }).modules;
  const runs: [number, number, number][] = [];
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const dark = col < size && data[row * size + col] === 1;
      if (dark && start < 0) start = col;
      else if (!dark && start >= 0) {
        runs.push([row, start, col - start]);
        start = -1;
      }
    }
  }
  return { modules: size, runs };
}

function drawQr(doc: PDFKit.PDFDocument, item: QrItem): void {
  const { modules, runs } = qrRuns(item.payload);
  const unit = item.size / (modules + 2 * QR_QUIET_MODULES);
  doc.save();
  doc.transform(unit, 0, 0, unit, item.x + unit * QR_QUIET_MODULES, item.y + unit * QR_QUIET_MODULES);
  // Whole numbers in module units: one short "re" operator per run, written in one go.
  doc.addContent(runs.map(([row, col, length]) => `${col} ${row} ${length} 1 re`).join("\n"));
  doc.fill("#000000");
  doc.restore();
}

function drawCutMarks(doc: PDFKit.PDFDocument, format: BadgeFormatName): void {
  const marks = cutMarks(format);
  if (marks.length === 0) return;
  doc.save().lineWidth(0.4).strokeColor("#808080");
  for (const m of marks) doc.moveTo(m.x1, m.y1).lineTo(m.x2, m.y2);
  doc.stroke().restore();
}
