// GET: the attendee's receipt as an ISO/IEC TS 27560 JSON file.
import { attendeeFromToken } from "@/lib/auth/attendee";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { receiptDownload } from "@/lib/consent/receipts/receipt-download";
import { notFound, parseInput } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { errorResponse } from "@/lib/http/pages";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string; consentId: string }> }) {
  try {
    const raw = await params;
    const consentId = parseInput(Id, raw.consentId);
    const attendee = attendeeFromToken(raw.token);
    if (!attendee) throw notFound("The receipt");
    return receiptDownload(consentId, getReceipt(attendee, consentId).receipt);
  } catch (error) {
    return errorResponse(error);
  }
}
