// Renders badges into a PDF as a stream of bytes, one page pair at a time and only as fast as
// the reader takes them, so memory stays flat however many badges there are.
import PDFDocument from "pdfkit";
import { badgesPerPage, type BadgeFormatName } from "./badge-layouts";
import { useBadgeFonts } from "./badge-fonts";
import { drawBadgePage } from "./draw-badge-page";
import type { BadgeContent } from "./layout-badge";

export type RenderOptions = { format: BadgeFormatName; title: string };

/**
 * The PDF's bytes, in chunks of about one page pair. Sheets: a page of fronts, then the same
 * badges' backs mirrored for long-edge duplex. Single formats: front, then back, per badge.
 * Lazy: nothing is read from `badges` or drawn until the first chunk is asked for, and each
 * next group of badges only when the previous chunk has been taken.
 */
export async function* renderBadgePdf(badges: Iterable<BadgeContent>, { format, title }: RenderOptions): AsyncGenerator<Uint8Array> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    // No default font: loading Helvetica's metrics goes through a require that bundlers break,
    // and the badge fonts are set before any text is drawn.
    font: null as unknown as string,
    // pdfkit caches the layout of every word per font; useBadgeFonts keeps that cache bounded.
    fontLayoutCache: true,
    info: { Title: title, Creator: "Fairlead", Producer: "Fairlead (pdfkit)" },
  });
  const pending: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => pending.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  const ts = useBadgeFonts(doc);
  const take = () => Buffer.concat(pending.splice(0));
  let finished = false;
  try {
    for (const group of groups(badges, badgesPerPage(format))) {
      drawBadgePage(doc, ts, format, "front", group);
      drawBadgePage(doc, ts, format, "back", group);
      ts.trimCaches();
      // pdfkit emits a page's bytes when the next page starts or the document ends; let any
      // chunk it queued on the stream come through before handing over what we have.
      await new Promise((resolve) => setImmediate(resolve));
      if (pending.length > 0) yield take();
    }
    doc.end();
    finished = true;
    await ended;
    if (pending.length > 0) yield take();
  } finally {
    // The reader went away (a cancelled download): drop the document, it is never finished.
    if (!finished) doc.destroy();
  }
}

function* groups<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let group: T[] = [];
  for (const item of items) {
    group.push(item);
    if (group.length === size) {
      yield group;
      group = [];
    }
  }
  if (group.length > 0) yield group;
}
