// RFC 4180 CSV with spreadsheet formula injection neutralised (OWASP "CSV Injection"):
// a cell that begins with = + - @ tab or CR gets a leading apostrophe, so Excel and
// LibreOffice show it as text instead of running it. An XLSX cell is typed text, which no
// spreadsheet runs: it holds the text as it is ("+1 555 0161", not "'+1 555 0161", which a CRM
// would import with its apostrophe: issue 14).

//
// Text stored before the import and forms refused them (docs/decisions/031) may still hold
// control characters or text-direction overrides: each becomes U+FFFD, visible, so a name
// cannot display reversed in a spreadsheet and the XLSX stays valid XML. Tab, CR and LF stay
// (quoted in CSV; a multi-line note is kept).

const FORMULA_START = /^[=+\-@\t\r]/;
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export type CellValue = string | number | null | undefined;

/** The text with each control character and text-direction override made a visible U+FFFD. */
export function visible(value: string): string {
  // test() before replace(): almost every cell is clean, and a test allocates nothing.
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(value) ? value.replace(UNSAFE, "\uFFFD") : value;
}

export function neutralise(value: string): string {
  const clean = visible(value);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

/** What a cell holds, in CSV and XLSX alike: numbers as digits, text neutralised, nothing as "". */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? String(value) : neutralise(value);
}

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180: a cell with a quote, comma or line break is quoted, its quotes doubled. */
const quoted = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function csvCell(value: CellValue): string {
  if (typeof value === "number") return String(value); // digits, a sign or a point: never quoted
  return quoted(cellText(value));
}

/** One record, CRLF-terminated as RFC 4180 asks. A plain loop: a big ZIP writes millions of cells. */
export function csvRow(values: readonly CellValue[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) line += (i ? "," : "") + csvCell(values[i]);
  return line + "\r\n";
}

/** A record for a CRM's import: quoted as RFC 4180 asks, nothing prefixed (a CRM runs no formula). */
export function plainCsvRow(values: readonly CellValue[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const text = value === null || value === undefined ? "" : typeof value === "number" ? String(value) : visible(value);
    line += (i ? "," : "") + quoted(text);
  }
  return line + "\r\n";
}

/** Excel reads a CSV as UTF-8 only with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";
