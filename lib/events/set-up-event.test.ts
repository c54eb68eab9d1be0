// Creating an event from the console: the details in one transaction, the creator its owner,
// the chosen notices, an audit row; refusals leave nothing behind.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, consentNotices, eventOrganizers, events } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { readEventLegal } from "../parties/set-legal-details";
import { getEvent, listEvents } from "./events";
import { setUpEvent } from "./set-up-event";

before(() => useTestDatabase());

const refusedWith = (code: string, field?: string) => (e: unknown) =>
  e instanceof AppError && e.code === code && (field === undefined || Boolean(e.fields?.[field]));

test("[EVENTS] an organizer creates an event with its dates, legal details, retention and languages; they own it", async () => {
  const organizer = await makeOrganizer();
  const event = setUpEvent(organizer, {
    name: "Ådalen Expo",
    slug: " Adalen-2027 ",
    startsOn: "2027-05-04",
    endsOn: "2027-05-06",
    legalName: "Ådalen Events AB",
    legalContactEmail: "DPO@Adalen.example",
    partyType: "company",
    jurisdiction: "se",
    timeZone: "Europe/Stockholm",
    retentionDays: "30",
    languages: ["de"],
  });
  assert.equal(event.slug, "adalen-2027");
  assert.deepEqual(listEvents(organizer).map((e) => e.id), [event.id]);
  const legal = readEventLegal(organizer, event.id);
  assert.equal(legal.legalName, "Ådalen Events AB");
  assert.equal(legal.legalContactEmail, "dpo@adalen.example");
  assert.equal(legal.jurisdiction, "SE");
  assert.equal(legal.endsOn, "2027-05-06");
  assert.equal(legal.retentionDays, 30);
  assert.equal(legal.storageLocation, null);
  assert.equal(getEvent(organizer, event.id).timeZone, "Europe/Stockholm");
  const db = getDb();
  const notices = db.select({ language: consentNotices.language }).from(consentNotices).where(eq(consentNotices.eventId, event.id)).all();
  assert.deepEqual(notices.map((n) => n.language), ["de"]);
  const role = db.select({ role: eventOrganizers.role }).from(eventOrganizers).where(eq(eventOrganizers.eventId, event.id)).get();
  assert.equal(role?.role, "owner");
  const audit = db.select().from(auditLog).where(and(eq(auditLog.eventId, event.id), eq(auditLog.action, "events.create"))).all();
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.userId, organizer.userId);
  assert.deepEqual(audit[0]!.details, { languages: ["de"], retentionDays: 30, timeZone: "Europe/Stockholm" });
});

test("[EVENTS] blank optional fields are 'not stated'; the retention period defaults to 90 days", () => {
  const event = setUpEvent(OPERATOR, { name: "Plain", slug: "plain-expo", startsOn: "", endsOn: "", legalName: "", retentionDays: "", languages: ["en", "de"] });
  const row = getDb().select().from(events).where(eq(events.id, event.id)).get()!;
  assert.equal(row.startsOn, null);
  assert.equal(row.legalName, null);
  assert.equal(row.retentionDays, 90);
  assert.equal(row.timeZone, "UTC", "no zone picked: UTC, as every event before zones");
});

test("[EVENTS] refusals name the field and write nothing", async () => {
  const organizer = await makeOrganizer();
  const before = getDb().select({ n: count() }).from(events).get()!.n;
  const base = { name: "Refused", slug: "refused-expo", languages: ["en"] as ("en" | "de")[] };
  assert.throws(() => setUpEvent(organizer, { ...base, languages: [] }), refusedWith("invalid", "languages"));
  assert.throws(() => setUpEvent(organizer, { ...base, startsOn: "2027-05-04", endsOn: "2027-05-03" }), refusedWith("invalid", "endsOn"));
  assert.throws(() => setUpEvent(organizer, { ...base, endsOn: "2027-05-03" }), refusedWith("invalid", "startsOn"));
  assert.throws(() => setUpEvent(organizer, { ...base, name: "Bad\u202Ename" }), refusedWith("invalid", "name"));
  assert.throws(() => setUpEvent(organizer, { ...base, slug: "Not a slug!" }), refusedWith("invalid", "slug"));
  assert.throws(() => setUpEvent(organizer, { ...base, retentionDays: "0" }), refusedWith("invalid", "retentionDays"));
  assert.throws(() => setUpEvent(organizer, { ...base, timeZone: "Mars/Olympus_Mons" }), refusedWith("invalid", "timeZone"));
  assert.throws(() => setUpEvent(organizer, { ...base, timeZone: "CET+1" }), refusedWith("invalid", "timeZone"));
  assert.throws(() => setUpEvent(organizer, { ...base, slug: "plain-expo" }), refusedWith("conflict"));
  assert.equal(getDb().select({ n: count() }).from(events).get()!.n, before);
});

test("[EVENTS] a booth phone cannot create an event", () => {
  const other = makeEvent({ partnerCount: 1, attendeeCount: 0 });
  const phone = makeDevice(other.eventId, other.partners[0]!.id);
  assert.throws(() => setUpEvent(phone, { name: "Phone's", slug: "phones-expo", languages: ["en"] }), refusedWith("forbidden"));
});
