import assert from "node:assert/strict";
import { test } from "node:test";
import { describeAbout, describeWhat, describeWho } from "./describe-audit";

const entry = (action: string, subject: string | null, details: Record<string, unknown> | null = null) => ({ action, subject, details });

test("[AUDIT] exports read as sentences: which file, for whom, how many rows, under which checkpoint", () => {
  const file = entry("exports.file", "partner 12 Ådalen Möbel", { exportId: 40, format: "suppression_xlsx", rows: 3, sha256: "ab".repeat(32), checkpointId: 7 });
  assert.equal(describeWhat(file), "Exported the suppression list (Excel)");
  assert.equal(describeAbout(file), "Ådalen Möbel (partner 12): 3 rows; export 40; under ledger checkpoint 7");
  const since = entry("exports.file", "partner 3 Northwind", { exportId: 41, format: "hubspot_csv", rows: 1, checkpointId: null, since: "last", sinceExportId: 30 });
  assert.equal(describeWhat(since), "Exported leads for HubSpot (CSV), new since the last export");
  assert.equal(describeAbout(since), "Northwind (partner 3): 1 row; export 41; after export 30");
  const zip = entry("exports.zip", "2 partners", { partners: 2, files: 4, leads: 9, complete: false, exportIds: [5, 8] });
  assert.equal(describeWhat(zip), "Exported every partner's leads and suppression list (ZIP)");
  assert.equal(describeAbout(zip), "2 partners: 4 files; 9 leads; exports 5 to 8; interrupted: only the files sent before the break are recorded");
  assert.equal(describeAbout(entry("exports.badge_codes", null, { rows: 120 })), "120 attendees");
});

test("[AUDIT] other actions' details become words, never JSON; an unknown action still reads", () => {
  const legal = entry("events.legal", "event 4", { changed: ["legalName", "privacyContact"] });
  assert.equal(describeWhat(legal), "Changed the event's legal details");
  assert.equal(describeAbout(legal), "event 4: changed: legal name, privacy contact");
  const pairing = entry("devices.pairing-link", "partner 2", { expiresAt: "2026-03-14T17:45:12.000Z" });
  assert.equal(describeAbout(pairing), "partner 2: expires at: 2026-03-14 17:45 UTC");
  const agreement = entry("agreement.publish", "version 2", { sha256: { en: "cd".repeat(32), de: "ef".repeat(32) } });
  assert.equal(describeAbout(agreement), `version 2: sha256: en ${"cd".repeat(6)}…, de ${"ef".repeat(6)}…`);
  const purge = entry("retention.purge", "event 4", { trigger: "cli", attendees: 3, lapsed: 3, suppressed: 1, qualifications: 0, mail: 1 });
  assert.equal(describeAbout(purge), "event 4: 3 attendees; 3 shares lapsed; 1 contact on suppression lists; 0 lead notes; 1 mail; started by cli");
  const imported = entry("attendees.import", "eventbrite.csv", { importId: 3, status: "finished", rowsTotal: 41, rowsDone: 41, created: 38, updated: 0, unchanged: 0, rejected: 3 });
  assert.equal(describeAbout(imported), "eventbrite.csv: import 3 finished; 41 rows; 38 added, 0 updated, 0 unchanged, 3 refused");
  assert.equal(describeWhat(entry("organizers.remove", "x@example.com")), "Removed an organizer");
  assert.equal(describeAbout(entry("organizers.remove", "x@example.com")), "x@example.com");
  assert.equal(describeWhat(entry("future_area.new_thing", null)), "Future area: new thing");
  for (const e of [legal, pairing, agreement, purge]) assert.doesNotMatch(describeAbout(e), /[{}"[\]]/);
});

test("[AUDIT] who did it, in words", () => {
  assert.equal(describeWho("organizer:ada@example.com"), "ada@example.com");
  assert.equal(describeWho("partner:12:bo@example.com"), "bo@example.com (partner 12)");
  assert.equal(describeWho("device:5"), "booth phone 5");
  assert.equal(describeWho("cli"), "command line");
});
