import assert from "node:assert/strict";
import { test } from "node:test";
import { badgeCodeCandidates, formatBadgeCode, isIssuedBadgeCode, issueBadgeCode } from "./badge-code";

test("[BADGES] issued codes are 26 Crockford characters (130 bits) with no confusable letters", () => {
  const codes = Array.from({ length: 2000 }, issueBadgeCode);
  for (const code of codes) {
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{26}$/);
    assert.ok(isIssuedBadgeCode(code));
  }
  assert.equal(new Set(codes).size, codes.length, "no two codes repeat");
  // Every symbol of the alphabet shows up in every position: the codes are not sequential.
  const firstChars = new Set(codes.map((c) => c[0]));
  assert.equal(firstChars.size, 32);
});

test("[BADGES] a typed code is forgiven case, dashes, spaces and look-alikes", () => {
  const code = issueBadgeCode();
  const typed = formatBadgeCode(code).toLowerCase().replace(/0/g, "o").replace(/1/g, "l");
  assert.ok(badgeCodeCandidates(` ${typed} `).includes(code));
  // Vendor codes are tried exactly as given first.
  assert.deepEqual(badgeCodeCandidates("8774863366809906892"), ["8774863366809906892"]);
  assert.equal(badgeCodeCandidates("ab-cd")[0], "ab-cd");
});
