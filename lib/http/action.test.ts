import assert from "node:assert/strict";
import { test } from "node:test";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "../errors";
import { action, anyone } from "./action";

const Input = z.object({ name: z.string().trim().min(1, "Enter a name."), count: z.coerce.number().int() });
type Actor = { id: number };

/** A guard and a domain function that record their calls. */
function spies(work: (actor: Actor, data: z.output<typeof Input>) => unknown = (_, data) => `hello ${data.name}`) {
  const calls = { guard: 0, fn: [] as unknown[] };
  const guard = (): Promise<Actor> => {
    calls.guard++;
    return Promise.resolve({ id: 7 });
  };
  const fn = (actor: Actor, data: z.output<typeof Input>) => {
    calls.fn.push({ actor, data });
    return work(actor, data);
  };
  return { calls, run: action(Input, guard, fn, { invalid: "Nothing was saved: correct what is marked." }) };
}

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

test("good input: the guard's actor and the parsed data reach fn; its value is the answer", async () => {
  const { calls, run } = spies();
  assert.deepEqual(await run({ name: " Ada ", count: "3" }), { ok: true, value: "hello Ada" });
  assert.deepEqual(calls.fn, [{ actor: { id: 7 }, data: { name: "Ada", count: 3 } }]);
});

test("a form under useActionState (previous state, FormData) is read like a direct input", async () => {
  const { calls, run } = spies();
  assert.deepEqual(await run(null, form({ name: "Ada", count: "2" })), { ok: true, value: "hello Ada" });
  assert.equal(calls.guard, 1);
});

test("bad input: field errors, the form's summary, what was typed back (no password), and nothing called", async () => {
  const { calls, run } = spies();
  const answer = await run(null, form({ name: " ", count: "x", password: "hunter2hunter2" }));
  assert.equal(answer.ok, false);
  assert.ok(!answer.ok);
  assert.equal(answer.code, "invalid");
  assert.equal(answer.error, "Nothing was saved: correct what is marked.");
  assert.equal(answer.fields?.name, "Enter a name.");
  assert.ok(answer.fields?.count);
  assert.deepEqual(answer.values, { name: " ", count: "x" });
  assert.equal(calls.guard, 0);
  assert.deepEqual(calls.fn, []);
});

test("bad direct input without a summary option answers the message that names the fields", async () => {
  const run = action(Input, anyone, () => "never");
  const answer = await run({ name: "" , count: 1 });
  assert.deepEqual(answer, { ok: false, code: "invalid", error: "Please check: name: Enter a name.", fields: { name: "Enter a name." } });
});

test("guard failure: the guard's error, and fn is not called", async () => {
  let called = false;
  const guard = (): Promise<Actor> => Promise.reject(new AppError("unauthorized", "Please sign in as an organizer."));
  const run = action(Input, guard, () => (called = true));
  assert.deepEqual(await run({ name: "Ada", count: 1 }), { ok: false, code: "unauthorized", error: "Please sign in as an organizer." });
  assert.equal(called, false);
});

test("an AppError from lib: its message and code (and the typed values for a form)", async () => {
  const { run } = spies(() => {
    throw new AppError("conflict", "Booth A12 is taken.");
  });
  assert.deepEqual(await run({ name: "Ada", count: 1 }), { ok: false, code: "conflict", error: "Booth A12 is taken." });
  assert.deepEqual(await run(null, form({ name: "Ada", count: "1" })), {
    ok: false,
    code: "conflict",
    error: "Booth A12 is taken.",
    values: { name: "Ada", count: "1" },
  });
});

test("a ZodError thrown by lib answers like bad input", async () => {
  const { run } = spies(() => z.object({ email: z.email("Enter a valid email address.") }).parse({ email: "nope" }));
  const answer = await run({ name: "Ada", count: 1 });
  assert.ok(!answer.ok);
  assert.equal(answer.code, "invalid");
  assert.equal(answer.fields?.email, "Enter a valid email address.");
});

test("an unexpected error is hidden behind a generic message (and logged)", async (t) => {
  const logged = t.mock.method(console, "error", () => {});
  const { run } = spies(() => {
    throw new Error("SQLITE_CORRUPT: /var/data/fairlead.db");
  });
  const answer = await run({ name: "Ada", count: 1 });
  assert.ok(!answer.ok);
  assert.equal(answer.code, "internal");
  assert.equal(answer.error, "Something went wrong on our side. Nothing was saved; please try again.");
  assert.doesNotMatch(JSON.stringify(answer), /SQLITE|fairlead\.db/);
  assert.equal(logged.mock.callCount(), 1);
});

test("redirect() and notFound() pass through untouched", async () => {
  const redirecting = spies(() => redirect("/events/1"));
  await assert.rejects(redirecting.run({ name: "Ada", count: 1 }), (e: unknown) => (e as { digest?: string }).digest?.startsWith("NEXT_REDIRECT;") === true);
  const missing = spies(() => notFound());
  await assert.rejects(missing.run({ name: "Ada", count: 1 }), (e: unknown) => (e as { digest?: string }).digest === "NEXT_HTTP_ERROR_FALLBACK;404");
  const guardRedirects = action(Input, () => redirect("/signin"), () => "never");
  await assert.rejects(guardRedirects({ name: "Ada", count: 1 }), (e: unknown) => (e as { digest?: string }).digest?.includes("/signin") === true);
});
