// Checks a downloaded receipt with no database: (1) its ledger row's hash, recomputed from the
// receipt's own copy of the row by the ledger's function (entryHash); (2) that the receipt's
// words match that row (the notice text's hash, the partner's words as shown, the state); (3) the Merkle audit path from the
// row to its checkpoint's root; (4) the checkpoint's Ed25519 signature; (5) with the published
// checkpoints, that the checkpoint and the key are the ones the event publishes; (6) the
// receipt's own JWS (sign-receipt.ts) with that key, so a change to any field fails.
import { z } from "zod";
import { sha256Hex } from "../../crypto";
import { keyFromJwk, verifyStatement, type PublishedCheckpoints, type PublishedKey } from "../../ledger/checkpoint-statement";
import { verifyAuditPath } from "../../ledger/merkle";
import { entryHash, type LedgerEntry } from "../ledger";
import { parseWords } from "../recorded-words";
import { decodeEntry } from "./receipt-entry";
import { STATE_OF_ACTION, type ProvableReceipt } from "./receipt";
import { checkReceiptSignature } from "./sign-receipt";

const Hex = z.string().regex(/^[0-9a-f]{64}$/);
const Jwk = z.looseObject({ kty: z.literal("OKP"), crv: z.literal("Ed25519"), x: z.string(), kid: z.string() });
const Statement = z.object({
  id: z.number().int(),
  event_id: z.number().int(),
  rows: z.number().int().positive(),
  head_hash: z.string(),
  merkle_root: Hex,
  time: z.string(),
  key_id: z.string(),
  signature: z.string(),
});

const Receipt = z.looseObject({
  pii_processing: z.looseObject({
    privacy_notice: z.looseObject({ sha256: z.string(), text: z.string(), partner_words: z.object({ sha256: z.string(), json: z.string() }).nullish() }),
    purposes: z.array(z.looseObject({ purpose: z.string() })),
  }),
  party_identification: z.array(z.looseObject({ party_role: z.string() })),
  event: z.array(z.looseObject({ state: z.string(), recorded_at: z.string() })).min(1),
  ledger: z.object({ hash: Hex, prev_hash: z.string().nullable() }),
  proof: z.object(
    {
      entry: z.record(z.string(), z.unknown()),
      inclusion: z.object({ leaf_index: z.number().int(), tree_size: z.number().int(), audit_path: z.array(Hex), checkpoint: Statement }).nullable(),
      key: Jwk.nullable(),
      checkpoints_path: z.string(),
    },
    { message: "the receipt carries no proof (download it again: receipts carry one since issue 11)" },
  ),
});

export const PublishedCheckpointsSchema = z.object({
  event: z.object({ id: z.number().int(), slug: z.string() }),
  key: Jwk.nullable(),
  checkpoints: z.array(Statement),
});

type ParsedReceipt = z.infer<typeof Receipt>;

/**
 * The partner's words on the receipt against the row (docs/decisions/022): the recorded JSON
 * hashes to the sha256 the row's hash covers, and the partner the receipt shows is that JSON's.
 * A row from before words were recorded names none: the receipt must carry none either.
 */
function wordsProblem(r: ParsedReceipt, entry: LedgerEntry): string | null {
  const words = r.pii_processing.privacy_notice.partner_words ?? null;
  if (!entry.wordsSha256) return words ? "the receipt carries partner words its ledger row does not name" : null;
  if (!words || words.sha256 !== entry.wordsSha256 || sha256Hex(words.json) !== words.sha256) {
    return "the receipt's partner words are not the ones its ledger row recorded as shown";
  }
  const shown = parseWords(words.json);
  const party = r.party_identification.find((p) => p.party_role === "PII Controller");
  const same = !!shown && !!party && party.party_name === shown.name && party.booth === shown.booth && party.party_url === shown.privacy_url &&
    r.pii_processing.purposes.every((p) => p.purpose === shown.purpose);
  return same ? null : "the receipt's partner (name, booth, privacy link or purpose) is not the one the attendee was shown";
}

export type ReceiptCheck = { ok: boolean; lines: string[] };

/** `published`: the event's published checkpoints, or null to trust the key the receipt carries (said in the result). */
export function verifyReceipt(input: unknown, published: PublishedCheckpoints | null): ReceiptCheck {
  const lines: string[] = [];
  let ok = true;
  const check = (pass: boolean, good: string, bad: string) => {
    lines.push(pass ? `ok: ${good}` : `FAILED: ${bad}`);
    ok &&= pass;
    return pass;
  };
  const parsed = Receipt.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, lines: [`FAILED: not a Fairlead receipt: ${issue.path.join(".") || "(top)"}: ${issue.message}`] };
  }
  const r = parsed.data;
  let entry: ReturnType<typeof decodeEntry>;
  let hash: string;
  try {
    entry = decodeEntry(r.proof.entry);
    hash = entryHash(r.ledger.prev_hash, entry);
  } catch (error) {
    return { ok: false, lines: [`FAILED: the receipt's ledger row is malformed: ${(error as Error).message}`] };
  }
  check(hash === r.ledger.hash, "the ledger row's hash recomputes from the receipt", `the receipt's ledger row hashes to ${hash}, not to ${r.ledger.hash}: it was changed`);
  const notice = r.pii_processing.privacy_notice;
  check(
    entry.textSha256 === notice.sha256 && sha256Hex(notice.text) === notice.sha256,
    "the notice text is the one the row names",
    "the receipt's notice text is not the text the ledger row names",
  );
  const words = wordsProblem(r, entry);
  if (entry.wordsSha256 || words) check(!words, "the partner's words are the ones the row recorded as shown", words ?? "");
  else lines.push("note: this decision was recorded before partners' words were: the notice text is what was shown; the partner's details beside it read as they did when the receipt was made");
  const event = r.event[0]!;
  check(
    STATE_OF_ACTION[entry.action] === event.state && new Date(event.recorded_at).getTime() === entry.recordedAt.getTime(),
    `the decision (${event.state}) is the row's`,
    `the receipt says "${event.state}" received at ${event.recorded_at}; its ledger row says ${entry.action} at ${entry.recordedAt.toISOString()}`,
  );
  // The key: the one the event publishes, or (without it) the one the receipt carries.
  const key: PublishedKey | null = published ? published.key : r.proof.key;
  let keyObject: ReturnType<typeof keyFromJwk> | null = null;
  try {
    keyObject = key ? keyFromJwk(key) : null;
  } catch {
    keyObject = null;
  }
  if (!published) {
    lines.push(`note: the signature is checked with the key the receipt carries (${key?.kid ?? "none"}); pass --checkpoints <the event's URL> to check it against the published key`);
  }
  // The raw input, not the parsed copy: zod drops members it does not name, and every member is signed.
  const signature = keyObject ? checkReceiptSignature(input as ProvableReceipt, keyObject, key!.kid) : { ok: false as const, reason: "there is no key to check the receipt's signature with" };
  check(signature.ok, `the receipt is signed (JWS, EdDSA) by key ${key?.kid}: no field changed since it was issued`, signature.ok ? "" : signature.reason);
  const inclusion = r.proof.inclusion;
  if (!check(inclusion !== null, "the row is under a signed checkpoint", "the row is not yet under a signed checkpoint: download the receipt again in a few minutes")) return { ok, lines };
  const cp = inclusion!.checkpoint;
  check(
    cp.event_id === entry.eventId && inclusion!.tree_size === cp.rows &&
      verifyAuditPath(r.ledger.hash, inclusion!.leaf_index, inclusion!.tree_size, inclusion!.audit_path, cp.merkle_root),
    `the row is row ${inclusion!.leaf_index + 1} of the ${cp.rows} that checkpoint ${cp.id} signed`,
    `the inclusion proof does not lead from the row to checkpoint ${cp.id}'s Merkle root`,
  );
  if (published) {
    const same = published.checkpoints.find((c) => c.id === cp.id);
    check(
      published.event.id === cp.event_id && !!same && JSON.stringify(same) === JSON.stringify(cp),
      `checkpoint ${cp.id} is one the event publishes`,
      `checkpoint ${cp.id} is not among the checkpoints the event publishes (or differs from it)`,
    );
  }
  check(
    !!keyObject && key!.kid === cp.key_id && verifyStatement(cp, keyObject),
    `checkpoint ${cp.id} is signed by key ${cp.key_id}`,
    `checkpoint ${cp.id}'s signature does not verify with the key ${key?.kid ?? "(none)"}`,
  );
  return { ok, lines };
}
