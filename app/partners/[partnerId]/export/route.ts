// POST: the partner admin downloads its own leads or suppression file, as the organizer's
// export route does (?file=leads|suppression, ?format=csv|xlsx|hubspot|salesforce|vcard,
// ?since=last for the leads new since the partner's last leads export), and it is recorded in
// the export history and the audit log when the last byte has been sent.
import { requirePartnerMember } from "@/lib/auth/guards";
import { downloadResponse } from "@/lib/exports/download-response";
import { ExportChoice, streamPartnerFile } from "@/lib/exports/stream-partner-file";
import { parseInput } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { assertSameOrigin, errorResponse } from "@/lib/http/pages";

export async function POST(request: Request, { params }: { params: Promise<{ partnerId: string }> }) {
  try {
    assertSameOrigin(request);
    const partnerId = parseInput(Id, (await params).partnerId);
    const actor = await requirePartnerMember(partnerId);
    const query = new URL(request.url).searchParams;
    const choice = parseInput(ExportChoice, { file: query.get("file") ?? undefined, format: query.get("format") ?? undefined, since: query.get("since") ?? undefined });
    return downloadResponse(streamPartnerFile(actor, actor.eventId, partnerId, choice));
  } catch (error) {
    return errorResponse(error);
  }
}
