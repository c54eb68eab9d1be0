// The refusals an attendee can meet read in their language; the server keeps its English.
// Held to the server's real messages, so a reworded server message fails here, not silently.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { AppError, toErrorBody } from "@/lib/errors";
import { useTestDatabase } from "@/lib/test/db";
import { decideAtBooth, decideOnMyPage } from "@/lib/test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "@/lib/test/fixtures";
import { ATTENDEE_ERROR_COPY } from "./attendee-error-copy";
import { attendeeError, attendeeMessage } from "./attendee-error";

before(() => useTestDatabase());

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof AppError, String(e));
    return { code: e.code, error: e.message, field: e.fields?.personalCode };
  }
  assert.fail("expected a refusal");
}

test("[I18N] a share refused after a withdrawal, and a wrong personal code, read in German; English stays the server's", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, attendeeCount: 2 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const [a, b] = event.attendees as [(typeof event.attendees)[0], (typeof event.attendees)[0]];
  decideAtBooth(device, a.badgeCode, "share");
  decideOnMyPage(attendeeFromToken(a.personalToken)!, partner.id, "decline");

  const withdrawn = refusal(() => decideAtBooth(device, a.badgeCode, "share", { language: "de" }));
  assert.equal(attendeeError(withdrawn, "en"), withdrawn.error, "English screens show the server's words");
  assert.equal(
    attendeeError({ code: "forbidden", error: withdrawn.field! }, "de"),
    ATTENDEE_ERROR_COPY.de.afterWithdrawal(a.firstName, partner.name),
  );

  const wrong = refusal(() => decideAtBooth(device, a.badgeCode, "share", { language: "de", personalCode: b.personalToken }));
  assert.equal(attendeeMessage(wrong.field!, "de"), ATTENDEE_ERROR_COPY.de.wrongCode(a.firstName));
});

test("[I18N] any other refusal reads as a German sentence for its code, never the English message", () => {
  const { body } = toErrorBody(new AppError("conflict", "Some English detail the organizer reads."));
  const german = attendeeError({ code: body.error.code, error: body.error.message }, "de");
  assert.equal(german, ATTENDEE_ERROR_COPY.de.byCode.conflict);
  assert.equal(attendeeError({ code: "conflict", error: "The notice changed since this page was opened. Please reload it and decide again." }, "de"), ATTENDEE_ERROR_COPY.de.noticeChanged);
});
