import assert from "node:assert/strict";
import { test } from "node:test";
import { refuseMalformedAction } from "./action-request";

const HOST = "fairlead.test:3000";
const call = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`http://${HOST}/scan`, {
    method: "POST",
    body,
    headers: { host: HOST, origin: `http://${HOST}`, "next-action": "7f00", "content-type": "text/plain;charset=UTF-8", ...headers },
  });
const answer = async (request: Request) => {
  const refused = await refuseMalformedAction(request);
  return refused && { status: refused.status, body: (await refused.json()) as { error: { code: string; message: string } } };
};

test("[ACTIONS] a well-formed call passes to Next untouched: JSON arguments, or a form with its root field", async () => {
  assert.equal(await answer(call('[{"code":"ABC"}]')), null);
  const form = new FormData();
  form.set("0", '["$K1"]');
  form.set("1_email", "ada@example.com");
  const multipart = new Request(`http://${HOST}/signin`, { method: "POST", body: form, headers: { host: HOST, origin: `http://${HOST}` } });
  assert.equal(await answer(multipart), null);
  assert.equal(await answer(call("[]", { origin: "" })), null, "no Origin: Next lets it through, so do we");
});

test("[ACTIONS] another site, garbage, deep nesting, a form without its root, or over 1 MB: the typed refusal, not a 500", async () => {
  assert.deepEqual((await answer(call("[]", { origin: "https://evil.example" })))!.body.error.code, "forbidden");
  assert.equal((await answer(call("[]", { origin: "null" })))!.status, 403);
  assert.equal((await answer(call("[]", { "x-forwarded-host": "front.example" })))!.status, 403, "behind a proxy the forwarded host counts");
  assert.equal((await answer(call("not json")))!.status, 400);
  assert.equal((await answer(call('{"not":"an array"}')))!.status, 400);
  assert.equal((await answer(call("[".repeat(5000) + "]".repeat(5000))))!.status, 400);
  const form = new FormData();
  form.set("1_x", "y");
  const rootless = new Request(`http://${HOST}/scan`, { method: "POST", body: form, headers: { host: HOST, origin: `http://${HOST}` } });
  assert.equal((await answer(rootless))!.status, 400);
  const big = await answer(call(`["${"a".repeat(1024 * 1024)}"]`));
  assert.equal(big!.status, 413);
  assert.match(big!.body.error.message, /larger than 1 MB/);
});
