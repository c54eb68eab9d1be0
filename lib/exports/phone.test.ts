import assert from "node:assert/strict";
import { test } from "node:test";
import { e164 } from "./phone";

test("[EXPORT] phone numbers written internationally become E.164; others stay as typed", () => {
  const cases: [string | null, string | null][] = [
    ["+1 555 0161", "+15550161"],
    ["+49 30 1234-5678", "+493012345678"],
    ["+49 (0)30 12345678", "+493012345678"],
    ["0049 30 12345678", "+493012345678"],
    ["+44 (20) 7946.0958", "+442079460958"],
    ["030 12345678", "030 12345678"], // national: no country to put in front
    ["+49 30 1234 ext. 5", "+49 30 1234 ext. 5"], // not a number alone
    ["+0 123 4567", "+0 123 4567"], // no country code starts with 0
    ["+1234567890123456", "+1234567890123456"], // over 15 digits
    ["", ""],
    [null, null],
  ];
  for (const [typed, exported] of cases) assert.equal(e164(typed), exported, String(typed));
});
