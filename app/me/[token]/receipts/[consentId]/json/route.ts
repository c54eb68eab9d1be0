// GET: the attendee's receipt as an ISO/IEC TS 27560 JSON file.
import { requireAttendeePage } from "@/lib/auth/attendee-page";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { receiptDownload } from "@/lib/consent/receipts/receipt-download";
import { parseInput } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { errorResponse } from "@/lib/http/pages";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string; consentId: string }> }) {
  try {
    const raw = await params;
    const consentId = parseInput(Id, raw.consentId);
    const attendee = await requireAttendeePage(raw.token, "The receipt");
    return receiptDownload(consentId, getReceipt(attendee, consentId).receipt);
  } catch (error) {
    return errorResponse(error);
  }
}
