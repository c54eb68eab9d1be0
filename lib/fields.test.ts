import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { rowNormaliser } from "./attendees/import/normalise-row";
import { NoticeInput } from "./consent/notice";
import { csvRow, neutralise } from "./exports/csv";
import { QualificationInput } from "./leads/save-qualification";
import { EventLegalInput } from "./parties/legal-details";
import { NewPartnerInput } from "./partners/partners";
import { ShortText, plainText, unsafeCharacter } from "./fields";

const RLO = "\u202e";
const problem = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? null : r.error.issues.map((i) => i.message).join("; ");
};

test("[HYGIENE] control characters and text-direction overrides are named; right-to-left names and marks are fine", () => {
  assert.equal(unsafeCharacter(`Ada${RLO}gpj.exe`), "U+202E, a text-direction override");
  assert.equal(unsafeCharacter("Ada\u0000"), "U+0000, a control character");
  assert.equal(unsafeCharacter("A\u0085B"), "U+0085, a control character", "C1 controls too");
  assert.equal(unsafeCharacter("\u2066x\u2069"), "U+2066, a text-direction override", "isolates too");
  assert.equal(unsafeCharacter("Ada\tLovelace"), "U+0009, a control character", "a tab in a one-line field");
  assert.equal(unsafeCharacter("line one\r\nline\ttwo", true), null, "a multi-line field keeps tab and line breaks");
  assert.equal(unsafeCharacter("a\u0007b", true), "U+0007, a control character");
  for (const name of ["محمد", "שָׁלוֹם", "Zoë O'Brien-Smith", "李小龙", "Ahmed\u200f", "🙂"]) assert.equal(unsafeCharacter(name), null, name);
});

test("[HYGIENE] every form refuses them with a message naming the character (ShortText, notes, notice, legal details)", () => {
  assert.match(problem(ShortText("a first name", 100), `Eve${RLO}`)!, /^First name: remove U\+202E, a text-direction override/);
  assert.match(problem(ShortText("the partner's name"), "Acme\u0000")!, /U\+0000/);
  assert.equal(problem(ShortText("the partner's name"), "  Acme GmbH "), null);
  const partner = { name: "Acme", booth: `A1${RLO}`, purpose: "Follow-up about our products", privacyUrl: "https://acme.example/privacy" };
  assert.match(problem(NewPartnerInput, partner)!, /U\+202E/);
  assert.match(problem(QualificationInput.shape.notes, "call back\u001b[31m")!, /^Notes: remove U\+001B/);
  assert.equal(problem(QualificationInput.shape.notes, "call back\r\nafter the show"), null);
  assert.match(problem(NoticeInput.shape.template, `${"We share your details. ".repeat(2)}\u0000`)!, /U\+0000/);
  assert.match(problem(EventLegalInput.shape.legalName, `Fair${RLO}GmbH`)!, /legal name: remove U\+202E/);
  assert.equal(problem(EventLegalInput.shape.legalAddress, "Messeplatz 1\n10115 Berlin"), null);
  assert.match(problem(z.string().superRefine(plainText("The name")), "x\u2067")!, /U\+2067/);
});

test("[HYGIENE] the import lists a row with a control character or an override as a problem, and keeps the others", () => {
  const normalise = rowNormaliser({ firstName: 0, lastName: 1, email: 2, company: 3 }, ["First", "Last", "Email", "Company"]);
  assert.deepEqual(normalise(["Ada", "Lovelace", "ada@example.com", "Analytical\nEngines"], 2).problems, []);
  const override = normalise([`Eve${RLO}`, "Mallory", "eve@example.com", ""], 3);
  assert.equal(override.row, null);
  assert.deepEqual(override.problems, [{ field: "First", reason: "First name: remove U+202E, a text-direction override (it is invisible or reorders the text)." }]);
  const nul = normalise(["Bob", "Null", "bob@example.com", "Acme\u0000Corp"], 4);
  assert.equal(nul.row, null);
  assert.match(nul.problems[0]!.reason, /^Company: remove U\+0000/);
});

test("[HYGIENE] exports neutralise what is already stored: controls and overrides become U+FFFD, formulas still get their apostrophe", () => {
  assert.equal(neutralise(`Eve${RLO}gpj.exe`), "Eve\ufffdgpj.exe");
  assert.equal(neutralise("\u0000=cmd()"), "\ufffd=cmd()");
  assert.equal(neutralise(`=HYPERLINK("x")${RLO}`), `'=HYPERLINK("x")\ufffd`);
  assert.equal(neutralise("plain"), "plain");
  assert.equal(neutralise("two\nlines\tand a tab"), "two\nlines\tand a tab");
  assert.equal(csvRow([`A${RLO}`, "b\u0007", 3]), "A\ufffd,b\ufffd,3\r\n");
  assert.equal(neutralise(`${RLO}${RLO}`), "\ufffd\ufffd", "every one, not only the first (the regex keeps no state between calls)");
  assert.equal(neutralise(`x${RLO}`), "x\ufffd");
});
