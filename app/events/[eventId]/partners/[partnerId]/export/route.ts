// POST: download one partner's export file, streamed: ?file=leads (default) or suppression (the
// withdrawn contacts it had exported before), ?format=csv (default) or xlsx, and for leads
// hubspot, salesforce or vcard (lib/exports/crm-files.ts); ?since=last: only the leads new since
// the partner's last leads export (lib/exports/since-last-export.ts). Organizers only;
// every download is recorded in the export history once its last byte has been sent.
import { requireOrganizer } from "@/lib/auth/guards";
import { downloadResponse } from "@/lib/exports/download-response";
import { ExportChoice, streamPartnerFile } from "@/lib/exports/stream-partner-file";
import { assertSameOrigin, errorResponse } from "@/lib/http/pages";
import { parseInput } from "@/lib/errors";
import { Id } from "@/lib/fields";

export async function POST(request: Request, { params }: { params: Promise<{ eventId: string; partnerId: string }> }) {
  try {
    assertSameOrigin(request);
    const raw = await params;
    const eventId = parseInput(Id, raw.eventId);
    const partnerId = parseInput(Id, raw.partnerId);
    const organizer = await requireOrganizer();
    const query = new URL(request.url).searchParams;
    const choice = parseInput(ExportChoice, { file: query.get("file") ?? undefined, format: query.get("format") ?? undefined, since: query.get("since") ?? undefined });
    return downloadResponse(streamPartnerFile(organizer, eventId, partnerId, choice));
  } catch (error) {
    return errorResponse(error);
  }
}
