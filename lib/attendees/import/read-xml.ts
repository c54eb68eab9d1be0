// Streams one XML part of a workbook through saxes (a non-validating SAX parser: it expands no
// entity a DOCTYPE declares, so "billion laughs" is an error, not a billion laughs) with the
// import's limits on nesting depth and on how much it may buffer between two events.
import { SaxesParser } from "saxes";
import { AppError } from "../../errors";
import { IMPORT_LIMITS, slicer, tooMany } from "./import-limits";

export type XmlHandlers = {
  /** An element opens; the name without its namespace prefix ("x:row" is "row"). */
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  /** Text or CDATA inside the current element. */
  text?: (text: string) => void;
};

const local = (name: string) => name.slice(name.indexOf(":") + 1);

export async function readXml(chunks: AsyncIterable<Buffer>, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser();
  const decoder = new TextDecoder();
  const yieldNow = slicer();
  let depth = 0;
  // Characters written since the parser last reported anything: what it may be buffering (a
  // text, a comment, an attribute, a tag name). Reset by every event.
  let pending = 0;
  parser.on("opentag", (tag) => {
    pending = 0;
    if (++depth > IMPORT_LIMITS.xmlDepth) throw tooMany.depth();
    handlers.open?.(local(tag.name), tag.attributes);
  });
  parser.on("closetag", (tag) => {
    pending = 0;
    depth--;
    handlers.close?.(local(tag.name));
  });
  const onText = (text: string) => {
    pending = 0;
    handlers.text?.(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  for (const quiet of ["comment", "processinginstruction", "doctype"] as const) parser.on(quiet, () => (pending = 0));
  const write = (text: string) => {
    try {
      parser.write(text);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError("invalid", "The workbook's XML could not be read. Save it again from the spreadsheet, or export CSV.");
    }
  };
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    pending += text.length;
    write(text);
    if (pending > IMPORT_LIMITS.xmlRunChars) throw tooMany.xmlRun();
    await yieldNow();
  }
  write(decoder.decode());
  try {
    parser.close();
  } catch {
    throw new AppError("invalid", "The workbook's XML ends too early. Save it again from the spreadsheet, or export CSV.");
  }
}
