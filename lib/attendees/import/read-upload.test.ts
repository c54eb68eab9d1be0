import assert from "node:assert/strict";
import { test } from "node:test";
import { AppError } from "../../errors";
import { parseFile } from "./parse-file";
import type { ParsedFile } from "./parsed-file";
import { keepChunks, readUpload, type FileReader } from "./read-upload";

const parseAll: FileReader<ParsedFile> = (chunks, name) => parseFile(chunks, name);
const post = (body: FormData | string, headers: Record<string, string> = {}) => new Request("http://localhost/upload", { method: "POST", body, headers });

test("[IMPORT] the upload is read as it streams: fields before and after the file, the file as its chunks", async () => {
  const form = new FormData();
  form.set("intent", "import");
  form.set("file", new Blob(["First name,Email\n", "Ada,ada@example.com\n".repeat(20_000)]), "a.csv");
  form.set("mapping", '{"email":1}');
  const upload = await readUpload(post(form), 1024 * 1024, "too big", keepChunks);
  assert.deepEqual([...upload.fields], [["intent", "import"], ["mapping", '{"email":1}']]);
  assert.equal(upload.file?.name, "a.csv");
  assert.equal(upload.file?.size, 17 + 20 * 20_000);
  assert.ok(upload.file.read.length > 1, "kept as the chunks that came");
  const parsed = await parseFile(upload.file.read, upload.file.name);
  assert.equal(parsed.records.length, 20_000);
});

test("[IMPORT] a CSV is parsed while it streams in, with the fields after it still read", async () => {
  const form = new FormData();
  form.set("intent", "inspect");
  form.set("file", new Blob(["First name,Email\n", "Ada,ada@example.com\n".repeat(20_000)]), "a.csv");
  form.set("mapping", '{"email":1}');
  const upload = await readUpload(post(form), 1024 * 1024, "too big", parseAll);
  assert.deepEqual([...upload.fields], [["intent", "inspect"], ["mapping", '{"email":1}']]);
  assert.deepEqual([upload.file?.name, upload.file?.read.records.length, upload.file?.read.records.at(0)], ["a.csv", 20_000, { line: 2, cells: ["Ada", "ada@example.com"] }]);
});

test("[IMPORT] a sample for inspecting: the fields before the file choose it; the first records kept, all counted, every limit checked", async () => {
  const sampleIfInspect: FileReader<unknown> = (chunks, name, before) => (before.get("intent") === "inspect" ? parseFile(chunks, name, 10) : parseFile(chunks, name));
  const form = (text: string, intentFirst: boolean) => {
    const body = new FormData();
    if (intentFirst) body.set("intent", "inspect");
    body.set("file", new Blob([text]), "a.csv");
    if (!intentFirst) body.set("intent", "inspect");
    return body;
  };
  const text = `First name,Email\n${"Ada,ada@example.com\n \n".repeat(20_000)}Far,,x\n`;
  const sample = (await readUpload(post(form(text, true)), 4 * 1024 * 1024, "too big", sampleIfInspect)).file?.read as ParsedFile | { recordsTotal: number; records: ParsedFile["records"]; headers: string[] };
  assert.deepEqual([sample.recordsTotal, sample.records.length, sample.records.at(9), sample.headers], [20_001, 10, { line: 20, cells: ["Ada", "ada@example.com", ""] }, ["First name", "Email", ""]]);
  const whole = (await readUpload(post(form(text, false)), 4 * 1024 * 1024, "too big", sampleIfInspect)).file?.read as ParsedFile;
  assert.deepEqual([whole.recordsTotal, whole.records.length, whole.headers], [undefined, 20_001, ["First name", "Email", ""]]);
  const tooMany = `Name\n${"x\n".repeat(200_001)}`;
  await assert.rejects(readUpload(post(form(tooMany, true)), 4 * 1024 * 1024, "too big", sampleIfInspect), /more than 200,000 rows/);
});

test("[IMPORT] a file refused early stops its reader: the rest of the body is read past, not kept, and the refusal is the answer", async () => {
  let read = 0;
  const counting: FileReader<unknown> = async (chunks, name) => {
    async function* counted() {
      for await (const chunk of chunks) yield ((read += chunk.byteLength), chunk);
    }
    return parseFile(counted(), name);
  };
  const form = new FormData();
  form.set("file", new Blob([Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x4a, 0xfc, 0x72, 0x0a]), "x\n".repeat(4 * 1024 * 1024)]), "latin1.csv");
  form.set("intent", "inspect");
  await assert.rejects(readUpload(post(form), 16 * 1024 * 1024, "too big", counting), /not UTF-8/);
  assert.ok(read < 2 * 1024 * 1024, `the reader stopped after ${read} of 8 MB`);
  const empty = new FormData();
  empty.set("file", new Blob([]), "");
  empty.set("intent", "inspect");
  assert.equal((await readUpload(post(empty), 1_000, "big", parseAll)).file, null, "no file chosen: an empty part");
});

test("[IMPORT] an upload over the limit, or not multipart, is refused with a reason", async () => {
  const form = new FormData();
  form.set("file", new Blob(["x".repeat(2_000)]), "big.csv");
  await assert.rejects(readUpload(post(form), 1_000, "The file is larger than 1 KB.", keepChunks), (e: unknown) => e instanceof AppError && e.message === "The file is larger than 1 KB.");
  await assert.rejects(readUpload(post(form), 1_000, "The file is larger than 1 KB.", parseAll), (e: unknown) => e instanceof AppError && e.message === "The file is larger than 1 KB.");
  await assert.rejects(readUpload(post("plain", { "content-type": "text/plain" }), 1_000, "big", keepChunks), /multipart\/form-data/);
  await assert.rejects(readUpload(post("--x\r\nbroken", { "content-type": "multipart/form-data; boundary=x" }), 1_000, "big", keepChunks), /multipart\/form-data/);
});
