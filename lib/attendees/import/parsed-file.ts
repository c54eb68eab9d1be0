// What a registration file becomes once read: its header row and its records, each with the
// line it starts on in the file (the header is line 1; a quoted cell with a line break makes a
// record span several lines; in a spreadsheet the line is the row number).

export type SourceRecord = { line: number; cells: string[] };

/** A file's records in order: an array of them, or the packed list a parsed upload keeps (packed-records.ts). */
export type Records = Pick<readonly SourceRecord[], "length" | "at" | "slice">;

export type ParsedFile = {
  format: "csv" | "xlsx";
  /** For CSV: the detected delimiter. */
  delimiter?: string;
  headers: string[];
  records: Records;
  recordsTotal?: undefined;
};

/**
 * The header and the first records of a file, and how many records it has: what inspecting it
 * needs (preview-import.ts), read within the same limits, without holding the other rows. Not
 * a file to import (`recordsTotal` keeps it from being passed as one).
 */
export type FileSample = Omit<ParsedFile, "recordsTotal"> & { recordsTotal: number };
