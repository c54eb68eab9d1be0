import assert from "node:assert/strict";
import { test } from "node:test";
import { BADGE_FORMAT_NAMES, BADGE_FORMATS, BadgeFormat, badgesPerPage, cutMarks, pageCount, slotBox, type Box } from "./badge-layouts";

const MM = 72 / 25.4;
const round = (points: number) => Math.round((points / MM) * 10) / 10;

test("[BADGES] the formats have the documented sizes", () => {
  const sizes = Object.fromEntries(
    BADGE_FORMAT_NAMES.map((f) => [f, { page: [round(BADGE_FORMATS[f].page.width), round(BADGE_FORMATS[f].page.height)], badge: [round(BADGE_FORMATS[f].badge.width), round(BADGE_FORMATS[f].badge.height)], perPage: badgesPerPage(f) }]),
  );
  assert.deepEqual(sizes, {
    a4: { page: [210, 297], badge: [90, 60], perPage: 8 },
    letter: { page: [215.9, 279.4], badge: [90, 60], perPage: 8 },
    a6: { page: [105, 148], badge: [105, 148], perPage: 1 },
    "4x3": { page: [101.6, 76.2], badge: [101.6, 76.2], perPage: 1 },
  });
  assert.equal(BadgeFormat.safeParse("a3").success, false);
});

test("[BADGES] a sheet's badges lie on the page without overlapping, with equal side margins", () => {
  for (const format of ["a4", "letter"] as const) {
    const spec = BADGE_FORMATS[format];
    const fronts = Array.from({ length: badgesPerPage(format) }, (_, i) => slotBox(format, "front", i));
    for (const box of fronts) {
      assert.ok(box.x >= 10 * MM && box.y >= 10 * MM, `${format}: a badge starts inside a 10 mm margin`);
      assert.ok(box.x + box.width <= spec.page.width - 10 * MM && box.y + box.height <= spec.page.height - 10 * MM);
    }
    for (const [i, a] of fronts.entries()) for (const b of fronts.slice(i + 1)) assert.ok(!overlap(a, b), `${format}: slots overlap`);
    const left = Math.min(...fronts.map((b) => b.x));
    const right = spec.page.width - Math.max(...fronts.map((b) => b.x + b.width));
    assert.ok(Math.abs(left - right) < 0.001, `${format}: margins ${left} and ${right} differ, so duplex backs would not line up`);
  }
});

test("[BADGES] backs are mirrored left to right, so long-edge duplex puts each back behind its front", () => {
  for (const format of ["a4", "letter"] as const) {
    const { width } = BADGE_FORMATS[format].page;
    for (let i = 0; i < badgesPerPage(format); i++) {
      const front = slotBox(format, "front", i);
      const back = slotBox(format, "back", i);
      // Flipping the sheet over its long (vertical) edge maps x to width - x.
      assert.ok(Math.abs(width - (back.x + back.width) - front.x) < 0.001, `${format} slot ${i}`);
      assert.equal(back.y, front.y);
    }
    assert.notDeepEqual(slotBox(format, "back", 0), slotBox(format, "front", 0));
  }
  assert.deepEqual(slotBox("a6", "back", 0), slotBox("a6", "front", 0));
});

test("[BADGES] page counts: sheets hold 8 badges and a page of backs each, single formats 2 pages a badge", () => {
  assert.equal(pageCount("a4", 1), 2);
  assert.equal(pageCount("a4", 8), 2);
  assert.equal(pageCount("a4", 9), 4);
  assert.equal(pageCount("letter", 10_000), 2500);
  assert.equal(pageCount("a6", 3), 6);
  assert.equal(pageCount("4x3", 7), 14);
});

test("[BADGES] cut marks stay in the margins of sheets; single badges need none", () => {
  for (const format of ["a4", "letter"] as const) {
    const spec = BADGE_FORMATS[format];
    const grid = { x: slotBox(format, "front", 0).x, y: slotBox(format, "front", 0).y, width: 2 * spec.badge.width, height: 4 * spec.badge.height };
    const marks = cutMarks(format);
    assert.equal(marks.length, 2 * (spec.columns + 1) + 2 * (spec.rows + 1));
    for (const m of marks) {
      for (const [x, y] of [[m.x1, m.y1], [m.x2, m.y2]] as const) {
        assert.ok(x >= 0 && y >= 0 && x <= spec.page.width && y <= spec.page.height, "on the page");
        const inside = x > grid.x + 0.01 && x < grid.x + grid.width - 0.01 && y > grid.y + 0.01 && y < grid.y + grid.height - 0.01;
        assert.ok(!inside, "a cut mark must not print on a badge");
      }
    }
  }
  assert.deepEqual(cutMarks("a6"), []);
});

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - 0.001 && b.x < a.x + a.width - 0.001 && a.y < b.y + b.height - 0.001 && b.y < a.y + a.height - 0.001;
}
