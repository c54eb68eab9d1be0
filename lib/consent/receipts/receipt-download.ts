// The receipt as a JSON file download, shared by the attendee's, the organizer's and the booth's routes.
import type { ConsentReceipt } from "./receipt";

export function receiptDownload(consentEventId: number, receipt: ConsentReceipt): Response {
  return new Response(`${JSON.stringify(receipt, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename=receipt-${consentEventId}.json`,
      "cache-control": "no-store",
      // The attendee's address holds their personal token: never pass it on.
      "referrer-policy": "no-referrer",
    },
  });
}
