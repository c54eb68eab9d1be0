import assert from "node:assert/strict";
import { test } from "node:test";
import { AppError } from "../errors";
import { MAX_JSON_DEPTH, parseJson, readBody, readJson } from "./read-body";

const KB = 1024;

/** A request whose body arrives in chunks, with no Content-Length (or a false one); counts what was pulled. */
function streamed(chunks: number, chunkBytes: number, contentLength?: string) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
  const headers = contentLength === undefined ? undefined : { "content-length": contentLength };
  const request = new Request("http://x/", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

const code = (e: unknown) => (e instanceof AppError ? `${e.code} ${e.status}` : String(e));

test("[BODY] a body over the cap is refused with 413 as soon as it passes it, whatever Content-Length says", async () => {
  const noLength = streamed(20 * 1024, KB); // 20 MB offered
  await assert.rejects(readBody(noLength.request, 1024 * KB, "the queue"), (e) => code(e) === "too_large 413" && /larger than 1 MB/.test((e as Error).message));
  assert.ok(noLength.pulled() <= 1024 + 2, `read ${noLength.pulled()} KB of 20 MB`);

  const lying = streamed(2 * 1024, KB, "10");
  await assert.rejects(readBody(lying.request, 1024 * KB, "the queue"), (e) => code(e) === "too_large 413");

  const declared = streamed(2 * 1024, KB, String(2 * 1024 * KB));
  await assert.rejects(readBody(declared.request, 1024 * KB, "the queue"), (e) => code(e) === "too_large 413");
  assert.ok(declared.pulled() <= 1, "refused on its Content-Length before reading");

  const fits = streamed(1024, KB);
  assert.equal((await readBody(fits.request, 1024 * KB, "the queue")).byteLength, 1024 * KB, "exactly the cap is fine");
});

test("[BODY] not JSON, not UTF-8, or nested deeper than the limit: 400, never a RangeError", async () => {
  const json = (text: string | Uint8Array<ArrayBuffer>) => readJson(new Request("http://x/", { method: "POST", body: text }), 1024 * KB, "it");
  await assert.rejects(json("{"), (e) => code(e) === "invalid 400");
  await assert.rejects(json(new Uint8Array([0x22, 0xff, 0x22])), (e) => code(e) === "invalid 400");
  const deep = 400_000; // 800 KB: under the size cap
  await assert.rejects(json("[".repeat(deep) + "]".repeat(deep)), (e) => code(e) === "invalid 400" && /nests more than/.test((e as Error).message));
  await assert.rejects(json(`{"items":[${"{\"a\":".repeat(deep / 4)}1${"}".repeat(deep / 4)}]}`), (e) => code(e) === "invalid 400");
  assert.deepEqual(await json('{"items":[{"scanId":"a","decision":{"choice":"share"}}]}'), { items: [{ scanId: "a", decision: { choice: "share" } }] });
});

test("[BODY] the depth limit counts objects and arrays, not scalars", () => {
  const nested = (n: number) => "[".repeat(n) + "1" + "]".repeat(n);
  assert.deepEqual(parseJson(nested(MAX_JSON_DEPTH)) !== undefined, true);
  assert.throws(() => parseJson(nested(MAX_JSON_DEPTH + 1)), (e) => code(e) === "invalid 400");
  assert.equal(parseJson('"a string"'), "a string");
  assert.equal(parseJson("null"), null);
});
