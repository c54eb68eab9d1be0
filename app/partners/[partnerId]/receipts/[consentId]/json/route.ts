// GET: a consent receipt of the partner's, for its team, as an ISO/IEC TS 27560 JSON file.
import { requirePartnerMember } from "@/lib/auth/guards";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { receiptDownload } from "@/lib/consent/receipts/receipt-download";
import { parseInput } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { errorResponse } from "@/lib/http/pages";

export async function GET(_request: Request, { params }: { params: Promise<{ partnerId: string; consentId: string }> }) {
  try {
    const raw = await params;
    const partnerId = parseInput(Id, raw.partnerId);
    const consentId = parseInput(Id, raw.consentId);
    const actor = await requirePartnerMember(partnerId);
    return receiptDownload(consentId, getReceipt(actor, consentId, actor.eventId).receipt);
  } catch (error) {
    return errorResponse(error);
  }
}
