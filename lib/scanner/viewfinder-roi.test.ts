import assert from "node:assert/strict";
import { test } from "node:test";
import { viewfinderRoi } from "./viewfinder-roi";

const aim = { insetX: 0.12, insetY: 0.18, margin: 0.1 };

test("[SCANNER] a landscape camera in a portrait box: only the visible middle, around the aiming frame", () => {
  // 1280×720 shown in 360×480 (3:4): 540×720 px of the image are visible; the aiming frame
  // is 76 % × 64 % of that (410 × 461), and 10 % more each side makes 492 × 553.
  const roi = viewfinderRoi({ videoWidth: 1280, videoHeight: 720, boxWidth: 360, boxHeight: 480, ...aim });
  assert.deepEqual(roi, { x: 394, y: 84, width: 492, height: 553 });
  assert.ok(roi.x + roi.width <= 1280 && roi.y + roi.height <= 720);
});

test("[SCANNER] the region never leaves the image, and an unknown size means the whole image", () => {
  const roi = viewfinderRoi({ videoWidth: 640, videoHeight: 480, boxWidth: 640, boxHeight: 480, insetX: 0, insetY: 0, margin: 0.5 });
  assert.deepEqual(roi, { x: 0, y: 0, width: 640, height: 480 });
  assert.deepEqual(viewfinderRoi({ videoWidth: 640, videoHeight: 480, boxWidth: 0, boxHeight: 0, ...aim }), { x: 0, y: 0, width: 640, height: 480 });
});
