"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import { FieldNotes } from "./field-notes";

export type LegalField = {
  name: string;
  label: string;
  hint: string;
  kind?: "text" | "email" | "url" | "number" | "textarea";
  /** A select's choices: [value, label]. */
  options?: readonly (readonly [string, string])[];
};

type Props = {
  /** Hidden ids the action needs (eventId, partnerId). */
  ids: Record<string, number>;
  fields: readonly LegalField[];
  values: Record<string, string | number | null>;
  submitLabel: string;
  action: FormAction<string>;
  testId: string;
};

/** The legal details a consent receipt names. Every field may stay empty: the receipt then says "not stated". */
export function LegalDetailsForm({ ids, fields, values, submitLabel, action, testId }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  const value = (name: string) => String(failed?.values?.[name] ?? values[name] ?? "");
  return (
    <form action={formAction} className="stack" noValidate data-testid={testId}>
      {Object.entries(ids).map(([name, id]) => (
        <input key={name} type="hidden" name={name} value={id} />
      ))}
      {failed && (
        <p className="alert error" role="alert">
          {failed.error}
        </p>
      )}
      {state?.ok && (
        <p className="alert ok" role="status">
          {state.value}
        </p>
      )}
      {fields.map((f) => {
        const id = `${testId}-${f.name}`;
        const error = failed?.fields?.[f.name];
        const common = {
          id,
          name: f.name,
          defaultValue: value(f.name),
          key: value(f.name),
          "aria-invalid": error ? true : undefined,
          "aria-describedby": `${id}-hint${error ? ` ${id}-error` : ""}`,
        };
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>{f.label}</label>
            {f.options ? (
              <select {...common}>
                <option value="">Not stated</option>
                {f.options.map(([v, label]) => (
                  <option key={v} value={v}>
                    {label}
                  </option>
                ))}
              </select>
            ) : f.kind === "textarea" ? (
              <textarea {...common} rows={3} />
            ) : (
              <input {...common} type={f.kind ?? "text"} inputMode={f.kind === "number" ? "numeric" : undefined} />
            )}
            <FieldNotes id={id} hint={f.hint} error={error} />
          </div>
        );
      })}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
