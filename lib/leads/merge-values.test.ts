import assert from "node:assert/strict";
import { test } from "node:test";
import { mergeValues } from "./merge-values";

test("[QUALIFY] combining after a conflict keeps both sides' notes and tags, my rating and answers over theirs", () => {
  const theirs = { rating: "hot" as const, notes: "Wants 40 seats", tags: ["Budget"], answers: { "1": "yes", "2": "11-100" } };
  const mine = { rating: null, notes: "Call Monday", tags: ["Follow up", "Budget"], answers: { "2": "100+", "3": "" } };
  assert.deepEqual(mergeValues(theirs, mine), {
    rating: "hot",
    notes: "Wants 40 seats\n\nCall Monday",
    tags: ["Budget", "Follow up"],
    answers: { "1": "yes", "2": "100+" },
  });
  // Notes that already contain the other side are not doubled.
  assert.equal(mergeValues(theirs, { ...mine, notes: "Wants 40 seats. Call Monday" }).notes, "Wants 40 seats. Call Monday");
  assert.equal(mergeValues(theirs, { ...mine, notes: "" }).notes, "Wants 40 seats");
  assert.equal(mergeValues(theirs, { ...mine, rating: "cold" }).rating, "cold");
});
