import assert from "node:assert/strict";
import { test } from "node:test";
import { shareRows, visitRows } from "./chart-rows";
import type { PartnerFigures } from "./event-figures";

const partner = (i: number, visitors: number, decided = 0, shared = 0): PartnerFigures => ({
  id: i,
  name: `P${String(i).padStart(2, "0")}`,
  booth: `B${i}`,
  scans: visitors * 2,
  visitors,
  decided,
  shared,
  withdrawn: 0,
});

test("[DASHBOARD] visits: the 20 most visited booths, then the others as their average per booth", () => {
  const partners = Array.from({ length: 26 }, (_, i) => partner(i + 1, i + 1));
  const rows = visitRows(partners);
  assert.equal(rows.length, 21);
  assert.equal(rows[0]!.label, "P26 (booth B26)");
  assert.equal(rows[19]!.visitors, 7);
  // Visitors 1..6: 21 / 6 = 3.5 per booth; scans are twice that.
  assert.deepEqual(rows[20], { label: "Others (6 partners), average per booth", visitors: 3.5, scans: 7, partners: 6 });
  assert.equal(visitRows([partner(1, 1), partner(2, 1), partner(3, 2)], 2).at(-1)!.visitors, 1);
  assert.equal(visitRows(partners.slice(0, 3)).length, 3, "no others row when every partner has a bar");
});

test("[DASHBOARD] share rate: partners with decisions, most decisions first; others pooled, not averaged", () => {
  const partners = [partner(1, 9, 4, 1), partner(2, 9, 0, 0), partner(3, 9, 10, 5), partner(4, 9, 1, 1), partner(5, 9, 3, 0)];
  const rows = shareRows(partners, 2);
  assert.deepEqual(
    rows.map((r) => [r.label, r.decided, r.shared, r.rate]),
    [
      ["P03 (booth B3)", 10, 5, 0.5],
      ["P01 (booth B1)", 4, 1, 0.25],
      ["Others (2 partners)", 4, 1, 0.25], // (1 + 0) / (1 + 3), not the mean of 100% and 0%
    ],
  );
});
