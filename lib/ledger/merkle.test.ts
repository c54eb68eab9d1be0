import assert from "node:assert/strict";
import { test } from "node:test";
import { sha256Hex } from "../crypto";
import { auditPath, extendFrontier, frontierRoot, verifyAuditPath } from "./merkle";

const hashes = (n: number) => Array.from({ length: n }, (_, i) => sha256Hex(`row ${i}`));

test("[LEDGER] every row's audit path leads to the root, for trees of 1 to 17 rows, built at once or in steps", () => {
  for (let n = 1; n <= 17; n++) {
    const rows = hashes(n);
    const root = frontierRoot(extendFrontier([], rows))!;
    const split = Math.floor(n / 3);
    assert.equal(frontierRoot(extendFrontier(extendFrontier([], rows.slice(0, split)), rows.slice(split))), root, `n=${n} in two steps`);
    for (let m = 0; m < n; m++) {
      const path = auditPath(rows, m);
      assert.ok(path.length <= Math.ceil(Math.log2(n)), `n=${n} m=${m}: path length`);
      assert.ok(verifyAuditPath(rows[m]!, m, n, path, root), `n=${n} m=${m}`);
    }
  }
});

test("[LEDGER] an audit path fails for another row, another place, a changed sibling or another tree size", () => {
  const rows = hashes(11);
  const root = frontierRoot(extendFrontier([], rows))!;
  const path = auditPath(rows, 6);
  assert.ok(verifyAuditPath(rows[6]!, 6, 11, path, root));
  assert.equal(verifyAuditPath(rows[5]!, 6, 11, path, root), false);
  assert.equal(verifyAuditPath(rows[6]!, 5, 11, path, root), false);
  // The size is bound by the signed checkpoint (verify-receipt checks tree_size = rows); a path of another shape fails here.
  assert.equal(verifyAuditPath(rows[6]!, 6, 7, path, root), false);
  assert.equal(verifyAuditPath(rows[6]!, 6, 11, [sha256Hex("x"), ...path.slice(1)], root), false);
  assert.equal(verifyAuditPath(rows[6]!, 11, 11, path, root), false);
});
