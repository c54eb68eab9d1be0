"use client";
// Notes, tag chips and the partner's questions: controlled fields of the booth's qualification form.
import type { LeadForm, QualificationValues } from "@/lib/leads/types";
import styles from "./qualify.module.css";

type Props = { form: LeadForm; values: QualificationValues; onChange: (values: QualificationValues) => void };

export function QualificationFields({ form, values, onChange }: Props) {
  // A tag the organizer removed since stays visible on a lead that has it, so it can be unticked.
  const tags = [...form.tags, ...values.tags.filter((t) => !form.tags.includes(t))];
  const toggleTag = (tag: string, on: boolean) =>
    onChange({ ...values, tags: on ? [...values.tags, tag] : values.tags.filter((t) => t !== tag) });
  const answer = (id: number, value: string) => onChange({ ...values, answers: { ...values.answers, [String(id)]: value } });

  return (
    <>
      <div className="field">
        <label htmlFor="lead-notes">Notes</label>
        <textarea
          id="lead-notes"
          className={styles.notes}
          value={values.notes}
          maxLength={4000}
          onChange={(e) => onChange({ ...values, notes: e.target.value })}
        />
      </div>

      {tags.length > 0 && (
        <fieldset>
          <legend>Tags</legend>
          <div className={styles.chips}>
            {tags.map((tag) => (
              <label key={tag} className={styles.chip}>
                <input type="checkbox" checked={values.tags.includes(tag)} onChange={(e) => toggleTag(tag, e.target.checked)} />
                <span>{tag}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {form.questions.map((q) => {
        const id = `question-${q.id}`;
        const value = values.answers[String(q.id)] ?? "";
        return (
          <div className="field" key={q.id}>
            <label htmlFor={id}>{q.label}</label>
            {q.kind === "text" ? (
              <input id={id} type="text" value={value} maxLength={500} onChange={(e) => answer(q.id, e.target.value)} />
            ) : (
              <select id={id} value={value} onChange={(e) => answer(q.id, e.target.value)}>
                <option value="">Not answered</option>
                {(q.kind === "yes_no" ? ["yes", "no"] : q.choices).map((c) => (
                  <option key={c} value={c}>
                    {q.kind === "yes_no" ? (c === "yes" ? "Yes" : "No") : c}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
    </>
  );
}
