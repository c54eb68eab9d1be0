import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { EMPTY_ROOT, entryLeaf, inclusionPath, innerNode, merkleRoot, verifyInclusion } from "./merkle";

const sha = (...hex: string[]) => createHash("sha256").update(Buffer.from(hex.join(""), "hex")).digest("hex");

test("[DRAWING] leaf and inner nodes are SHA-256 with the 0x00 and 0x01 prefixes (recomputed independently)", () => {
  const leaf = entryLeaf(42, "00ff");
  assert.equal(leaf, sha("00", Buffer.from("42:00ff").toString("hex")));
  const [a, b] = [entryLeaf(1, "aa"), entryLeaf(2, "bb")];
  assert.equal(innerNode(a, b), sha("01", a, b));
  assert.equal(merkleRoot([]), EMPTY_ROOT);
  assert.equal(merkleRoot([a]), a, "one leaf is its own root");
  const [lo, hi] = [a, b].sort();
  assert.equal(merkleRoot([b, a]), innerNode(lo!, hi!), "leaves are sorted first");
});

test("[DRAWING] an odd node is carried up, never paired with itself", () => {
  const leaves = [1, 2, 3].map((n) => entryLeaf(n, `s${n}`)).sort();
  const [x, y, z] = leaves as [string, string, string];
  assert.equal(merkleRoot(leaves), innerNode(innerNode(x, y), z));
  assert.notEqual(merkleRoot(leaves), merkleRoot([...leaves, z]), "duplicating the last leaf gives another root");
});

test("[DRAWING] every entry's path leads to the root, and only with its own number and salt", () => {
  for (const size of [1, 2, 3, 5, 8, 13]) {
    const entries = Array.from({ length: size }, (_, i) => ({ id: 100 + i, salt: `salt-${i}` }));
    const leaves = entries.map((e) => entryLeaf(e.id, e.salt));
    const root = merkleRoot(leaves);
    for (const e of entries) {
      const path = inclusionPath(leaves, entryLeaf(e.id, e.salt))!;
      assert.ok(path.length <= Math.ceil(Math.log2(size)), `${size}: a short path`);
      assert.equal(verifyInclusion(e.id, e.salt, path, root), true, `${size}: entry ${e.id}`);
      assert.equal(verifyInclusion(e.id, "wrong", path, root), false, "another salt fails");
      assert.equal(verifyInclusion(e.id + 1000, e.salt, path, root), false, "another number fails");
      const text = JSON.stringify(path);
      for (const other of entries) if (other !== e) assert.ok(!text.includes(other.salt) && !text.includes(`"${other.id}"`), "no one else's number or salt");
    }
  }
  assert.equal(inclusionPath([entryLeaf(1, "a")], entryLeaf(2, "b")), null, "not in the tree: no path");
});
