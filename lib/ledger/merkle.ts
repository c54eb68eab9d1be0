// A Merkle tree over an event's ledger row hashes, as RFC 9162 (Certificate Transparency 2.0)
// section 2.1 defines it: a checkpoint signs the root, and a receipt carries the audit path from
// its row to that root: about 20 hashes at the largest show, and nothing about other rows but
// hashes (docs/decisions/020-signed-checkpoints.md). Pure: no database.
import { createHash } from "node:crypto";

const sha = (...parts: Buffer[]) => createHash("sha256").update(Buffer.concat(parts)).digest();

/** The leaf of a ledger row: its chain hash (hex), with RFC 9162's 0x00 prefix. */
export const leafHash = (rowHash: string): Buffer => sha(Buffer.from([0]), Buffer.from(rowHash, "utf8"));
const nodeHash = (left: Buffer, right: Buffer): Buffer => sha(Buffer.from([1]), left, right);

/** The perfect subtrees a tree of n leaves is made of, largest first: all a checkpoint needs to extend the tree. */
export type Frontier = { size: number; hash: string }[];

export function extendFrontier(frontier: Frontier, rowHashes: Iterable<string>): Frontier {
  const peaks: { size: number; hash: Buffer }[] = frontier.map((p) => ({ size: p.size, hash: Buffer.from(p.hash, "hex") }));
  for (const rowHash of rowHashes) {
    peaks.push({ size: 1, hash: leafHash(rowHash) });
    while (peaks.length > 1 && peaks.at(-1)!.size === peaks.at(-2)!.size) {
      const right = peaks.pop()!;
      const left = peaks.pop()!;
      peaks.push({ size: left.size * 2, hash: nodeHash(left.hash, right.hash) });
    }
  }
  return peaks.map((p) => ({ size: p.size, hash: p.hash.toString("hex") }));
}

/** The tree's root (hex); folding right to left gives RFC 9162's MTH, whose left part is always the largest perfect subtree. */
export function frontierRoot(frontier: Frontier): string | null {
  if (frontier.length === 0) return null;
  let root: Buffer = Buffer.from(frontier.at(-1)!.hash, "hex");
  for (let i = frontier.length - 2; i >= 0; i--) root = nodeHash(Buffer.from(frontier[i]!.hash, "hex"), root);
  return root.toString("hex");
}

const largestPowerOfTwoBelow = (n: number) => 2 ** Math.floor(Math.log2(n - 1));

function mth(leaves: readonly Buffer[], from: number, to: number): Buffer {
  if (to - from === 1) return leaves[from]!;
  const k = largestPowerOfTwoBelow(to - from);
  return nodeHash(mth(leaves, from, from + k), mth(leaves, from + k, to));
}

/** RFC 9162 2.1.3.1: the audit path of leaf m among the given row hashes (hex, leaf side first). */
export function auditPath(rowHashes: readonly string[], m: number): string[] {
  const leaves = rowHashes.map(leafHash);
  const path: Buffer[] = [];
  let [from, to] = [0, leaves.length];
  const stack: Buffer[] = [];
  while (to - from > 1) {
    const k = largestPowerOfTwoBelow(to - from);
    if (m - from < k) {
      stack.push(mth(leaves, from + k, to));
      to = from + k;
    } else {
      stack.push(mth(leaves, from, from + k));
      from += k;
    }
  }
  while (stack.length) path.push(stack.pop()!);
  return path.map((b) => b.toString("hex"));
}

/** RFC 9162 2.1.3.2: does `path` lead from the leaf of `rowHash` at `index` in a tree of `size` to `root`? */
export function verifyAuditPath(rowHash: string, index: number, size: number, path: readonly string[], root: string): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = leafHash(rowHash);
  for (const hex of path) {
    if (sn === 0) return false;
    const p = Buffer.from(hex, "hex");
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.toString("hex") === root;
}
