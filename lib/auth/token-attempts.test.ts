import assert from "node:assert/strict";
import { before, test } from "node:test";
import { closeDb } from "@/db/client";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { TOKEN_ATTEMPTS, withTokenLimit } from "./token-attempts";

before(() => useTestDatabase());

const T0 = Date.parse("2026-12-05T09:00:00Z");
const gone = () => {
  throw new AppError("gone", "This link does not work.");
};
const codeOf = (run: () => unknown) => {
  try {
    run();
    return "ok";
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
};

test("[LIMIT] failed token attempts from one address: 30, then one a minute; the limit holds valid tokens too, other addresses not", () => {
  for (let i = 0; i < TOKEN_ATTEMPTS.capacity; i += 2) {
    assert.equal(withTokenLimit("198.51.100.7", () => null, T0 + i), null, "an unknown token (null)");
    assert.equal(codeOf(() => withTokenLimit("198.51.100.7", gone, T0 + i)), "gone", "a used or expired link");
  }
  assert.equal(codeOf(() => withTokenLimit("198.51.100.7", gone, T0 + 40)), "rate_limited");
  closeDb(); // a restart changes nothing
  assert.equal(codeOf(() => withTokenLimit("198.51.100.7", () => "valid", T0 + 100)), "rate_limited");
  assert.equal(codeOf(() => withTokenLimit("198.51.100.8", () => "valid", T0 + 100)), "ok");
  assert.equal(withTokenLimit("198.51.100.7", () => "valid", T0 + 100 + 60_000), "valid", "a minute later, one more");
});

test("[LIMIT] valid tokens opened again and again from one address cost nothing", () => {
  for (let i = 0; i < 200; i++) assert.equal(withTokenLimit("203.0.113.5", () => "valid", T0 + i), "valid");
  assert.equal(withTokenLimit(null, () => null, T0), null, "no address known: not limited");
});
