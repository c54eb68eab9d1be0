// POST multipart/form-data: `file` (CSV or XLSX) and `intent`.
//   intent=inspect → the file's columns, the guessed mapping and a preview (nothing written);
//   intent=import (+ `mapping`, JSON) → 202 with the import id at once; the rows are written
//   afterwards in this server process while the progress page polls.
// A route handler, not a server action: actions take 1 MB by default, registration exports are
// bigger. This route has its own limit (MAX_IMPORT_BYTES, 50 MB), and reads the body as it
// streams in (read-upload.ts), not with request.formData(): a CSV is parsed as it arrives, and a
// file refused at a limit is answered without keeping the rest of the body.
import { after } from "next/server";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { ImportMappingInput } from "@/lib/attendees/import/mapping-input";
import { MAX_IMPORT_BYTES, parseFile } from "@/lib/attendees/import/parse-file";
import type { FileSample, ParsedFile } from "@/lib/attendees/import/parsed-file";
import { PREVIEW_ROWS, inspectFile } from "@/lib/attendees/import/preview-import";
import { readUpload, type FileReader } from "@/lib/attendees/import/read-upload";
import { startImport } from "@/lib/attendees/import/start-import";
import { AppError, parseInput } from "@/lib/errors";
import { getEvent } from "@/lib/events/events";
import { Id } from "@/lib/fields";
import { assertSameOrigin, errorResponse } from "@/lib/http/pages";

const TOO_BIG = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import the parts one after the other.`;
// Room for the multipart envelope around the file.
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

const Intent = z.enum(["inspect", "import"], { message: "Say whether to inspect or to import the file." });
const MappingJson = z
  .string({ message: "Choose the columns to import." })
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The column choice could not be read." });
      return z.NEVER;
    }
  })
  .pipe(ImportMappingInput);

/**
 * The file, parsed as it arrives. Inspecting needs only the preview's records (and the count):
 * when the form said so before the file (as the wizard's form does), the other rows are
 * checked and dropped, not held. Otherwise every record is kept, as an import needs.
 */
const readFile: FileReader<ParsedFile | FileSample> = (chunks, name, before) =>
  before.get("intent") === "inspect" ? parseFile(chunks, name, PREVIEW_ROWS) : parseFile(chunks, name);

export async function POST(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  try {
    assertSameOrigin(request);
    const eventId = parseInput(Id, (await params).eventId);
    const organizer = await requireOrganizer();
    getEvent(organizer, eventId); // not_found before a large body is read for someone else's event
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new AppError("invalid", TOO_BIG);
    const { fields, file: upload } = await readUpload(request, MAX_IMPORT_BYTES, TOO_BIG, readFile);
    if (!upload) throw new AppError("invalid", "Choose a CSV or XLSX file to upload.");
    const intent = parseInput(Intent, fields.get("intent"));
    const file = upload.read;
    if (intent === "inspect") return Response.json(inspectFile(organizer, eventId, file), { headers: { "cache-control": "no-store" } });
    if (file.recordsTotal !== undefined) throw new AppError("invalid", "Say whether to inspect or to import the file, once, before the file.");

    const mapping = parseInput(MappingJson, fields.get("mapping"));
    const { importId, done } = startImport(organizer, eventId, { filename: upload.name, file, mapping });
    after(() => done); // the rows are written after this answer, in this process
    return Response.json({ importId, progressUrl: `/events/${eventId}/import/${importId}` }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}
