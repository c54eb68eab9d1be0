// POST: every partner's leads and suppression list as one ZIP, streamed. Organizers only; each
// file inside is recorded in the export history, with an "exports.zip" audit entry.
import { requireOrganizer } from "@/lib/auth/guards";
import { downloadResponse } from "@/lib/exports/download-response";
import { streamAllPartnersZip } from "@/lib/exports/stream-all-partners";
import { assertSameOrigin, errorResponse } from "@/lib/http/pages";
import { parseInput } from "@/lib/errors";
import { Id } from "@/lib/fields";

export async function POST(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  try {
    assertSameOrigin(request);
    const eventId = parseInput(Id, (await params).eventId);
    const organizer = await requireOrganizer();
    return downloadResponse(await streamAllPartnersZip(organizer, eventId));
  } catch (error) {
    return errorResponse(error);
  }
}
