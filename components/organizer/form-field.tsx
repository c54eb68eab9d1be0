// One labelled field of a settings form (legal details, a new event): a select when it has
// choices, a textarea or an input otherwise, with its hint and error (field-notes.tsx). `value`
// is what it starts with: the saved value, or what was typed before a refusal.
import { FieldNotes } from "./field-notes";

export type FieldSpec = {
  name: string;
  label: string;
  hint: string;
  kind?: "text" | "email" | "url" | "number" | "textarea" | "date";
  /** A select's choices: [value, label]. */
  options?: readonly (readonly [string, string])[];
};

export function FormField({ id, field: f, value, error }: { id: string; field: FieldSpec; value: string; error?: string | null }) {
  const common = {
    id,
    name: f.name,
    defaultValue: value,
    key: value, // a refusal's typed values replace what the field started with
    "aria-invalid": error ? true : undefined,
    "aria-describedby": `${id}-hint${error ? ` ${id}-error` : ""}`,
  };
  return (
    <div className="field">
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
}
