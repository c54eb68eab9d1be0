// RFC 4180 CSV with spreadsheet formula injection neutralised (OWASP "CSV Injection"):
// a cell that begins with = + - @ tab or CR gets a leading apostrophe, so Excel and
// LibreOffice show it as text instead of running it. The XLSX export writes the same text
// (cellText), so a copy from the workbook pasted into a CSV stays just as safe.

const FORMULA_START = /^[=+\-@\t\r]/;

export type CellValue = string | number | null | undefined;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** What a cell holds, in CSV and XLSX alike: numbers as digits, text neutralised, nothing as "". */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? String(value) : neutralise(value);
}

const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CellValue): string {
  if (typeof value === "number") return String(value); // digits, a sign or a point: never quoted
  const text = cellText(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. A plain loop: a big ZIP writes millions of cells. */
export function csvRow(values: readonly CellValue[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) line += (i ? "," : "") + csvCell(values[i]);
  return line + "\r\n";
}

/** Excel reads a CSV as UTF-8 only with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";
