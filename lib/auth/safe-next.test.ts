import assert from "node:assert/strict";
import { test } from "node:test";
import { AFTER_SIGN_IN, safeNext } from "./safe-next";

test("[REDIRECT] paths on this site are kept, with their query and fragment", () => {
  assert.equal(safeNext("/events/12"), "/events/12");
  assert.equal(safeNext("/events/12/partners?tab=2#devices"), "/events/12/partners?tab=2#devices");
  assert.equal(safeNext("/events/12/../7"), "/events/7", "normalised as a browser would");
  assert.equal(safeNext("/a%2F%2Fb"), "/a%2F%2Fb", "an encoded slash stays a path segment on this site");
});

test("[REDIRECT] the known bypasses go to the events list", () => {
  const bypasses = [
    "/\t/evil.example", // what /signin?next=%2F%09%2Fevil.example decodes to
    "/\n/evil.example",
    "/\r\n/evil.example",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "\\/evil.example",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "evil.example",
    " /events",
    "/.//evil.example",
    "/./\\evil.example",
    "/\u0000/evil.example",
    "",
    "/" + "a".repeat(3000),
  ];
  for (const next of bypasses) assert.equal(safeNext(next), AFTER_SIGN_IN, JSON.stringify(next));
  assert.equal(safeNext(undefined), AFTER_SIGN_IN);
  assert.equal(safeNext(["/events/1"]), AFTER_SIGN_IN);
});

test("[REDIRECT] encoded forms are paths on this site, never another host", () => {
  for (const next of ["/%2F%2Fevil.example", "/%09/evil.example", "/%5Cevil.example", "/%2e%2e/%2e%2e//evil.example"]) {
    const out = safeNext(next);
    assert.ok(out.startsWith("/") && !out.startsWith("//"), `${next} → ${out}`);
    assert.equal(new URL(out, "https://fairlead.example").host, "fairlead.example", `${next} → ${out}`);
  }
});

test("[REDIRECT] non-ASCII is percent-encoded (a valid Location header), not a 500", () => {
  assert.equal(safeNext("/events/ä"), "/events/%C3%A4");
  assert.equal(safeNext("/ü?q=ß#é"), "/%C3%BC?q=%C3%9F#%C3%A9");
  assert.equal(safeNext("/\u202e/evil"), "/%E2%80%AE/evil");
  for (const next of ["/événements", "/😀", "/\ud800"]) assert.match(safeNext(next), /^\/[\x21-\x7e]*$/, next);
});
