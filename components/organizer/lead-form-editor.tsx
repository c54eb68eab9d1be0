"use client";
// The organizer sets what a partner's booth phones may record about a lead: tags to pick from,
// and questions in order. The questions travel as JSON in one hidden field; lib/ validates them.
import { useActionState, useState } from "react";
import type { FormAction } from "@/lib/errors";
import type { LeadForm, LeadQuestion, QuestionKind } from "@/lib/leads/types";

type Draft = { key: string; id?: number; label: string; kind: QuestionKind; choices: string };

const KINDS: Record<QuestionKind, string> = { text: "Free text", choice: "One of several choices", yes_no: "Yes or no" };

let nextKey = 0;
const toDraft = (q: LeadQuestion): Draft => ({ key: `q${q.id}`, id: q.id, label: q.label, kind: q.kind, choices: q.choices.join("\n") });
const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

type Props = {
  eventId: number;
  partnerId: number;
  form: LeadForm;
  /** Answers the form as saved (questions with their new ids). */
  action: FormAction<LeadForm>;
};

export function LeadFormEditor({ eventId, partnerId, form, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const saved = state?.ok ? state.value : null;
  const failed = state?.ok === false ? state : null;
  const [questions, setQuestions] = useState<Draft[]>(() => form.questions.map(toDraft));
  const [tags, setTags] = useState(form.tags.join("\n"));
  // After a save, new questions have ids: edit those from now on, or a second save would add them twice.
  // (State adjusted while rendering, as https://react.dev/learn/you-might-not-need-an-effect shows.)
  const [savedForm, setSavedForm] = useState(saved);
  if (saved && saved !== savedForm) {
    setSavedForm(saved);
    setQuestions(saved.questions.map(toDraft));
    setTags(saved.tags.join("\n"));
  }

  const change = (i: number, patch: Partial<Draft>) => setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const move = (i: number, by: number) =>
    setQuestions((qs) => {
      const next = [...qs];
      [next[i], next[i + by]] = [next[i + by]!, next[i]!];
      return next;
    });
  const errorsFor = (prefix: string) =>
    Object.entries(failed?.fields ?? {})
      .filter(([k]) => k === prefix || k.startsWith(`${prefix}.`))
      .map(([, m]) => m)
      .join(" ");
  const serialized = JSON.stringify(questions.map((q) => ({ id: q.id, label: q.label, kind: q.kind, choices: q.kind === "choice" ? lines(q.choices) : [] })));
  const tagsError = errorsFor("tags");

  return (
    <form action={formAction} className="stack" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="partnerId" value={partnerId} />
      <input type="hidden" name="questions" value={serialized} />
      {failed && (
        <p className="alert error" role="alert">
          {failed.error}
        </p>
      )}
      {saved && (
        <p className="alert ok" role="status">
          Saved. Booth phones show these tags and questions on the next lead they open.
        </p>
      )}
      <div className="field">
        <label htmlFor="lead-tags">Tags, one per line</label>
        <textarea
          id="lead-tags"
          name="tags"
          rows={4}
          style={{ width: "100%", font: "inherit" }}
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          aria-invalid={tagsError ? true : undefined}
          aria-describedby={tagsError ? "lead-tags-error" : undefined}
        />
        {tagsError && (
          <p id="lead-tags-error" className="field-error">
            {tagsError}
          </p>
        )}
      </div>
      {questions.map((q, i) => {
        const id = `lead-question-${q.key}`;
        const error = errorsFor(`questions.${i}`);
        return (
          <fieldset key={q.key} className="card" aria-describedby={error ? `${id}-error` : undefined}>
            <legend>Question {i + 1}</legend>
            <div className="field">
              <label htmlFor={`${id}-label`}>Question</label>
              <input id={`${id}-label`} type="text" value={q.label} maxLength={200} onChange={(e) => change(i, { label: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-kind`}>Answer</label>
              <select id={`${id}-kind`} value={q.kind} onChange={(e) => change(i, { kind: e.target.value as QuestionKind })}>
                {Object.entries(KINDS).map(([kind, label]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            {q.kind === "choice" && (
              <div className="field">
                <label htmlFor={`${id}-choices`}>Choices, one per line</label>
                <textarea id={`${id}-choices`} rows={3} style={{ width: "100%", font: "inherit" }} value={q.choices} onChange={(e) => change(i, { choices: e.target.value })} />
              </div>
            )}
            {error && (
              <p id={`${id}-error`} className="field-error">
                {error}
              </p>
            )}
            <div className="row">
              <button type="button" className="button secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move question ${i + 1} up`}>
                Move up
              </button>
              <button type="button" className="button secondary" disabled={i === questions.length - 1} onClick={() => move(i, 1)} aria-label={`Move question ${i + 1} down`}>
                Move down
              </button>
              <button type="button" className="button danger" onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))} aria-label={`Remove question ${i + 1}`}>
                Remove
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="row">
        <button type="button" className="button secondary" onClick={() => setQuestions((qs) => [...qs, { key: `new${nextKey++}`, label: "", kind: "text", choices: "" }])}>
          Add a question
        </button>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save tags and questions"}
        </button>
      </div>
    </form>
  );
}
