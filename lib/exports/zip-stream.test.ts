import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { drain, readZip } from "./test-readers";
import { runningDeflateWorkers } from "./deflate-worker";
import { zipStream } from "./zip-stream";

const chunks = (...parts: string[]) => () => parts.map((p) => Buffer.from(p, "utf8"));

for (const worker of [false, true]) test(`[EXPORT] the ZIP writer's entries read back with their names, bytes, sizes and CRC-32 (deflated ${worker ? "on a worker" : "inline"})`, async () => {
  const big = "Ada,Lovelace,ada@example.com\r\n".repeat(20_000);
  const noise = Array.from({ length: 30 }, () => randomBytes(64 * 1024));
  const mtime = new Date("2026-03-14T17:45:10Z");
  const zip = await drain(
    zipStream([
      { name: "müller-1-leads.csv", mtime, open: chunks("\uFEFFemail\r\n", "müller@example.com\r\n") },
      { name: "empty.csv", mtime, open: chunks() },
      { name: "big.csv", mtime, open: chunks(big.slice(0, 1000), big.slice(1000, 300_000), big.slice(300_000)) },
      { name: "noise.bin", mtime, open: () => noise }, // more chunks than the worker has slots, none compressible
    ], 1, { worker }),
  );
  const files = readZip(zip); // checks every size and CRC-32 against the central directory
  assert.deepEqual([...files.keys()], ["müller-1-leads.csv", "empty.csv", "big.csv", "noise.bin"]);
  assert.ok(files.get("noise.bin")!.equals(Buffer.concat(noise)));
  assert.equal(files.get("müller-1-leads.csv")!.toString("utf8"), "\uFEFFemail\r\nmüller@example.com\r\n");
  assert.equal(files.get("empty.csv")!.length, 0);
  assert.equal(files.get("big.csv")!.toString("utf8"), big);
  assert.ok(zip.length < big.length / 10 + 30 * 64 * 1024 * 1.01, "deflated");
  const local = zip.readUInt16LE(6);
  assert.equal(local & 0x0808, 0x0808, "UTF-8 names and a data descriptor");
  assert.equal(zip.readUInt16LE(10), (17 << 11) | (45 << 5) | 5, "DOS time 17:45:10");
});

for (const worker of [false, true]) test(`[EXPORT] an entry that fails makes the ZIP stream fail, not end short (${worker ? "worker" : "inline"})`, async () => {
  const failing = function* () {
    yield Buffer.from("email\r\n");
    throw new Error("database went away");
  };
  const many = (n: number) => () => Array.from({ length: n }, (_, i) => Buffer.from(`row ${i}\r\n`.repeat(5000)));
  const entries = [{ name: "ok.csv", mtime: new Date(), open: many(20) }, { name: "a.csv", mtime: new Date(), open: failing }];
  await assert.rejects(drain(zipStream(entries, 1, { worker })), /database went away/);
});

test("[EXPORT] a ZIP destroyed part-way, or before its first read, leaves no worker thread behind", async () => {
  await sleep(200); // the workers of the tests above end when their ZIPs do, a moment later
  const before = runningDeflateWorkers();
  const rows = () => Array.from({ length: 200 }, (_, i) => Buffer.from(`row ${i}\r\n`.repeat(5000)));
  const partWay = zipStream([{ name: "a.csv", mtime: new Date(), open: rows }], 1, { worker: true });
  await once(partWay, "readable");
  assert.ok(partWay.read(10));
  await sleep(50);
  assert.equal(runningDeflateWorkers(), before + 1, "the worker is running");
  partWay.destroy();
  zipStream([{ name: "b.csv", mtime: new Date(), open: rows }], 1, { worker: true }).destroy();
  await sleep(200);
  assert.equal(runningDeflateWorkers(), before, "and was ended; the one never read was never started");
});
