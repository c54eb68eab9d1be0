// What a checkpoint says and how its signature is made and checked. Pure (no database), so
// verify-receipt checks a checkpoint with nothing but the published key.
import { createPublicKey, sign, verify, type JsonWebKey, type KeyObject } from "node:crypto";

/** A checkpoint as published (GET /api/events/<slug>/checkpoints) and as a receipt carries it. */
export type CheckpointStatement = {
  id: number;
  event_id: number;
  /** The event's ledger rows it covers: the first `rows` rows in chain order. */
  rows: number;
  /** The hash chain's head after those rows (lib/consent/ledger.ts). */
  head_hash: string;
  /** RFC 9162 Merkle root over those rows' hashes (lib/ledger/merkle.ts). */
  merkle_root: string;
  time: string;
  key_id: string;
  /** Ed25519 over signedMessage(statement), base64url. */
  signature: string;
};

/** That a ledger row is among the rows a checkpoint signed: RFC 9162 audit path from its hash to the Merkle root. */
export type InclusionProof = { leaf_index: number; tree_size: number; audit_path: string[]; checkpoint: CheckpointStatement };

/** What GET /api/events/<slug>/checkpoints publishes. */
export type PublishedCheckpoints = { event: { id: number; slug: string }; key: PublishedKey | null; checkpoints: CheckpointStatement[] };

export const STATEMENT_VERSION = "fairlead-checkpoint/1";

/** The exact bytes signed: every field but the signature and the key's name, in a fixed order. */
export function signedMessage(s: Omit<CheckpointStatement, "id" | "signature" | "key_id">): Buffer {
  return Buffer.from(JSON.stringify([STATEMENT_VERSION, s.event_id, s.rows, s.head_hash, s.merkle_root, s.time]), "utf8");
}

export function signStatement(s: Omit<CheckpointStatement, "id" | "signature" | "key_id">, privateKey: KeyObject): string {
  return sign(null, signedMessage(s), privateKey).toString("base64url");
}

export function verifyStatement(s: CheckpointStatement, publicKey: KeyObject): boolean {
  try {
    return verify(null, signedMessage(s), publicKey, Buffer.from(s.signature, "base64url"));
  } catch {
    return false;
  }
}

/** The public key as published: a JWK (RFC 8037 OKP) with its key id. */
export type PublishedKey = JsonWebKey & { kid: string };

export const publishKey = (publicKey: KeyObject, kid: string): PublishedKey => ({ ...publicKey.export({ format: "jwk" }), kid, alg: "EdDSA", use: "sig" });

export const keyFromJwk = (jwk: PublishedKey): KeyObject => createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: "jwk" });
