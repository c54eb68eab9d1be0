// Issue 15 §2: a typed code one character off the badge this phone's camera read last is
// answered with that badge's code; nothing else is ever suggested, and the hint costs nothing
// beyond the typed miss the badge-lookup limit already charges.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { formatBadgeCode } from "../badges/badge-code";
import type { ItemResult } from "../sync/sync-result";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent } from "../test/fixtures";
import { recordBoothItems } from "./record-booth-items";
import { limitKey } from "../rate-limit/limit-store";
import { BADGE_LOOKUPS, LOOKUP_COST } from "./lookup-limits";
import { HINT_WINDOW_MS, oneEditApart } from "./typed-code-hint";

before(() => useTestDatabase());

const T0 = Date.parse("2026-12-05T09:00:00Z");
const at = (ms: number) => new Date(T0 + ms);
const read = (code: string, ms: number, source: "camera" | "typed") => ({ scanId: randomUUID(), code, scannedAt: at(ms).toISOString(), source });
const slip = (code: string, i = 7) => code.slice(0, i) + (code[i] === "Z" ? "Y" : "Z") + code.slice(i + 1);
const refusal = (r: ItemResult) => {
  assert.ok(!r.ok);
  return r;
};

test("[SCAN] one edit apart: a character replaced, added or left out, never equal", () => {
  assert.equal(oneEditApart("ABCDE", "ABXDE"), true);
  assert.equal(oneEditApart("ABCDE", "ABCDEF"), true);
  assert.equal(oneEditApart("ABCDE", "ACDE"), true);
  assert.equal(oneEditApart("ABCDE", "ABCDE"), false);
  assert.equal(oneEditApart("ABCDE", "AXCDY"), false);
  assert.equal(oneEditApart("ABCDE", "ABC"), false);
  assert.equal(oneEditApart("ABCDE", "BACDE"), false);
});

test("[SCAN] a typed slip on the badge the camera just read gets that badge's code; the same slip on another badge gets nothing", () => {
  const event = makeEvent({ attendeeCount: 3 });
  const [seen, other] = event.attendees;
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  const elsewhere = makeDevice(event.eventId, event.partners[1]!.id);
  assert.ok(recordBoothItems(phone, [read(seen!.badgeCode, 0, "camera")], at(0))[0]!.ok);

  // Typed as staff would, lower case and grouped, with one letter wrong.
  const typed = formatBadgeCode(slip(seen!.badgeCode)).toLowerCase();
  const miss = refusal(recordBoothItems(phone, [read(typed, 1_000, "typed")], at(1_000))[0]!);
  assert.equal(miss.status, 404);
  assert.equal(miss.fields?.suggestion, formatBadgeCode(seen!.badgeCode));
  assert.match(miss.message, /^This badge is not registered for this event\..* Did you mean /);

  // A slip on a badge this phone's camera did not read last: no hint, whoever it belongs to.
  const notSeen = refusal(recordBoothItems(phone, [read(slip(other!.badgeCode), 2_000, "typed")], at(2_000))[0]!);
  assert.equal(notSeen.fields, undefined);
  // Another phone typing the same slip learns nothing: the camera read was not its own.
  const otherPhone = refusal(recordBoothItems(elsewhere, [read(typed, 2_000, "typed")], at(2_000))[0]!);
  assert.equal(otherPhone.fields, undefined);
  // A camera read of a wrong code is not a typed slip: no hint.
  const cameraMiss = refusal(recordBoothItems(phone, [read(slip(seen!.badgeCode), 3_000, "camera")], at(3_000))[0]!);
  assert.equal(cameraMiss.fields, undefined);
  // Two characters off: no hint.
  const twoOff = refusal(recordBoothItems(phone, [read(slip(slip(seen!.badgeCode), 12), 4_000, "typed")], at(4_000))[0]!);
  assert.equal(twoOff.fields, undefined);
  // Once the camera read is older than the window, no hint.
  const late = refusal(recordBoothItems(phone, [read(typed, HINT_WINDOW_MS + 10, "typed")], at(HINT_WINDOW_MS + 10))[0]!);
  assert.equal(late.fields, undefined);
});

test("[LIMIT] a hinted typed miss costs what any typed miss costs", () => {
  const event = makeEvent({ attendeeCount: 2 });
  const seen = event.attendees[0]!;
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  recordBoothItems(phone, [read(seen.badgeCode, 0, "camera")], at(0));
  const level = () => getDb().select({ level: rateLimits.level }).from(rateLimits).where(eq(rateLimits.key, limitKey(BADGE_LOOKUPS, `device:${phone.deviceId}`))).get()!.level;
  const before = level();
  const miss = refusal(recordBoothItems(phone, [read(slip(seen.badgeCode), 0, "typed")], at(0))[0]!);
  assert.ok(miss.fields?.suggestion);
  assert.equal(level() - before, LOOKUP_COST.typed.miss);
});
