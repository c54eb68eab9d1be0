// RFC 4180 CSV with spreadsheet formula injection neutralised (OWASP "CSV Injection"):
// a cell that begins with = + - @ tab or CR gets a leading apostrophe, so Excel and
// LibreOffice show it as text instead of running it.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

/** Excel reads a CSV as UTF-8 only with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";
