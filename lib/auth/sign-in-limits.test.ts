// Issue 13 finding 4: wrong passwords slow down per account and per address, across restarts.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { closeDb } from "@/db/client";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { createOrganizer, signIn } from "./organizers";
import { SIGN_IN_ACCOUNT, SIGN_IN_ADDRESS } from "./sign-in-limits";

before(() => useTestDatabase());

const PASSWORD = "correct horse battery staple";
const T0 = Date.parse("2026-12-05T09:00:00Z");

/** The error code of an attempt, or "ok". */
async function attempt(email: string, password: string, address: string | null, at: number): Promise<string> {
  try {
    await signIn({ email, password }, address, at);
    return "ok";
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    if (error.code === "rate_limited") {
      assert.match(error.message, /^Slow down: try again in \d+ s \(sign-in attempts /);
      return `rate_limited ${error.retry!.retryAfter} s (${error.retry!.limit})`;
    }
    return error.code;
  }
}

test("[LIMIT] wrong passwords for an account: five free, then waits that double; the right one after the wait works and clears", async () => {
  await createOrganizer({ email: "ada@example.com", name: "Ada", password: PASSWORD });
  for (let i = 0; i < 5; i++) assert.equal(await attempt("ada@example.com", "wrong password", "10.0.0.1", T0 + i), "unauthorized");
  assert.equal(await attempt("ada@example.com", "wrong password", "10.0.0.2", T0 + 10), "unauthorized", "the sixth fails…");
  assert.equal(await attempt("ada@example.com", PASSWORD, "10.0.0.3", T0 + 20), `rate_limited 2 s (${SIGN_IN_ACCOUNT.name})`, "…and earns a wait, from any address, right password or not");
  assert.equal(await attempt("ada@example.com", "wrong password", "10.0.0.3", T0 + 2_010), "unauthorized");
  assert.equal(await attempt("ada@example.com", "wrong password", "10.0.0.3", T0 + 2_020), `rate_limited 4 s (${SIGN_IN_ACCOUNT.name})`, "the wait doubles");
  assert.equal(await attempt("ada@example.com", PASSWORD, "10.0.0.3", T0 + 6_010), "ok", "the right password after the wait");
  assert.equal(await attempt("ada@example.com", "wrong password", "10.0.0.3", T0 + 6_020), "unauthorized", "a success cleared the count");
  assert.equal(await attempt("ada@example.com", PASSWORD, "10.0.0.3", T0 + 6_030), "ok");
});

test("[LIMIT] the account's wait holds across a restart (a new connection) and is capped", async () => {
  await createOrganizer({ email: "grace@example.com", name: "Grace", password: PASSWORD });
  let at = T0;
  for (let i = 0; i < 20; i++) {
    assert.equal(await attempt("grace@example.com", "wrong password", null, at), "unauthorized");
    at += SIGN_IN_ACCOUNT.maxWaitSeconds * 1000; // always after the wait
  }
  closeDb();
  assert.equal(await attempt("grace@example.com", PASSWORD, null, at - SIGN_IN_ACCOUNT.maxWaitSeconds * 1000 + 1_000), `rate_limited ${SIGN_IN_ACCOUNT.maxWaitSeconds - 1} s (${SIGN_IN_ACCOUNT.name})`);
  assert.equal(await attempt("grace@example.com", PASSWORD, null, at), "ok");
});

test("[LIMIT] one address trying many accounts slows down after 20 failures; other addresses do not", async () => {
  for (let i = 0; i < SIGN_IN_ADDRESS.free + 1; i++) assert.equal(await attempt(`nobody${i}@example.com`, "guess", "192.0.2.9", T0 + i), "unauthorized");
  assert.equal(await attempt("someone@example.com", "guess", "192.0.2.9", T0 + 100), `rate_limited 1 s (${SIGN_IN_ADDRESS.name})`);
  assert.equal(await attempt("someone@example.com", "guess", "192.0.2.10", T0 + 100), "unauthorized");
});

test("[LIMIT] attempts sent at once cannot all pass before the first is counted", async () => {
  await createOrganizer({ email: "alan@example.com", name: "Alan", password: PASSWORD });
  const answers = await Promise.all(Array.from({ length: 30 }, () => attempt("alan@example.com", "wrong password", null, T0)));
  assert.equal(answers.filter((a) => a === "unauthorized").length, SIGN_IN_ACCOUNT.free + 1);
  assert.equal(answers.filter((a) => a.startsWith("rate_limited")).length, 30 - SIGN_IN_ACCOUNT.free - 1);
});
