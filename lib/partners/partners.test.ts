import assert from "node:assert/strict";
import { before, test } from "node:test";
import { OPERATOR } from "../auth/actor";
import { listAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { createPartner, listPartners, updatePartner } from "./partners";

before(() => useTestDatabase());

const valid = { name: "Woodgrove", booth: "C3", contactEmail: "", privacyUrl: "https://woodgrove.example/privacy", purpose: "Send the report." };

test("[PARTNERS] create and edit a partner; the next consent screen says the new words, earlier decisions keep theirs", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer });
  const partner = createPartner(organizer, event.eventId, valid);
  assert.equal(partner.contactEmail, null, "an empty form field means no email");
  const device = makeDevice(event.eventId, partner.id);
  const first = decideAtBooth(device, event.attendees[0]!.badgeCode, "share").notice;

  // The first attendee's share stands on the old words: the change asks, then ends it (docs/decisions/023).
  const asked = updatePartner(organizer, event.eventId, partner.id, { ...valid, purpose: "Invite you to a webinar." });
  assert.deepEqual(asked, { confirm: { lapsing: 1, changed: ["purpose"] } });
  updatePartner(organizer, event.eventId, partner.id, { ...valid, purpose: "Invite you to a webinar." }, { confirmLapses: 1 });
  const next = decideAtBooth(device, event.attendees[1]!.badgeCode, "share").notice;
  assert.match(next.text, /Invite you to a webinar/);
  assert.match(first.text, /Send the report/);
  assert.notEqual(first.sha256, next.sha256);

  const log = listAudit(organizer, event.eventId).map((a) => a.action).filter((a) => a.startsWith("partners."));
  assert.deepEqual(log.slice(0, 2), ["partners.update", "partners.create"]);
  assert.deepEqual(listAudit(organizer, event.eventId)[0]!.details, { changed: ["purpose"] });
});

test("[PARTNERS] bad input names the field and changes nothing; names stay unique; devices cannot edit", () => {
  const event = makeEvent();
  const before = listPartners(OPERATOR, event.eventId);
  assert.throws(
    () => createPartner(OPERATOR, event.eventId, { ...valid, privacyUrl: "not a link", booth: "" }),
    (e: AppError) => e.code === "invalid" && !!e.fields?.privacyUrl && !!e.fields?.booth,
  );
  const name = event.partners[1]!.name.toUpperCase();
  assert.throws(() => updatePartner(OPERATOR, event.eventId, event.partners[0]!.id, { ...valid, name }), (e: AppError) => e.code === "conflict");
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  assert.throws(() => updatePartner(device, event.eventId, event.partners[0]!.id, valid), (e: AppError) => e.code === "forbidden");
  assert.deepEqual(listPartners(OPERATOR, event.eventId), before);
});
