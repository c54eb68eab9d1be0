import assert from "node:assert/strict";
import { before, test } from "node:test";
import { getDb } from "@/db/client";
import { OPERATOR } from "../auth/actor";
import { sha256Hex } from "../crypto";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { addNoticeVersion, currentTemplates, listNoticeVersions } from "./notice";
import { DEFAULT_NOTICES } from "./notice-text";

before(() => useTestDatabase());

test("[NOTICE] a template must say everything rule 2 asks for; a bad one changes nothing", () => {
  const event = makeEvent();
  const before = listNoticeVersions(OPERATOR, event.eventId).length;
  assert.throws(
    () => addNoticeVersion(OPERATOR, event.eventId, { language: "en", template: "{partner} wants your {fields} for {purpose}. {privacy_url} {oops}" }),
    (e: AppError) => e.code === "invalid" && /\{withdraw\} is missing/.test(e.message) && /\{oops\} is not a placeholder/.test(e.message),
  );
  assert.throws(() => addNoticeVersion(OPERATOR, event.eventId, { language: "fr", template: DEFAULT_NOTICES.en }), AppError);
  assert.equal(listNoticeVersions(OPERATOR, event.eventId).length, before);
});

test("[NOTICE] each change is a new version with its own sha256; saving the same text adds none", () => {
  const event = makeEvent();
  const edited = DEFAULT_NOTICES.en.replace("asks for", "would like");
  const v2 = addNoticeVersion(OPERATOR, event.eventId, { language: "en", template: edited });
  assert.deepEqual([v2.version, v2.created], [2, true]);
  assert.equal(addNoticeVersion(OPERATOR, event.eventId, { language: "en", template: edited }).created, false);
  const versions = listNoticeVersions(OPERATOR, event.eventId).filter((v) => v.language === "en");
  assert.deepEqual(versions.map((v) => v.version), [2, 1]);
  assert.equal(versions[0]!.sha256, sha256Hex(edited));
  assert.equal(currentTemplates(OPERATOR, event.eventId).en?.template, edited);
});

test("[NOTICE] a decision records the language and exact text the attendee chose to read", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const { screen, notice } = decideAtBooth(device, event.attendees[0]!.badgeCode, "share", { language: "de" });
  assert.deepEqual(screen.notices.map((n) => n.language), ["en", "de"]);
  assert.match(notice.text, /bittet um Ihre Kontaktdaten/);
  const stored = getDb().$client.prepare("select language, text_sha256 as sha from consent_events where event_id = ?").get(event.eventId) as { language: string; sha: string };
  assert.deepEqual(stored, { language: "de", sha: sha256Hex(notice.text) });
});

test("[NOTICE] booth devices cannot edit the notice", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  assert.throws(() => addNoticeVersion(device, event.eventId, { language: "en", template: DEFAULT_NOTICES.en }), (e: AppError) => e.code === "forbidden");
});
