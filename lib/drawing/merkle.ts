// The Merkle tree of a drawing's frozen entries (docs/decisions/026). Pure, node:crypto only, so
// the server, `recompute-drawing` and an entrant checking their own inclusion all run the same
// code. Leaf = SHA-256(0x00 ‖ "ENTRY:SALT"); inner = SHA-256(0x01 ‖ left ‖ right) over raw bytes;
// the prefixes keep a leaf from ever passing for an inner node (second-preimage). Leaves are
// sorted by their hex, so the order says nothing about entry numbers. An odd node at the end of a
// level is carried up unchanged, never paired with itself (duplicating it lets two different
// leaf lists share a root, CVE-2012-2459).
import { createHash } from "node:crypto";

const sha256 = (...parts: Buffer[]) => createHash("sha256").update(Buffer.concat(parts)).digest();
const LEAF = Buffer.from([0]);
const INNER = Buffer.from([1]);

/** The root of no entries: SHA-256 of nothing. */
export const EMPTY_ROOT = createHash("sha256").digest("hex");

/** An entry's leaf: its number and its secret salt, hashed; the salt keeps the number hidden. */
export function entryLeaf(entryId: number, salt: string): string {
  return sha256(LEAF, Buffer.from(`${entryId}:${salt}`, "utf8")).toString("hex");
}

export function innerNode(left: string, right: string): string {
  return sha256(INNER, Buffer.from(left, "hex"), Buffer.from(right, "hex")).toString("hex");
}

export function sortLeaves(leaves: readonly string[]): string[] {
  return [...leaves].sort();
}

/** Every level, leaves first; the last level holds the root alone. */
function levels(sortedLeaves: readonly string[]): string[][] {
  const all = [[...sortedLeaves]];
  while (all[all.length - 1]!.length > 1) {
    const level = all[all.length - 1]!;
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? innerNode(level[i]!, level[i + 1]!) : level[i]!);
    all.push(next);
  }
  return all;
}

/** The root of the leaves (sorted here: the caller's order does not matter). */
export function merkleRoot(leaves: readonly string[]): string {
  if (leaves.length === 0) return EMPTY_ROOT;
  return levels(sortLeaves(leaves)).at(-1)![0]!;
}

/** One step of a path: the sibling's hash and whether it sits on the left. */
export type ProofStep = { sibling: string; left: boolean };

/** The path from one leaf to the root: sibling hashes only, never another entry's number or salt. */
export function inclusionPath(leaves: readonly string[], leaf: string): ProofStep[] | null {
  const tree = levels(sortLeaves(leaves));
  let index = tree[0]!.indexOf(leaf);
  if (index < 0) return null;
  const path: ProofStep[] = [];
  for (const level of tree.slice(0, -1)) {
    const pair = index % 2 === 0 ? index + 1 : index - 1;
    if (pair < level.length) path.push({ sibling: level[pair]!, left: pair < index });
    index = Math.floor(index / 2);
  }
  return path;
}

/** What an entrant runs: their number and salt, up the path, must give the published root. */
export function verifyInclusion(entryId: number, salt: string, path: readonly ProofStep[], root: string): boolean {
  const top = path.reduce((node, step) => (step.left ? innerNode(step.sibling, node) : innerNode(node, step.sibling)), entryLeaf(entryId, salt));
  return top === root;
}
