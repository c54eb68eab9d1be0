import assert from "node:assert/strict";
import { before, test } from "node:test";
import { OPERATOR } from "./actor";
import { AppError } from "../errors";
import { listAudit } from "../audit/record-audit";
import { listEvents } from "../events/events";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { acceptInvite, createInvite, describeInvite, listOrganizers } from "./invites";
import { organizerFromSession } from "./sessions";

before(() => useTestDatabase());

const tokenOf = (path: string) => path.split("/").pop()!;

test("[ORGANIZERS] an invited newcomer creates an account, joins the event once, and the log says who", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const invite = createInvite(owner, event.eventId, { email: " New.Person@Example.com " });
  assert.equal(invite.email, "new.person@example.com");
  const token = tokenOf(invite.path);
  assert.deepEqual(describeInvite(token), { eventName: `Event ${event.slug}`, email: "new.person@example.com", hasAccount: false });

  await assert.rejects(acceptInvite({ token, password: "long enough password" }), (e: AppError) => e.code === "invalid");
  const session = await acceptInvite({ token, name: "New Person", password: "long enough password" });
  const actor = organizerFromSession(session.token)!;
  assert.deepEqual(listEvents(actor).map((e) => e.id), [event.eventId]);
  await assert.rejects(acceptInvite({ token, name: "Again", password: "long enough password" }), (e: AppError) => e.code === "gone");

  assert.deepEqual(listOrganizers(owner, event.eventId).members.map((m) => m.email).sort(), [owner.email, "new.person@example.com"].sort());
  const actions = listAudit(owner, event.eventId).map((a) => [a.action, a.actorLabel, a.subject]);
  assert.deepEqual(actions.slice(0, 2), [
    ["organizers.join", "organizer:new.person@example.com", "new.person@example.com"],
    ["organizers.invite", `organizer:${owner.email}`, "new.person@example.com"],
  ]);
});

test("[ORGANIZERS] an existing account joins with its own password only; members and outsiders cannot misuse invites", async () => {
  const owner = await makeOrganizer();
  const other = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const token = tokenOf(createInvite(owner, event.eventId, { email: other.email }).path);
  assert.equal(describeInvite(token).hasAccount, true);
  await assert.rejects(acceptInvite({ token, password: "wrong password!!" }), (e: AppError) => e.code === "unauthorized");
  await acceptInvite({ token, password: "correct horse battery" });
  assert.throws(() => createInvite(owner, event.eventId, { email: other.email }), (e: AppError) => e.code === "conflict");

  const stranger = await makeOrganizer();
  assert.throws(() => createInvite(stranger, event.eventId, { email: "x@example.com" }), (e: AppError) => e.code === "not_found");
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  assert.throws(() => createInvite(device, event.eventId, { email: "x@example.com" }), (e: AppError) => e.code === "forbidden");
  assert.throws(() => describeInvite("not-a-token-that-exists-anywhere"), (e: AppError) => e.code === "gone");
});

test("[ORGANIZERS] an expired invitation is refused", () => {
  const event = makeEvent();
  const invite = createInvite(OPERATOR, event.eventId, { email: "late@example.com" }, new Date(Date.now() - 8 * 86_400_000));
  assert.throws(() => describeInvite(tokenOf(invite.path)), (e: AppError) => e.code === "gone");
});

test("[LIMIT] an invitation is no way round sign-in's limits: guessing an existing account's password there counts and waits like sign-in", async () => {
  const owner = await makeOrganizer();
  const other = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const token = tokenOf(createInvite(owner, event.eventId, { email: other.email }).path);
  const at = (ms: number) => new Date(Date.now() + ms);
  for (let i = 0; i < 6; i++) {
    await assert.rejects(acceptInvite({ token, password: `wrong password ${i}` }, at(i), "10.9.9.9"), (e: AppError) => e.code === "unauthorized");
  }
  await assert.rejects(
    acceptInvite({ token, password: "correct horse battery" }, at(10), "10.9.9.8"),
    (e: AppError) => e.code === "rate_limited" && /sign-in attempts for this account/.test(e.message),
    "the account waits, whichever address asks",
  );
  assert.equal(describeInvite(token).hasAccount, true, "nothing was used up");
  const session = await acceptInvite({ token, password: "correct horse battery" }, at(3_000), "10.9.9.8");
  assert.equal(session.eventId, event.eventId, "the right password after the wait joins");
});
