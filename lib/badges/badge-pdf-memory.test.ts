import assert from "node:assert/strict";
import { before, test } from "node:test";
import v8 from "node:v8";
import vm from "node:vm";
import { useTestDatabase } from "../test/db";
import { OPERATOR } from "../auth/actor";
import { createEvent } from "../events/events";
import { insertAttendees } from "../test/bulk-attendees";
import { writeBadgePdf } from "./write-badge-pdf";

before(() => useTestDatabase());

const MB = 1024 * 1024;
const COUNT = 10_000;

// A full collection before each reading, so what is measured is what is still held.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const held = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

test("[BADGES] 10,000 badges stream in flat memory", { timeout: 180_000 }, async () => {
  const event = createEvent(OPERATOR, { name: "Big Expo", slug: `big-${process.pid}-${Date.now()}` });
  insertAttendees(event.id, COUNT);
  const pdf = writeBadgePdf(OPERATOR, event.id, { format: "a4" }, "https://fairlead.example");
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let bytes = 0;
  let pages = 0;
  let chunks = 0;
  let early = 0;
  let tail = "";
  const started = performance.now();
  for await (const chunk of pdf.chunks) {
    const text = Buffer.from(chunk).toString("latin1");
    pages += text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    bytes += chunk.length;
    tail = text.slice(-16);
    // A tenth of the way in, every cache has warmed up: from there on, nothing should pile up.
    if (++chunks === Math.ceil(pdf.pages / 20)) early = held();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const late = held();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${COUNT} A4 badges: ${pages} pages, ${(bytes / MB).toFixed(1)} MB in ${seconds.toFixed(1)} s; ` +
      `RSS ${(rssBefore / MB).toFixed(0)} → peak ${(peakRss / MB).toFixed(0)} MB (+${((peakRss - rssBefore) / MB).toFixed(0)} MB); ` +
      `held after GC ${(early / MB).toFixed(1)} MB at 10%, ${(late / MB).toFixed(1)} MB at the end`,
  );
  assert.equal(pages, pdf.pages);
  assert.equal(pages, 2500);
  assert.match(tail, /%%EOF\s*$/);
  // The whole file is 14 MB: keeping it, or a growing cache of names, fails this at once.
  assert.ok(late - early < 8 * MB, `memory grew by ${((late - early) / MB).toFixed(1)} MB while streaming`);
  assert.ok(peakRss - rssBefore < 120 * MB, `RSS grew by ${((peakRss - rssBefore) / MB).toFixed(0)} MB`);
});
