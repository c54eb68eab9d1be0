// The receipt as a JSON file download, shared by the attendee's, the organizer's and the booth's
// routes (each has authorized the actor for this receipt through getReceipt). The file also
// carries the proof that lets its holder check it offline (attach-proof.ts) and is signed as a
// whole with the ledger's key (sign-receipt.ts).
import { SigningKeyError, signingKey } from "../../ledger/signing-key";
import { attachProof } from "./attach-proof";
import type { ConsentReceipt, ProvableReceipt } from "./receipt";
import { signReceipt } from "./sign-receipt";

/** Signed with the ledger's key; unsigned (signature null, logged) when the key cannot be read. */
function signed(receipt: ProvableReceipt): ProvableReceipt {
  try {
    const key = signingKey();
    return signReceipt(receipt, key.privateKey, key.keyId);
  } catch (error) {
    if (!(error instanceof SigningKeyError)) throw error;
    console.error(error.message);
    return { ...receipt, signature: null };
  }
}

export function receiptDownload(consentEventId: number, receipt: ConsentReceipt): Response {
  return new Response(`${JSON.stringify(signed(attachProof(consentEventId, receipt)), null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename=receipt-${consentEventId}.json`,
      "cache-control": "no-store",
      // The attendee's address holds their personal token: never pass it on.
      "referrer-policy": "no-referrer",
    },
  });
}
