// Streams a worksheet's XML into a SparseSheet (sparse-rows.ts): a cell far away (XFD1) costs
// one entry, not 16,384 per row. Cell length is checked here as the text comes, the rest there.
import { AppError } from "../../errors";
import { IMPORT_LIMITS, tooMany } from "./import-limits";
import type { SparseSheet } from "./sparse-rows";
import type { Workbook } from "./xlsx-parts";

export type SheetContext = { sharedStrings: string[]; dateStyles: boolean[]; date1904: boolean };

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

/** "XFD12" → its zero-based column (16383); null when the reference has no letters. */
function columnOf(reference: string): number | null {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return i === 0 ? null : column - 1;
}

/** A number as exceljs shows it: a date under a date style (midnight left off), else its digits. */
function numberText(raw: string, dateStyle: boolean, date1904: boolean): string {
  const value = Number.parseFloat(raw);
  if (!Number.isFinite(value)) return raw;
  if (!dateStyle) return String(value);
  const date = new Date(Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().replace(/T00:00:00\.000Z$/, "");
}

/** The text a spreadsheet shows for a cell of type `t` whose <v> (or inline string) is `raw`. */
function cellText(type: string, raw: string, style: number, context: SheetContext): string {
  switch (type) {
    case "s": {
      const text = context.sharedStrings[Number(raw)];
      if (text === undefined && raw !== "") throw new AppError("invalid", "The workbook refers to a shared string it does not have. Save it again from the spreadsheet, or export CSV.");
      return text ?? "";
    }
    case "inlineStr":
    case "str":
      return raw;
    case "b":
      return raw === "" ? "" : String(raw === "1" || raw === "true");
    case "e":
      return "";
    case "d": {
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? raw : date.toISOString().replace(/T00:00:00\.000Z$/, "");
    }
    default:
      return raw === "" ? "" : numberText(raw, context.dateStyles[style] ?? false, context.date1904);
  }
}

export async function readSheet(book: Workbook, part: string, context: SheetContext, sheet: SparseSheet): Promise<void> {
  let row: { line: number; columns: number[]; values: string[]; chars: number } | null = null;
  let lastLine = 0;
  let cell: { column: number; type: string; style: number; text: string[]; length: number } | null = null;
  let lastColumn = -1;
  let collecting = false; // inside a <v>, or a <t> of an inline string (not a phonetic hint)
  let phonetic = 0;
  await book.read(part, {
    open: (name, a) => {
      if (name === "row") {
        const line = a.r ? Number(a.r) : lastLine + 1;
        if (!Number.isInteger(line) || line < 1 || line > MAX_ROW) throw new AppError("invalid", `The workbook has a row numbered ${a.r}, which no spreadsheet has.`);
        row = { line, columns: [], values: [], chars: 0 };
        lastLine = line;
        lastColumn = -1;
      } else if (name === "c" && row) {
        const column = a.r ? columnOf(a.r) : lastColumn + 1;
        if (column === null || column < 0 || column >= MAX_COLUMN) throw new AppError("invalid", `The workbook has a cell at ${a.r}, which no spreadsheet has.`);
        cell = { column, type: a.t ?? "n", style: Number(a.s ?? 0), text: [], length: 0 };
        lastColumn = column;
      } else if (name === "rPh") phonetic++;
      else if (cell && (name === "v" || (name === "t" && cell.type === "inlineStr"))) collecting = phonetic === 0;
    },
    text: (text) => {
      if (!cell || !collecting) return;
      cell.length += text.length;
      if (cell.length > IMPORT_LIMITS.cellChars) throw tooMany.cellChars(`row ${row!.line}`);
      cell.text.push(text);
    },
    close: (name) => {
      if (name === "v" || name === "t") collecting = false;
      else if (name === "rPh") phonetic--;
      else if (name === "c" && cell && row) {
        const text = cellText(cell.type, cell.text.join(""), cell.style, context);
        if (text !== "") {
          row.columns.push(cell.column);
          if (cell.type !== "s") row.chars += text.length;
          row.values.push(text);
        }
        cell = null;
      } else if (name === "row" && row) {
        sheet.add(row.line, row.columns, row.values, row.chars);
        row = null;
      }
    },
  });
}
