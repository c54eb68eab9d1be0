// What a registration file becomes once read: its header row and its records, each with the
// line it starts on in the file (the header is line 1; a quoted cell with a line break makes a
// record span several lines; in a spreadsheet the line is the row number).

export type SourceRecord = { line: number; cells: string[] };

export type ParsedFile = {
  format: "csv" | "xlsx";
  /** For CSV: the detected delimiter. */
  delimiter?: string;
  headers: string[];
  records: SourceRecord[];
};
