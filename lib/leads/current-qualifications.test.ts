import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { OPERATOR } from "../auth/actor";
import { streamPartnerFile } from "../exports/stream-partner-file";
import { drain, readCsvFile } from "../exports/test-readers";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { readCurrentQualifications } from "./current-qualifications";
import { saveQualification } from "./save-qualification";

before(() => useTestDatabase());

test("[QUALIFY] the partner's export carries each lead's current rating and notes (empty when unrated), neutralised", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const [rated, unrated] = event.attendees;
  const consentId = decideAtBooth(device, rated!.badgeCode, "share").result.consentId;
  decideAtBooth(device, unrated!.badgeCode, "share");
  saveQualification(device, { consentId, basedOn: 0, clientId: randomUUID(), rating: "warm", notes: "first", tags: [], answers: {} });
  saveQualification(device, { consentId, basedOn: 1, clientId: randomUUID(), rating: "hot", notes: "=1+1", tags: [], answers: {} });

  const file = streamPartnerFile(OPERATOR, event.eventId, partner.id, { file: "leads", format: "csv" });
  const { header, records } = readCsvFile(await drain(file.body));
  const cells = (email: string) => {
    const row = records.find((r) => r[header.indexOf("email")] === email)!;
    return [row[header.indexOf("rating")], row[header.indexOf("notes")]];
  };
  assert.deepEqual(cells(rated!.email), ["hot", "'=1+1"], "the latest revision, formula neutralised");
  assert.deepEqual(cells(unrated!.email), ["", ""]);
  assert.deepEqual([...readCurrentQualifications(device, event.eventId, partner.id)], [[rated!.id, { consentId, rating: "hot", notes: "=1+1" }]]);
});
