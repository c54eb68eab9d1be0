import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { test } from "node:test";
import { drain, readZip } from "./test-readers";
import { packEntry, zipPackedStream, type PackedEntry } from "./zip-stream";

const chunks = (...parts: string[]) => () => parts.map((p) => Buffer.from(p, "utf8"));

// eslint-disable-next-line @typescript-eslint/require-await -- the ZIP writer reads an async iterable; these entries are packed lazily, one per step, with nothing to wait for
async function* packed(entries: { name: string; mtime: Date; open: () => Iterable<Buffer> }[]): AsyncGenerator<PackedEntry> {
  for (const { name, mtime, open } of entries) yield { name, mtime, ...packEntry(open(), 1) };
}

test("[EXPORT] the ZIP writer's entries read back with their names, bytes, sizes and CRC-32", async () => {
  const big = "Ada,Lovelace,ada@example.com\r\n".repeat(20_000);
  const noise = Array.from({ length: 30 }, () => randomBytes(64 * 1024)); // deflated in two pieces (over 1 MB), none compressible
  const mtime = new Date("2026-03-14T17:45:10Z");
  const zip = await drain(
    zipPackedStream(
      packed([
        { name: "müller-1-leads.csv", mtime, open: chunks("\uFEFFemail\r\n", "müller@example.com\r\n") },
        { name: "empty.csv", mtime, open: chunks() },
        { name: "big.csv", mtime, open: chunks(big.slice(0, 1000), big.slice(1000, 300_000), big.slice(300_000)) },
        { name: "noise.bin", mtime, open: () => noise },
      ]),
    ),
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
  assert.equal(packEntry(noise, 1).sha256, createHash("sha256").update(Buffer.concat(noise)).digest("hex"), "sha256 of the bytes, not the deflated ones");
});

test("[EXPORT] an entry that fails makes the ZIP stream fail, not end short", async () => {
  const failing = function* () {
    yield Buffer.from("email\r\n");
    throw new Error("database went away");
  };
  const many = (n: number) => () => Array.from({ length: n }, (_, i) => Buffer.from(`row ${i}\r\n`.repeat(5000)));
  const entries = [{ name: "ok.csv", mtime: new Date(), open: many(20) }, { name: "a.csv", mtime: new Date(), open: failing }];
  await assert.rejects(drain(zipPackedStream(packed(entries))), /database went away/);
});
