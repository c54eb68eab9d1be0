import assert from "node:assert/strict";
import { test } from "node:test";
import { formatBadgeCode, issueBadgeCode } from "./badge-code";
import { readBadgePayload } from "./payload";

const badge = (text: string) => {
  const read = readBadgePayload(text);
  assert.equal(read.kind, "badge", `${JSON.stringify(text)} should be a badge: ${read.kind === "not-a-badge" ? read.message : ""}`);
  return read;
};
const refused = (text: string, says: RegExp) => {
  const read = readBadgePayload(text);
  assert.equal(read.kind, "not-a-badge", `${JSON.stringify(text).slice(0, 60)} should not be a badge`);
  assert.match((read as { message: string }).message, says);
  assert.match((read as { message: string }).message, /type the badge code/);
};

test("[SCAN] a Fairlead code is a badge, as printed or typed", () => {
  const code = issueBadgeCode();
  assert.deepEqual(badge(code), { kind: "badge", code, source: "fairlead" });
  assert.equal(badge(` ${formatBadgeCode(code).toLowerCase()}\n`).source, "fairlead");
  assert.equal(badge(formatBadgeCode(code).replace(/-/g, " ")).source, "fairlead");
});

test("[SCAN] an imported vendor code is passed on as it is, for the server to look up", () => {
  assert.deepEqual(badge("8774863366809906892"), { kind: "badge", code: "8774863366809906892", source: "vendor" });
  assert.equal(badge("REG-2026/00042").code, "REG-2026/00042");
  assert.equal(badge("ab-cd").code, "ab-cd");
});

test("[SCAN] a link carries the code in its query or its last path segment", () => {
  const code = issueBadgeCode();
  assert.equal(badge(`https://reg.example.com/b/${code}`).code, code);
  assert.equal(badge("https://reg.example.com/b/ABC123").code, "ABC123");
  assert.equal(badge("https://reg.example.com/checkin?event=7&code=X-99-ABC").code, "X-99-ABC");
  assert.equal(badge("HTTP://REG.EXAMPLE.COM/?badge=778899").code, "778899");
  assert.equal(badge("https://reg.example.com/a?id=A1B2C3&badge=ZZ9").code, "ZZ9"); // badge before id
  assert.equal(badge("https://reg.example.com/a?id=A1B2C3").code, "A1B2C3");
  assert.equal(badge("https://reg.example.com/b/AB%2D12").code, "AB-12"); // percent-decoded
});

test("[SCAN] links without a code, and Fairlead's own other links, say what they are", () => {
  refused("https://www.example.com/", /web page/);
  refused("https://www.example.com/about", /web page/);
  refused("https://www.example.com/en/index.html", /web page/);
  refused("https://fairlead.example/me/Zq2-very-secret-token-1234567890", /attendee's own page/);
  refused("https://booth.fairlead.test:3543/pair/abc123def456", /pairing link/);
  refused("https://reg.example.com/?code=has space", /does not hold a badge code/);
  refused("https://exa mple.com/x1234", /broken web link/);
  refused("otpauth://totp/Example?secret=ABC", /another app/);
});

test("[SCAN] contact cards, Wi-Fi codes and the like are refused with a plain sentence", () => {
  refused("BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nEND:VCARD", /contact card/);
  refused("MECARD:N:Lovelace,Ada;TEL:123;;", /contact card/);
  refused("WIFI:T:WPA;S:Booth 12;P:secret;;", /Wi-Fi/);
  refused("BEGIN:VEVENT\nSUMMARY:Talk\nEND:VEVENT", /calendar/);
  refused("mailto:ada@example.com", /email/);
  refused("tel:+4930123456", /phone number/);
  refused("SMSTO:+4930123456:hi", /text message/);
  refused("geo:52.52,13.40", /map location/);
});

test("[SCAN] free text, over-long text, odd characters, empty codes and JSON without a code are refused", () => {
  refused("Visit booth 12 for a free coffee", /piece of text/); // 26 Crockford letters without its spaces
  refused("line one\nline two", /piece of text/);
  refused("A".repeat(129), /too much text/);
  refused("x".repeat(5000), /too much text/);
  refused("Grüße", /characters/);
  refused("ab", /characters/);
  refused("bad\u0000code", /characters/);
  refused("   ", /empty/);
  refused('{"name":"Ada"}', /data that is not a badge/);
  refused("{not json", /data that is not a badge/);
  assert.equal(badge('{"badgeCode":"V-123456","name":"Ada"}').code, "V-123456");
  assert.equal(badge('{"id":778899}').code, "778899");
});
