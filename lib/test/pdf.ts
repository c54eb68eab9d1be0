// Reading back a PDF in tests: enough of the file structure to count its pages. pdfkit writes
// object dictionaries uncompressed (only content streams are deflated), so the page objects
// can be found in the text of the file.

/** Pages of a PDF: its `/Type /Page` objects, checked against the page tree's `/Count`. */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString("latin1");
  if (!text.startsWith("%PDF-")) throw new Error("not a PDF: it does not start with %PDF-");
  if (!text.trimEnd().endsWith("%%EOF")) throw new Error("not a whole PDF: it does not end with %%EOF");
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const root = text.match(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/) ?? text.match(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/);
  const declared = root ? Number(root[1]) : NaN;
  if (declared !== pages) throw new Error(`the page tree says ${declared} pages, the file holds ${pages} page objects`);
  return pages;
}

/** Every chunk of a streamed file, joined. */
export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}
