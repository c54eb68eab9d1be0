// The receipt as a JSON file download, shared by the attendee's, the organizer's and the booth's
// routes (each has authorized the actor for this receipt through getReceipt). The file also
// carries the proof that lets its holder check it offline (attach-proof.ts).
import { attachProof } from "./attach-proof";
import type { ConsentReceipt } from "./receipt";

export function receiptDownload(consentEventId: number, receipt: ConsentReceipt): Response {
  return new Response(`${JSON.stringify(attachProof(consentEventId, receipt), null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename=receipt-${consentEventId}.json`,
      "cache-control": "no-store",
      // The attendee's address holds their personal token: never pass it on.
      "referrer-policy": "no-referrer",
    },
  });
}
