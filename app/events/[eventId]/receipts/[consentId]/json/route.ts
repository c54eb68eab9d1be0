// GET: a consent receipt of the organizer's event as an ISO/IEC TS 27560 JSON file.
import { requireOrganizer } from "@/lib/auth/guards";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { receiptDownload } from "@/lib/consent/receipts/receipt-download";
import { parseInput } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { errorResponse } from "@/lib/http/pages";

export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string; consentId: string }> }) {
  try {
    const raw = await params;
    const eventId = parseInput(Id, raw.eventId);
    const consentId = parseInput(Id, raw.consentId);
    const organizer = await requireOrganizer();
    return receiptDownload(consentId, getReceipt(organizer, consentId, eventId).receipt);
  } catch (error) {
    return errorResponse(error);
  }
}
