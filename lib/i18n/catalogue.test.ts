// Every attendee-facing message exists in English and German, the German is German, and the
// button the notice tells the attendee to tap is on their page (issue 12 §3).
import assert from "node:assert/strict";
import { test } from "node:test";
import { LANGUAGES } from "@/lib/consent/notice-text";
import { CATALOGUE } from "./catalogue";
import { englishOnlyFragments, keyPaths, leaves } from "./catalogue-strings";
import { formatDate, formatDateTime } from "./format-date";
import { translatedText } from "./translated";

test("[I18N] every message key of every attendee copy exists in both languages, none empty", () => {
  for (const [name, copy] of Object.entries(CATALOGUE)) {
    assert.deepEqual(keyPaths(copy.de).sort(), keyPaths(copy.en).sort(), `${name}: the same keys in en and de`);
    for (const language of LANGUAGES) {
      for (const { key, text } of leaves(copy[language])) {
        // The one empty leaf by design: English needs no "(in English)" mark.
        if (name === "consent" && key === "inEnglish" && language === "en") continue;
        if (/\.\d+$/.test(key)) continue; // a line of an email: blank lines are its paragraphs
        assert.ok(text.trim().length > 0, `${name}.${key} (${language}) is empty`);
      }
    }
  }
});

test("[I18N] the German copy is German: no English sentence left, formal Sie, Schaltfläche not Taste", () => {
  const german = Object.values(CATALOGUE).flatMap((c) => leaves(c.de).map((l) => l.text));
  for (const text of german) {
    assert.doesNotMatch(text, /\bTaste\b/, text);
    assert.doesNotMatch(text, /\b(du|dich|dein|deine|dir)\b/i, `informal: ${text}`);
    assert.doesNotMatch(text, /\b(the|your|you|and|with)\b/, `English in German copy: ${text}`);
  }
  // What the e2e test looks for on German pages exists and is not trivial.
  assert.ok(englishOnlyFragments(CATALOGUE).includes("Partners you met"));
});

test("[I18N] one date format per language, in UTC and saying so, whatever the machine's locale", () => {
  const at = new Date("2026-12-05T14:05:09Z");
  const utc = { timeZone: "UTC" };
  assert.equal(formatDateTime(at, "en", utc), "5 December 2026, 14:05 UTC");
  assert.equal(formatDateTime(at, "de", utc), "5. Dezember 2026, 14:05 Uhr UTC");
  assert.equal(formatDateTime(at, "de", { ...utc, seconds: true }), "5. Dezember 2026, 14:05:09 Uhr UTC");
  assert.equal(formatDate("2026-03-01T00:30:00Z", "de", utc), "1. März 2026");
});

test("[I18N] in the event's zone: the local day and time, and which zone, by name or offset", () => {
  const winter = new Date("2026-12-05T14:05:09Z");
  const summer = new Date("2026-07-05T14:05:09Z");
  const berlin = { timeZone: "Europe/Berlin" };
  assert.equal(formatDateTime(winter, "en", berlin), "5 December 2026, 15:05 CET");
  assert.equal(formatDateTime(winter, "de", berlin), "5. Dezember 2026, 15:05 Uhr MEZ");
  assert.equal(formatDateTime(summer, "en", berlin), "5 July 2026, 16:05 CEST");
  assert.equal(formatDateTime(summer, "de", { ...berlin, seconds: true }), "5. Juli 2026, 16:05:09 Uhr MESZ");
  assert.equal(formatDateTime(winter, "en", { timeZone: "America/New_York" }), "5 December 2026, 09:05 EST");
  assert.equal(formatDateTime(winter, "de", { timeZone: "America/New_York" }), "5. Dezember 2026, 09:05 Uhr GMT-5");
  assert.equal(formatDateTime(winter, "en", { timeZone: "Asia/Tokyo" }), "5 December 2026, 23:05 GMT+9");
  assert.equal(formatDateTime(winter, "en", { timeZone: "Asia/Kolkata" }), "5 December 2026, 19:35 GMT+5:30");
  assert.equal(formatDateTime(winter, "en", { timeZone: "UTC" }), "5 December 2026, 14:05 UTC");
  // Midnight is 00, never 24; the calendar day is the zone's.
  assert.equal(formatDateTime("2026-12-05T23:30:00Z", "en", berlin), "6 December 2026, 00:30 CET");
  assert.equal(formatDate("2026-12-05T23:30:00Z", "de", berlin), "6. Dezember 2026");
  assert.equal(formatDate("2026-12-05T23:30:00Z", "de", { timeZone: "UTC" }), "5. Dezember 2026");
});

test("[I18N] a missing German organizer text falls back to the English one, marked", () => {
  assert.equal(translatedText("Product demos", null, "de"), "Product demos (auf Englisch)");
  assert.equal(translatedText("Product demos", "  ", "de"), "Product demos (auf Englisch)");
  assert.equal(translatedText("Product demos", "Produktvorführungen", "de"), "Produktvorführungen");
  assert.equal(translatedText("Product demos", "Produktvorführungen", "en"), "Product demos");
});
