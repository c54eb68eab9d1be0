// Checks a qualification against the partner's form: tags from its list, answers to its
// questions that fit each question's kind. Pure, so the rules are tested without a database.
import { AppError } from "../errors";
import type { LeadForm, QualificationValues } from "./types";

/**
 * The values to store, or an "invalid" error naming each bad field. A tag or an answer that the
 * current revision already holds is kept even if the organizer removed it from the form since:
 * saving a rating must not silently drop what another device recorded.
 */
export function checkValues(form: LeadForm, current: QualificationValues | null, values: QualificationValues): QualificationValues {
  const fields: Record<string, string> = {};
  const allowedTags = new Set([...form.tags, ...(current?.tags ?? [])]);
  const unknownTags = values.tags.filter((t) => !allowedTags.has(t));
  if (unknownTags.length) fields.tags = `Not on the partner's tag list: ${unknownTags.join(", ")}.`;
  const order = [...form.tags, ...(current?.tags ?? [])];
  const tags = [...new Set(values.tags)].sort((a, b) => order.indexOf(a) - order.indexOf(b));

  const answers: Record<string, string> = {};
  for (const [id, answer] of Object.entries(values.answers)) {
    if (answer === "") continue;
    const question = form.questions.find((q) => String(q.id) === id);
    if (!question) {
      if (current?.answers[id] === answer) answers[id] = answer;
      else fields[`answers.${id}`] = "This question is no longer asked. Reload the page.";
      continue;
    }
    if (question.kind === "yes_no" && answer !== "yes" && answer !== "no") fields[`answers.${id}`] = "Answer yes or no.";
    else if (question.kind === "choice" && !question.choices.includes(answer)) fields[`answers.${id}`] = "Pick one of the choices.";
    else answers[id] = answer;
  }
  if (Object.keys(fields).length) throw new AppError("invalid", `Nothing was saved. ${Object.values(fields).join(" ")}`, fields);
  return { rating: values.rating, notes: values.notes, tags, answers };
}

/** True when two sets of values say the same thing (a save that changes nothing adds no revision). */
export function sameValues(a: QualificationValues, b: QualificationValues): boolean {
  const sorted = (r: Record<string, string>) => JSON.stringify(Object.entries(r).sort(([x], [y]) => x.localeCompare(y)));
  return a.rating === b.rating && a.notes === b.notes && a.tags.join("\n") === b.tags.join("\n") && sorted(a.answers) === sorted(b.answers);
}
