// POST: download one partner's consented leads as CSV, or (?file=suppression) its suppression
// list of withdrawn contacts it had exported before. Both are recorded in the export history.
import { requireOrganizer } from "@/lib/auth/guards";
import { exportPartnerLeadsCsv, exportPartnerSuppressionCsv } from "@/lib/exports/export-partner-leads";
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
    const which = new URL(request.url).searchParams.get("file");
    const write = which === "suppression" ? exportPartnerSuppressionCsv : exportPartnerLeadsCsv;
    const file = write(organizer, eventId, partnerId);
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "no-store",
        "x-fairlead-rows": String(file.rows),
        "x-fairlead-sha256": file.sha256,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
