// Issue 13, finding 8: the sync endpoint reads at most 1 MB (413 with a clear message), and
// malformed, deeply nested or wrong-typed JSON is a 400/422, never a 500.
import { makeDevice } from "@/lib/test/fixtures";
import type { ErrorBody } from "@/lib/errors";
import { BASE_URL, expect, test } from "./support/world";

test("[BODY] sync: over 1 MB is 413 (declared or streamed without a length); bad JSON is 400/422; the server keeps answering", async ({ world, playwright }) => {
  const device = makeDevice(world.event.eventId, world.event.partners[0]!.id);
  const headers = { cookie: `fairlead_device=${device.sessionToken}`, origin: BASE_URL, "content-type": "application/json" };
  const api = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: headers });

  const big = await api.post("/api/booth/sync", { data: JSON.stringify({ items: [{ code: "x".repeat(20 * 1024 * 1024) }] }) });
  expect(big.status()).toBe(413);
  expect(((await big.json()) as ErrorBody).error.message).toContain("larger than 1 MB");

  // No Content-Length at all: a chunked body of 3 MB, cut off once past the cap.
  let sent = 0;
  const chunked = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= 3 * 1024) return controller.close();
      sent++;
      controller.enqueue(new TextEncoder().encode(" ".repeat(1024)));
    },
  });
  const streamed = await fetch(`${BASE_URL}/api/booth/sync`, { method: "POST", headers, body: chunked, duplex: "half" } as RequestInit);
  expect(streamed.status).toBe(413);

  const deep = 400_000; // 800 KB, under the cap
  const cases: [string, number[]][] = [
    ["{", [400]],
    ["[".repeat(deep) + "]".repeat(deep), [400]],
    [`{"items":[${"[".repeat(deep / 2)}${"]".repeat(deep / 2)}]}`, [400]],
    ['"just a string"', [400, 422]],
    ["null", [400, 422]],
    ["[]", [400, 422]],
    ['{"items":"not a list"}', [422]],
    ['{"items":[]}', [422]],
  ];
  for (const [body, expected] of cases) {
    const answer = await api.post("/api/booth/sync", { data: body });
    expect(expected, `${body.slice(0, 40)} → ${answer.status()}`).toContain(answer.status());
  }
  const batch = await api.post("/api/booth/sync", { data: '{"items":[1,null,"x",{"scanId":[]}]}' });
  expect(batch.status()).toBe(200);
  const { results } = (await batch.json()) as { results: { status: number }[] };
  for (const r of results) expect([400, 422]).toContain(r.status);
  expect(results).toHaveLength(4);

  expect((await api.get("/api/ping")).status()).toBe(200);
});
