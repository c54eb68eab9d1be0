// The receipt's JWS: verifies as signed; any edited field, or another key, fails.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { test } from "node:test";
import { buildReceipt, pseudonymFor } from "./build-receipt";
import type { ProvableReceipt } from "./receipt";
import { canonicalJson, checkReceiptSignature, signReceipt } from "./sign-receipt";

const key = generateKeyPairSync("ed25519");
const KID = "ed25519-0123456789abcdef";

const receipt: ProvableReceipt = {
  ...buildReceipt({
    consent: {
      id: 9,
      action: "grant",
      language: "en",
      method: "booth_device",
      scanId: null,
      deviceTime: new Date("2026-03-14T10:00:00Z"),
      deviceClaim: null,
      recordedAt: new Date("2026-03-14T10:00:01Z"),
      hash: "c".repeat(64),
      prevHash: "d".repeat(64),
    },
    notice: { version: 1, language: "en" },
    text: { sha256: "e".repeat(64), text: "The text" },
    words: null,
    principalId: pseudonymFor("t"),
    partner: { id: 1, name: "Acme", booth: "A1", contactEmail: "a@acme.example", privacyUrl: "https://acme.example/p", purpose: "Offers" },
    event: { id: 2, name: "Expo" },
    device: { name: "Phone" },
    eventLegal: { legalName: "Expo Ltd", legalAddress: null, legalContactEmail: null, partyType: "company", jurisdiction: "IE", storageLocation: "IE", endsOn: null, retentionDays: 180, supervisoryAuthorityName: null, supervisoryAuthorityUrl: null },
    partnerLegal: { legalName: null, legalAddress: null, legalContactEmail: null, partyType: null },
    history: [{ id: 9, action: "grant", method: "booth_device", deviceTime: new Date("2026-03-14T10:00:00Z"), deviceClaim: null, recordedAt: new Date("2026-03-14T10:00:01Z") }],
  }),
  proof: { entry: { action: "grant", recordedAt: { $date: "2026-03-14T10:00:01.000Z" } }, inclusion: null, key: null, checkpoints_path: "/api/events/x/checkpoints" },
};

const signed = signReceipt(receipt, key.privateKey, KID);
/** As a holder has it: the downloaded file, parsed. */
const holderCopy = () => JSON.parse(JSON.stringify(signed)) as ProvableReceipt;

/** Every leaf of the receipt but the signature, as a path. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]));
  return [path];
}

function edit(r: ProvableReceipt, path: (string | number)[]) {
  let at = r as unknown as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  const v = at[last];
  at[last] = typeof v === "string" ? `${v}x` : typeof v === "number" ? v + 1 : typeof v === "boolean" ? !v : "x";
}

test("[RECEIPT] the JWS is a detached-payload EdDSA JWS naming the published key, and verifies", () => {
  const copy = holderCopy();
  const [header, payload, sig] = copy.signature!.jws.split(".");
  assert.equal(payload, "", "the payload is detached: it is the receipt itself");
  assert.deepEqual(JSON.parse(Buffer.from(header!, "base64url").toString()), { alg: "EdDSA", kid: KID });
  assert.equal(Buffer.from(sig!, "base64url").length, 64);
  assert.equal(copy.signature!.kid, KID);
  assert.deepEqual(checkReceiptSignature(copy, key.publicKey, KID), { ok: true });
  // Key order in the file does not matter: the payload is canonical.
  const reordered = Object.fromEntries(Object.entries(copy).reverse()) as ProvableReceipt;
  assert.deepEqual(checkReceiptSignature(reordered, key.publicKey, KID), { ok: true });
});

test("[RECEIPT] editing any field of a signed receipt breaks its signature", () => {
  const paths = leaves({ ...signed, signature: undefined }).filter((p) => p[0] !== "signature");
  assert.ok(paths.length > 60, `only ${paths.length} fields`);
  for (const path of paths) {
    const copy = holderCopy();
    edit(copy, path);
    const result = checkReceiptSignature(copy, key.publicKey, KID);
    assert.equal(result.ok, false, `editing ${path.join(".")} went unnoticed`);
  }
  const added = holderCopy() as ProvableReceipt & { extra?: string };
  added.extra = "a field the issuer did not write";
  assert.equal(checkReceiptSignature(added, key.publicKey, KID).ok, false, "an added field");
  const removed = holderCopy();
  delete (removed as Partial<ProvableReceipt>).decision_history;
  assert.equal(checkReceiptSignature(removed, key.publicKey, KID).ok, false, "a removed field");
});

test("[RECEIPT] another key, another kid, another algorithm or no signature fails", () => {
  const other = generateKeyPairSync("ed25519");
  const copy = holderCopy();
  assert.match((checkReceiptSignature(copy, other.publicKey, KID) as { reason: string }).reason, /does not verify with key/);
  assert.match((checkReceiptSignature(copy, key.publicKey, "ed25519-other") as { reason: string }).reason, /signed by key .*, not by ed25519-other/);
  const forged = signReceipt(copy, other.privateKey, KID);
  assert.equal(checkReceiptSignature(forged, key.publicKey, KID).ok, false, "re-signed by a forger with the published kid");
  const none = { ...copy, alg: undefined };
  const hs = { ...copy, signature: { ...copy.signature!, jws: `${Buffer.from(JSON.stringify({ alg: "none", kid: KID })).toString("base64url")}..` } };
  assert.match((checkReceiptSignature(hs, key.publicKey, KID) as { reason: string }).reason, /algorithm is none/);
  assert.match((checkReceiptSignature({ ...none, signature: null }, key.publicKey, KID) as { reason: string }).reason, /carries no signature/);
});

test("[RECEIPT] canonical JSON sorts keys at every depth and keeps array order", () => {
  assert.equal(canonicalJson({ b: 1, a: [{ d: null, c: "x" }, 2], e: undefined }), '{"a":[{"c":"x","d":null},2],"b":1}');
});
