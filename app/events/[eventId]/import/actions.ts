"use server";
// The preview redrawn under the organizer's corrected mapping, from the sample rows the upload
// returned: a few kilobytes, so the file is not sent again for every change of a select.
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { ImportMappingInput } from "@/lib/attendees/import/mapping-input";
import { PREVIEW_ROWS, previewImport } from "@/lib/attendees/import/preview-import";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";

const PreviewInput = z.object({
  eventId: Id,
  headers: z.array(z.string().max(500)).min(1).max(500),
  sample: z.array(z.object({ line: z.number().int().positive(), cells: z.array(z.string().max(10_000)).max(500) })).max(PREVIEW_ROWS),
  mapping: ImportMappingInput,
});

export const previewMappingAction = action(PreviewInput, requireOrganizer, (organizer, { eventId, ...preview }) =>
  previewImport(organizer, eventId, preview),
);
