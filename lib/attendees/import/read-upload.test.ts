import assert from "node:assert/strict";
import { test } from "node:test";
import { AppError } from "../../errors";
import { parseFile } from "./parse-file";
import { readUpload } from "./read-upload";

const post = (body: FormData | string, headers: Record<string, string> = {}) => new Request("http://localhost/upload", { method: "POST", body, headers });

test("[IMPORT] the upload is read as it streams: fields before and after the file, the file as its chunks", async () => {
  const form = new FormData();
  form.set("intent", "import");
  form.set("file", new Blob(["First name,Email\n", "Ada,ada@example.com\n".repeat(20_000)]), "a.csv");
  form.set("mapping", '{"email":1}');
  const upload = await readUpload(post(form), 1024 * 1024, "too big");
  assert.deepEqual([...upload.fields], [["intent", "import"], ["mapping", '{"email":1}']]);
  assert.equal(upload.file?.name, "a.csv");
  assert.equal(upload.file?.size, 17 + 20 * 20_000);
  assert.ok(upload.file.chunks.length > 1, "kept as the chunks that came");
  const parsed = await parseFile(upload.file.chunks, upload.file.name);
  assert.equal(parsed.records.length, 20_000);
});

test("[IMPORT] an upload over the limit, or not multipart, is refused with a reason", async () => {
  const form = new FormData();
  form.set("file", new Blob(["x".repeat(2_000)]), "big.csv");
  await assert.rejects(readUpload(post(form), 1_000, "The file is larger than 1 KB."), (e: unknown) => e instanceof AppError && e.message === "The file is larger than 1 KB.");
  await assert.rejects(readUpload(post("plain", { "content-type": "text/plain" }), 1_000, "big"), /multipart\/form-data/);
  await assert.rejects(readUpload(post("--x\r\nbroken", { "content-type": "multipart/form-data; boundary=x" }), 1_000, "big"), /multipart\/form-data/);
});
