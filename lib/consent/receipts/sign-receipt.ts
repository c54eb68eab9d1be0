// The receipt's own signature: a JWS (RFC 7515) with Ed25519 ("alg": "EdDSA", RFC 8037) by the
// ledger's signing key, whose `kid` is the key the event publishes with its checkpoints. The
// payload is detached (RFC 7515 appendix F): it is the receipt itself, every member but
// `signature`, in canonical JSON, so a holder recomputes it from the file and any change to any
// field breaks the signature. Pure (no database), so verify-receipt uses it offline.
import { sign, verify, type KeyObject } from "node:crypto";
import type { ProvableReceipt, ReceiptSignature } from "./receipt";

/**
 * Canonical JSON (RFC 8785, JCS): object keys sorted by UTF-16 code units, no whitespace. A
 * receipt holds only strings, integers, booleans and null, whose JSON.stringify forms are JCS's.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const b64url = (s: string) => Buffer.from(s, "utf8").toString("base64url");

/** What is signed: the receipt without its signature member. */
function payloadOf(receipt: ProvableReceipt): string {
  const { signature: _signature, ...rest } = receipt;
  return b64url(canonicalJson(rest));
}

export const PAYLOAD_NOTE: ReceiptSignature["payload"] = "canonical JSON (RFC 8785) of the receipt without its signature member";

export function signReceipt(receipt: ProvableReceipt, privateKey: KeyObject, kid: string): ProvableReceipt {
  const header = b64url(JSON.stringify({ alg: "EdDSA", kid }));
  const signature = sign(null, Buffer.from(`${header}.${payloadOf(receipt)}`, "ascii"), privateKey).toString("base64url");
  return { ...receipt, signature: { jws: `${header}..${signature}`, kid, payload: PAYLOAD_NOTE } };
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Checks the receipt's JWS with `publicKey`, whose key id is `kid`. */
export function checkReceiptSignature(receipt: ProvableReceipt, publicKey: KeyObject, kid: string): SignatureCheck {
  const jws = receipt.signature?.jws;
  if (typeof jws !== "string") return { ok: false, reason: "the receipt carries no signature (download it again: receipts are signed since issue 11)" };
  const parts = jws.split(".");
  if (parts.length !== 3 || parts[1] !== "") return { ok: false, reason: "the signature is not a detached-payload JWS (header..signature)" };
  let header: { alg?: unknown; kid?: unknown };
  try {
    header = JSON.parse(Buffer.from(parts[0]!, "base64url").toString("utf8")) as typeof header;
  } catch {
    return { ok: false, reason: "the signature's JWS header is not JSON" };
  }
  if (header.alg !== "EdDSA") return { ok: false, reason: `the signature's algorithm is ${String(header.alg)}, not EdDSA` };
  if (header.kid !== kid) return { ok: false, reason: `the receipt is signed by key ${String(header.kid)}, not by ${kid}` };
  let valid = false;
  try {
    valid = verify(null, Buffer.from(`${parts[0]}.${payloadOf(receipt)}`, "ascii"), publicKey, Buffer.from(parts[2]!, "base64url"));
  } catch {
    valid = false;
  }
  return valid ? { ok: true } : { ok: false, reason: `the receipt's signature does not verify with key ${kid}: a field was changed after it was signed` };
}
