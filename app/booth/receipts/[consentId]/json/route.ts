// GET: the receipt of one of the booth's current leads as an ISO/IEC TS 27560 JSON file.
import { requireDevice } from "@/lib/auth/guards";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { receiptDownload } from "@/lib/consent/receipts/receipt-download";
import { parseInput } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { errorResponse } from "@/lib/http/pages";

export async function GET(_request: Request, { params }: { params: Promise<{ consentId: string }> }) {
  try {
    const consentId = parseInput(Id, (await params).consentId);
    const device = await requireDevice();
    return receiptDownload(consentId, getReceipt(device, consentId).receipt);
  } catch (error) {
    return errorResponse(error);
  }
}
