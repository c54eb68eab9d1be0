// The parts of an XLSX workbook a first sheet's text depends on: where the workbook and its
// first sheet are (relationships), the shared strings, and which cell styles show dates.
// Each part is streamed (read-xml.ts), within the limits of import-limits.ts.
import path from "node:path/posix";
import { AppError } from "../../errors";
import { IMPORT_LIMITS, tooMany, type TextBudget } from "./import-limits";
import { readXml, type XmlHandlers } from "./read-xml";
import { unpackEntry, zipEntries, type ExpansionBudget } from "./zip-entries";

export type Workbook = { read: (part: string, handlers: XmlHandlers) => Promise<boolean> };

/** Opens the archive; `read` streams a part through handlers and says whether the part exists. */
export function openWorkbook(bytes: Uint8Array): Workbook {
  const entries = zipEntries(bytes);
  const budget: ExpansionBudget = { used: 0 };
  return {
    read: async (part, handlers) => {
      const entry = entries.get(part);
      if (!entry) return false;
      await readXml(unpackEntry(bytes, entry, budget), handlers);
      return true;
    },
  };
}

/** A part's relationships: id → type (its last word, "worksheet") and the target part's name. */
async function relationships(book: Workbook, part: string): Promise<Map<string, { type: string; target: string }>> {
  const rels = new Map<string, { type: string; target: string }>();
  const relsPart = path.join(path.dirname(part), "_rels", `${path.basename(part)}.rels`);
  await book.read(relsPart, {
    open: (name, a) => {
      if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
      const target = a.Target.startsWith("/") ? a.Target.slice(1) : path.join(path.dirname(part), a.Target);
      rels.set(a.Id, { type: (a.Type ?? "").split("/").at(-1)!, target });
    },
  });
  return rels;
}

export type SheetParts = { sheet: string; sharedStrings: string | null; styles: string | null; date1904: boolean };

export async function locateParts(book: Workbook): Promise<SheetParts> {
  const root = await relationships(book, "");
  const workbook = [...root.values()].find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
  let firstSheet: string | null = null;
  let date1904 = false;
  const found = await book.read(workbook, {
    open: (name, a) => {
      if (name === "sheet" && firstSheet === null) firstSheet = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
  });
  const rels = await relationships(book, workbook);
  const sheet = firstSheet === null ? undefined : rels.get(firstSheet)?.target;
  if (!found || !sheet) throw new AppError("invalid", "The workbook has no sheet to read. Save it again from the spreadsheet, or export CSV.");
  const byType = (type: string) => [...rels.values()].find((r) => r.type === type)?.target ?? null;
  return { sheet, sharedStrings: byType("sharedStrings"), styles: byType("styles"), date1904 };
}

/** The shared strings table: each string's text (rich-text runs joined, phonetic hints left out). */
export async function readSharedStrings(book: Workbook, part: string | null, budget: TextBudget): Promise<string[]> {
  const strings: string[] = [];
  if (!part) return strings;
  let current: string[] | null = null;
  let length = 0;
  let inT = false;
  let phonetic = 0;
  await book.read(part, {
    open: (name) => {
      if (name === "si") {
        current = [];
        length = 0;
      } else if (name === "rPh") phonetic++;
      else if (name === "t") inT = true;
    },
    text: (text) => {
      if (!current || !inT || phonetic > 0) return;
      length += text.length;
      if (length > IMPORT_LIMITS.cellChars) throw tooMany.cellChars(`its shared strings table`);
      budget.keep(text.length);
      current.push(text);
    },
    close: (name) => {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && current) {
        if (strings.length >= IMPORT_LIMITS.cells) throw tooMany.cells();
        strings.push(current.join(""));
        current = null;
      }
    },
  });
  return strings;
}

// Built-in number formats that show dates or times (ECMA-376 18.8.30), as exceljs reads them.
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date when it has date letters outside quotes and brackets (as exceljs decides). */
const isDateCode = (code: string) => /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

/** For each cell style index (a cell's `s`), whether its number format shows a date. */
export async function readDateStyles(book: Workbook, part: string | null): Promise<boolean[]> {
  const codes = new Map<number, string>();
  const styles: boolean[] = [];
  if (!part) return styles;
  let inCellXfs = false;
  await book.read(part, {
    open: (name, a) => {
      if (name === "numFmt") codes.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        if (styles.length >= IMPORT_LIMITS.cells) throw tooMany.cells();
        const id = Number(a.numFmtId ?? 0);
        styles.push(codes.has(id) ? isDateCode(codes.get(id)!) : BUILT_IN_DATES.has(id));
      }
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}
