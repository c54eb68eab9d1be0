import assert from "node:assert/strict";
import { test } from "node:test";
import { isoTime } from "./iso-time";

test("[EXPORT] isoTime writes exactly what Date#toISOString writes", () => {
  const edges = [0, 1, 999, 1000, 59_999, 3_599_999, 86_399_999, 86_400_000, Date.parse("2026-03-14T23:59:59.999Z"), Date.parse("2028-02-29T12:00:00.007Z")];
  const spread = Array.from({ length: 20_000 }, (_, i) => Math.floor(((i * 2654435761) % 4_102_444_800) * 1000 + (i % 1000)));
  for (const ms of [...edges, ...spread]) assert.equal(isoTime(ms), new Date(ms).toISOString(), String(ms));
  assert.equal(isoTime(null), null);
});
