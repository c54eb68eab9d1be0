// A downloaded receipt checked offline: passes as issued, fails on each tamper.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partners } from "@/db/schema";
import { OPERATOR } from "../../auth/actor";
import { publishKey, signStatement } from "../../ledger/checkpoint-statement";
import { publicCheckpoints } from "../../ledger/public-checkpoints";
import { writeCheckpoint } from "../../ledger/write-checkpoint";
import { useTestDatabase } from "../../test/db";
import { decideAtBooth } from "../../test/decide";
import { makeDevice, makeEvent } from "../../test/fixtures";
import { getReceipt } from "./get-receipt";
import type { ProvableReceipt } from "./receipt";
import { receiptDownload } from "./receipt-download";
import { signReceipt } from "./sign-receipt";
import { verifyReceipt } from "./verify-receipt";

before(() => useTestDatabase());

async function download(consentId: number): Promise<ProvableReceipt> {
  return (await receiptDownload(consentId, getReceipt(OPERATOR, consentId).receipt).json()) as ProvableReceipt;
}

let fixture: Promise<{ receipt: ProvableReceipt; slug: string }> | null = null;
/** Five decisions under one checkpoint; the receipt of the third. */
function signedReceipt() {
  fixture ??= (async () => {
    const event = makeEvent({ partnerCount: 1, attendeeCount: 5 });
    const device = makeDevice(event.eventId, event.partners[0]!.id);
    const ids = event.attendees.map((a) => decideAtBooth(device, a.badgeCode, "share").result.consentId);
    writeCheckpoint(event.eventId, new Date());
    return { receipt: await download(ids[2]!), slug: event.slug };
  })();
  return fixture;
}

const copy = <T>(v: T): T => structuredClone(v);
const failsWith = (result: { ok: boolean; lines: string[] }, pattern: RegExp) => {
  assert.equal(result.ok, false, result.lines.join("\n"));
  assert.ok(result.lines.some((l) => l.startsWith("FAILED") && pattern.test(l)), result.lines.join("\n"));
};

test("[RECEIPT] a downloaded receipt verifies offline against the published checkpoints", async () => {
  const { receipt, slug } = await signedReceipt();
  assert.equal(receipt.proof?.inclusion?.tree_size, 5);
  assert.equal(receipt.proof?.checkpoints_path, `/api/events/${slug}/checkpoints`);
  const result = verifyReceipt(copy(receipt), publicCheckpoints(slug));
  assert.equal(result.ok, true, result.lines.join("\n"));
  assert.ok(result.lines.some((l) => /row 3 of the 5 that checkpoint \d+ signed/.test(l)));
  assert.ok(result.lines.some((l) => l.startsWith(`ok: the receipt is signed (JWS, EdDSA) by key ${receipt.proof!.key!.kid}`)), result.lines.join("\n"));
  // Without the published list it still checks, with the key it carries, and says so.
  const alone = verifyReceipt(copy(receipt), null);
  assert.equal(alone.ok, true);
  assert.ok(alone.lines.some((l) => l.startsWith("note: the signature is checked with the key the receipt carries")));
});

test("[RECEIPT] each tamper fails: the decision, the row, the text, the proof, the signature, the key", async () => {
  const { receipt, slug } = await signedReceipt();
  const published = publicCheckpoints(slug);
  const tamper = (change: (r: ProvableReceipt) => void) => {
    const r = copy(receipt);
    change(r);
    return verifyReceipt(r, published);
  };
  failsWith(tamper((r) => (r.event[0]!.state = "withdrawn")), /the receipt says "withdrawn"/);
  failsWith(tamper((r) => (r.proof!.entry.action = "decline")), /hashes to .* it was changed/);
  failsWith(tamper((r) => (r.proof!.entry.attendeeId = 999)), /it was changed/);
  failsWith(tamper((r) => (r.pii_processing.privacy_notice.text += " (amended)")), /notice text is not the text the ledger row names/);
  // The partner's words as shown: the name on the receipt, the recorded JSON, the row's sha256 of it.
  const controller = (r: ProvableReceipt) => r.party_identification[0] as { party_name: string; party_url: string };
  failsWith(tamper((r) => (controller(r).party_name = "Someone Else Ltd")), /partner \(name, booth, privacy link or purpose\) is not the one the attendee was shown/);
  failsWith(tamper((r) => (r.pii_processing.purposes[0]!.purpose = "Anything at all.")), /not the one the attendee was shown/);
  failsWith(tamper((r) => (r.pii_processing.privacy_notice.partner_words!.json = r.pii_processing.privacy_notice.partner_words!.json.replace("Partner", "Rival"))), /partner words are not the ones its ledger row recorded/);
  failsWith(tamper((r) => (r.pii_processing.privacy_notice.partner_words = null)), /partner words are not the ones its ledger row recorded/);
  failsWith(tamper((r) => (r.proof!.entry.wordsSha256 = "0".repeat(64))), /it was changed/);
  failsWith(tamper((r) => (r.proof!.entry.wordsSha256 = null)), /it was changed/);
  failsWith(tamper((r) => (r.proof!.inclusion!.audit_path[0] = "0".repeat(64))), /inclusion proof does not lead/);
  failsWith(tamper((r) => (r.proof!.inclusion!.leaf_index = 1)), /inclusion proof does not lead/);
  failsWith(tamper((r) => (r.proof!.inclusion!.checkpoint.rows = 4)), /not among the checkpoints the event publishes|inclusion proof/);
  // A forger's own checkpoint, signed with their own key and carried in the receipt:
  const forger = generateKeyPairSync("ed25519");
  const forged = (r: ProvableReceipt) => {
    const cp = r.proof!.inclusion!.checkpoint;
    cp.signature = signStatement(cp, forger.privateKey);
    r.proof!.key = publishKey(forger.publicKey, cp.key_id);
  };
  failsWith(tamper(forged), /not among the checkpoints the event publishes/);
  failsWith(tamper(forged), /signature does not verify/);
  const r = copy(receipt);
  r.proof!.inclusion!.checkpoint.signature = r.proof!.inclusion!.checkpoint.signature.replace(/^./, (c) => (c === "A" ? "B" : "A"));
  failsWith(verifyReceipt(r, null), /signature does not verify/);
});

test("[RECEIPT] a partner renamed after the decision: the receipt shows the words as shown, and verifies", async () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 1 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const id = decideAtBooth(device, event.attendees[0]!.badgeCode, "share").result.consentId;
  getDb().update(partners).set({ name: "Renamed Later", purpose: "Something else." }).where(eq(partners.id, partner.id)).run();
  writeCheckpoint(event.eventId, new Date());
  const receipt = await download(id);
  assert.equal(receipt.party_identification[0]!.party_name, partner.name);
  assert.equal(receipt.pii_processing.purposes[0]!.purpose, partner.purpose);
  assert.equal(receipt.proof?.entry.wordsSha256, receipt.pii_processing.privacy_notice.partner_words?.sha256);
  const result = verifyReceipt(copy(receipt), publicCheckpoints(event.slug));
  assert.equal(result.ok, true, result.lines.join("\n"));
  assert.ok(result.lines.includes("ok: the partner's words are the ones the row recorded as shown"));
});

test("[RECEIPT] a receipt newer than every checkpoint, or without a proof, or not a receipt, does not verify", async () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 1 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const id = decideAtBooth(device, event.attendees[0]!.badgeCode, "share").result.consentId;
  const fresh = await download(id);
  failsWith(verifyReceipt(fresh, null), /not yet under a signed checkpoint/);
  const { proof: _proof, ...old } = fresh;
  failsWith(verifyReceipt(old, null), /carries no proof/);
  failsWith(verifyReceipt({ hello: "world" }, null), /not a Fairlead receipt/);
});

test("[RECEIPT] a change to any field the ledger row does not cover still fails: the receipt's JWS", async () => {
  const { receipt, slug } = await signedReceipt();
  const published = publicCheckpoints(slug);
  const edits: ((r: ProvableReceipt) => void)[] = [
    (r) => (r.party_identification[0]!.party_legal_name = "Someone Else GmbH"),
    (r) => (r.party_identification[0]!.party_name = "Another partner"),
    (r) => (r.pii_processing.purposes[0]!.purpose = "Anything we like"),
    (r) => (r.pii_processing.purposes[0]!.retention_period = { duration: "P120M", text: "120 months after the event ends" }),
    (r) => (r.pii_processing.purposes[0]!.pii_information[2]!.pii_optional = false),
    (r) => (r.decision_history = []),
    (r) => (r.record.receipt_id = "urn:fairlead:receipt:other"),
    (r) => (r.event[0]!.how.device_name = "Another phone"),
    (r) => (r.proof!.checkpoints_path = "/elsewhere"),
  ];
  for (const change of edits) {
    const r = copy(receipt);
    change(r);
    failsWith(verifyReceipt(r, published), /signature does not verify with key .*a field was changed/);
    failsWith(verifyReceipt(r, null), /signature does not verify/);
  }
  const { signature: _signature, ...unsigned } = copy(receipt);
  failsWith(verifyReceipt(unsigned, published), /carries no signature/);
});

test("[RECEIPT] a receipt re-signed with another key fails against the published key", async () => {
  const { receipt, slug } = await signedReceipt();
  const forger = generateKeyPairSync("ed25519");
  const kid = receipt.proof!.key!.kid;
  const r = copy(receipt);
  r.party_identification[0]!.party_legal_name = "Forged Ltd";
  const forged = signReceipt(r, forger.privateKey, kid);
  failsWith(verifyReceipt(forged, publicCheckpoints(slug)), /signature does not verify with key/);
});
