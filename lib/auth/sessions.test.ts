import assert from "node:assert/strict";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { count as sqlCount, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { sha256Hex } from "../crypto";
import { AppError } from "../errors";
import { makeDevice, makeEvent } from "../test/fixtures";
import { createOrganizer, signIn } from "./organizers";
import { SESSION_DAYS, createSession, deviceFromSession, endSession, organizerFromSession } from "./sessions";

before(() => useTestDatabase());

const PASSWORD = "correct horse battery staple";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const sessionCount = () => getDb().select({ n: sqlCount() }).from(sessions).get()!.n;
const hashOf = (email: string) => getDb().select({ h: users.passwordHash }).from(users).where(eq(users.email, email)).get()!.h;

test("[AUTH] the right password opens a session that names the organizer", async () => {
  const { id } = await createOrganizer({ email: "grace@example.com", name: "Grace Hopper", password: PASSWORD });
  const session = await signIn({ email: "grace@example.com", password: PASSWORD });
  assert.deepEqual(organizerFromSession(session.token), { kind: "organizer", userId: id, email: "grace@example.com", name: "Grace Hopper" });
  const days = (session.expiresAt.getTime() - Date.now()) / DAY;
  assert.ok(days > SESSION_DAYS.organizer - 0.01 && days <= SESSION_DAYS.organizer, `expires in ${days} days`);
});

test("[AUTH] a wrong password and an unknown email fail the same way and open no session", async () => {
  await createOrganizer({ email: "alan@example.com", name: "Alan Turing", password: PASSWORD });
  const before = sessionCount();
  const failure = async (input: { email: string; password: string }) => {
    const error = await signIn(input).then(() => null, (e: unknown) => e);
    assert.ok(error instanceof AppError, `signIn(${input.email}) should fail`);
    return [error.code, error.message];
  };
  const wrongPassword = await failure({ email: "alan@example.com", password: "not the password" });
  const unknownEmail = await failure({ email: "nobody@example.com", password: PASSWORD });
  assert.equal(wrongPassword[0], "unauthorized");
  assert.deepEqual(unknownEmail, wrongPassword, "no hint about which accounts exist");
  assert.equal(sessionCount(), before);
});

test("[AUTH] ending a session makes its token useless at once", async () => {
  await createOrganizer({ email: "ada@example.com", name: "Ada", password: PASSWORD });
  const session = await signIn({ email: "ada@example.com", password: PASSWORD });
  const other = await signIn({ email: "ada@example.com", password: PASSWORD });
  assert.ok(organizerFromSession(session.token));
  endSession(session.token);
  assert.equal(organizerFromSession(session.token), null);
  assert.equal(getDb().select().from(sessions).where(eq(sessions.idHash, sha256Hex(session.token))).get(), undefined);
  assert.ok(organizerFromSession(other.token), "the same organizer's other session is untouched");
});

test("[AUTH] expired sessions are refused", async () => {
  const { id } = await createOrganizer({ email: "edsger@example.com", name: "Edsger", password: PASSWORD });
  const now = new Date();
  const session = createSession({ kind: "organizer", userId: id }, now);
  // Used every 11 hours (within the idle time), it lives to its last day and not a moment longer.
  const justBefore = new Date(session.expiresAt.getTime() - 1);
  for (let t = now.getTime(); t < justBefore.getTime(); t += 11 * HOUR) assert.ok(organizerFromSession(session.token, new Date(t)), `in use at ${new Date(t).toISOString()}`);
  assert.equal(organizerFromSession(session.token, justBefore)?.userId, id);
  assert.equal(organizerFromSession(session.token, session.expiresAt), null);
  const old = createSession({ kind: "organizer", userId: id }, new Date(now.getTime() - (SESSION_DAYS.organizer + 1) * DAY));
  assert.equal(organizerFromSession(old.token), null);

  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  assert.equal(deviceFromSession(device.sessionToken, new Date(now.getTime() + (SESSION_DAYS.device + 1) * DAY)), null);
});

test("[AUTH] a device's session is not an organizer's, nor the other way round", async () => {
  const { id } = await createOrganizer({ email: "barbara@example.com", name: "Barbara", password: PASSWORD });
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  assert.equal(organizerFromSession(device.sessionToken), null);
  assert.equal(deviceFromSession(createSession({ kind: "organizer", userId: id }).token), null);
});

test("[AUTH] the database holds the token's sha256, never the token", async () => {
  const { id } = await createOrganizer({ email: "niklaus@example.com", name: "Niklaus", password: PASSWORD });
  const session = await signIn({ email: "niklaus@example.com", password: PASSWORD });
  const mine = getDb().select().from(sessions).where(eq(sessions.userId, id)).all();
  assert.deepEqual(mine.map((s) => s.idHash), [sha256Hex(session.token)]);
  assert.ok(session.token.length >= 43, "at least 256 bits");
  const dump = JSON.stringify(getDb().$client.prepare("select * from sessions").all());
  assert.ok(!dump.includes(session.token));
});

test("[AUTH] passwords are stored as salted scrypt hashes", async () => {
  await createOrganizer({ email: "one@example.com", name: "One", password: PASSWORD });
  await createOrganizer({ email: "two@example.com", name: "Two", password: PASSWORD });
  const [h1, h2] = [hashOf("one@example.com"), hashOf("two@example.com")];
  assert.ok(h1.startsWith("scrypt$") && h2.startsWith("scrypt$"), h1);
  assert.notEqual(h1, h2, "same password, different salt");
  assert.ok(!h1.includes(PASSWORD));
});

test("[AUTH] emails are trimmed and lowercased, at creation and at sign-in", async () => {
  await createOrganizer({ email: "  Foo@Example.COM ", name: "Foo", password: PASSWORD });
  assert.ok(hashOf("foo@example.com"), "stored normalised");
  const session = await signIn({ email: " Foo@Example.COM ", password: PASSWORD });
  assert.equal(organizerFromSession(session.token)?.email, "foo@example.com");
  await assert.rejects(createOrganizer({ email: "FOO@example.com", name: "Foo again", password: PASSWORD }), (e: unknown) => e instanceof AppError && e.code === "conflict");
});
