import assert from "node:assert/strict";
import { before, test } from "node:test";
import { listAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { questionLabels, readLeadForm } from "./read-lead-form";
import { updateLeadForm } from "./update-lead-form";

before(() => useTestDatabase());

test("[QUALIFY] the organizer sets a partner's tags and ordered questions; each edit is audited", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer });
  const partner = event.partners[0]!;
  const form = updateLeadForm(organizer, event.eventId, partner.id, {
    tags: ["Budget", "Decision maker"],
    questions: [
      { label: "Team size", kind: "choice", choices: ["1-10", "11-100", "100+"] },
      { label: "Wants a demo?", kind: "yes_no", choices: ["ignored"] },
      { label: "Current tool", kind: "text" },
    ],
  });
  assert.deepEqual(form.tags, ["Budget", "Decision maker"]);
  assert.deepEqual(form.questions.map((q) => [q.label, q.kind, q.choices]), [
    ["Team size", "choice", ["1-10", "11-100", "100+"]],
    ["Wants a demo?", "yes_no", []],
    ["Current tool", "text", []],
  ]);
  const [size, demo, tool] = form.questions;

  // Reorder, rename one, drop one, add one: ids stay for kept questions.
  const next = updateLeadForm(organizer, event.eventId, partner.id, {
    tags: ["Decision maker"],
    questions: [
      { id: demo!.id, label: "Wants a demo?", kind: "yes_no" },
      { id: size!.id, label: "Company size", kind: "choice", choices: ["1-10", "11-100", "100+"] },
      { label: "Budget this year?", kind: "yes_no" },
    ],
  });
  assert.deepEqual(next.questions.map((q) => q.label), ["Wants a demo?", "Company size", "Budget this year?"]);
  assert.equal(next.questions[1]!.id, size!.id);
  assert.equal(questionLabels(partner.id)[String(tool!.id)], "Current tool", "a removed question keeps its label for older answers");

  const device = makeDevice(event.eventId, partner.id);
  assert.deepEqual(readLeadForm(device, event.eventId, partner.id), next, "the partner's booth reads the same form");

  const entries = listAudit(organizer, event.eventId).filter((a) => a.action === "partners.lead_form");
  assert.equal(entries.length, 2);
  assert.deepEqual(entries[0]!.details, {
    tags: { added: [], removed: ["Budget"] },
    questions: { added: ["Budget this year?"], changed: ["Company size"], removed: ["Current tool"] },
  });
});

test("[QUALIFY] bad form input names the field and changes nothing; devices and other partners' ids are refused", async () => {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer });
  const partner = event.partners[0]!;
  assert.throws(
    () => updateLeadForm(organizer, event.eventId, partner.id, { tags: ["Hot", "hot"], questions: [{ label: "Size", kind: "choice", choices: ["Big"] }] }),
    (e: unknown) => e instanceof AppError && e.code === "invalid" && !!e.fields?.["tags.1"] && !!e.fields?.["questions.0.choices"],
  );
  assert.deepEqual(readLeadForm(organizer, event.eventId, partner.id), { tags: [], questions: [] });

  const device = makeDevice(event.eventId, partner.id);
  assert.throws(() => updateLeadForm(device, event.eventId, partner.id, { tags: ["Mine"], questions: [] }), (e: unknown) => e instanceof AppError && e.code === "forbidden");

  const other = updateLeadForm(organizer, event.eventId, event.partners[1]!.id, { tags: [], questions: [{ label: "Q", kind: "text" }] });
  assert.throws(
    () => updateLeadForm(organizer, event.eventId, partner.id, { tags: [], questions: [{ id: other.questions[0]!.id, label: "Stolen", kind: "text" }] }),
    (e: unknown) => e instanceof AppError && e.code === "conflict",
  );
  assert.equal(readLeadForm(organizer, event.eventId, event.partners[1]!.id).questions[0]!.label, "Q");
});
