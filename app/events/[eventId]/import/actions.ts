"use server";
// The preview redrawn under the organizer's corrected mapping, from the sample rows the upload
// returned: a few kilobytes, so the file is not sent again for every change of a select.
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { ImportMappingInput } from "@/lib/attendees/import/mapping-input";
import { PREVIEW_ROWS, previewImport, type PreviewRow } from "@/lib/attendees/import/preview-import";
import { parseInput, toActionResult, type ActionResult } from "@/lib/errors";
import { Id } from "@/lib/fields";

const PreviewInput = z.object({
  eventId: Id,
  headers: z.array(z.string().max(500)).min(1).max(500),
  sample: z.array(z.object({ line: z.number().int().positive(), cells: z.array(z.string().max(10_000)).max(500) })).max(PREVIEW_ROWS),
  mapping: ImportMappingInput,
});

export async function previewMappingAction(input: unknown): Promise<ActionResult<PreviewRow[]>> {
  return toActionResult(async () => {
    const organizer = await requireOrganizer();
    const { eventId, ...preview } = parseInput(PreviewInput, input);
    return previewImport(organizer, eventId, preview);
  });
}
