import assert from "node:assert/strict";
import { before, test } from "node:test";
import { OPERATOR } from "./actor";
import { AppError } from "../errors";
import { listAudit } from "../audit/record-audit";
import { addOrganizerToEvent, listEvents } from "../events/events";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { acceptInvite, createInvite, describeInvite, listOrganizers } from "./invites";
import { cancelOrganizerInvite } from "./cancel-organizer-invite";
import { removeOrganizer } from "./remove-organizer";

before(() => useTestDatabase());

const fails = (code: string) => (e: AppError) => e.code === code;

test("[ORGANIZERS] an organizer removes another one, who loses the event at once; the log says who and whom", async () => {
  const owner = await makeOrganizer();
  const other = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  addOrganizerToEvent(OPERATOR, event.eventId, other.userId);
  assert.deepEqual(listEvents(other).map((e) => e.id), [event.eventId]);

  assert.deepEqual(removeOrganizer(owner, event.eventId, { userId: other.userId }), { email: other.email, left: false });
  assert.deepEqual(listEvents(other), []);
  assert.deepEqual(listOrganizers(owner, event.eventId).members.map((m) => m.email), [owner.email]);
  assert.throws(() => removeOrganizer(other, event.eventId, { userId: owner.userId }), fails("not_found"));
  const [last] = listAudit(owner, event.eventId);
  assert.deepEqual([last!.action, last!.actorLabel, last!.subject], ["organizers.remove", `organizer:${owner.email}`, other.email]);
  // Gone already: nothing to remove, nothing logged.
  assert.throws(() => removeOrganizer(owner, event.eventId, { userId: other.userId }), fails("not_found"));
});

test("[ORGANIZERS] the last organizer stays, and leaving oneself needs its own confirmation", async () => {
  const owner = await makeOrganizer();
  const other = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  assert.throws(() => removeOrganizer(owner, event.eventId, { userId: owner.userId, leave: "yes" }), fails("conflict"));
  assert.throws(() => removeOrganizer(OPERATOR, event.eventId, { userId: owner.userId }), fails("conflict"));
  addOrganizerToEvent(OPERATOR, event.eventId, other.userId);
  assert.throws(() => removeOrganizer(owner, event.eventId, { userId: owner.userId }), fails("invalid"));
  assert.equal(listOrganizers(owner, event.eventId).members.length, 2);
  assert.deepEqual(removeOrganizer(owner, event.eventId, { userId: owner.userId, leave: "yes" }), { email: owner.email, left: true });
  assert.deepEqual(listEvents(owner), []);
  assert.equal(listAudit(other, event.eventId)[0]!.action, "organizers.leave");
  // The one left cannot go as well.
  assert.throws(() => removeOrganizer(other, event.eventId, { userId: other.userId, leave: "yes" }), fails("conflict"));
});

test("[ORGANIZERS] only an organizer of the event removes or cancels; another event's ids are not found", async () => {
  const owner = await makeOrganizer();
  const stranger = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const elsewhere = makeEvent({ organizer: stranger });
  addOrganizerToEvent(OPERATOR, event.eventId, (await makeOrganizer()).userId);
  const invite = createInvite(owner, event.eventId, { email: "pending@example.com" });
  const inviteId = listOrganizers(owner, event.eventId).pending[0]!.id;
  assert.throws(() => removeOrganizer(stranger, event.eventId, { userId: owner.userId }), fails("not_found"));
  assert.throws(() => cancelOrganizerInvite(stranger, event.eventId, { inviteId }), fails("not_found"));
  assert.throws(() => cancelOrganizerInvite(stranger, elsewhere.eventId, { inviteId }), fails("not_found"));
  assert.throws(() => removeOrganizer(stranger, elsewhere.eventId, { userId: owner.userId }), fails("not_found"));
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  assert.throws(() => removeOrganizer(device, event.eventId, { userId: owner.userId }), fails("forbidden"));
  assert.throws(() => cancelOrganizerInvite(device, event.eventId, { inviteId }), fails("forbidden"));
  assert.equal(describeInvite(invite.path.split("/").pop()!).email, "pending@example.com");
});

test("[ORGANIZERS] a cancelled invitation's link stops working at once; a used one cannot be cancelled", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const token = createInvite(owner, event.eventId, { email: "cancel.me@example.com" }).path.split("/").pop()!;
  const inviteId = listOrganizers(owner, event.eventId).pending[0]!.id;
  assert.deepEqual(cancelOrganizerInvite(owner, event.eventId, { inviteId }), { email: "cancel.me@example.com" });
  assert.throws(() => describeInvite(token), fails("gone"));
  await assert.rejects(acceptInvite({ token, name: "Late", password: "long enough password" }), fails("gone"));
  assert.deepEqual(listOrganizers(owner, event.eventId).pending, []);
  const [last] = listAudit(owner, event.eventId);
  assert.deepEqual([last!.action, last!.subject], ["organizers.cancel_invite", "cancel.me@example.com"]);

  const used = createInvite(owner, event.eventId, { email: "joins@example.com" }).path.split("/").pop()!;
  const usedId = listOrganizers(owner, event.eventId).pending[0]!.id;
  await acceptInvite({ token: used, name: "Joined", password: "long enough password" });
  assert.throws(() => cancelOrganizerInvite(owner, event.eventId, { inviteId: usedId }), fails("not_found"));
});
