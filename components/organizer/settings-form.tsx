"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import { FormField, type FieldSpec } from "./form-field";

type Props = {
  /** Hidden values the action needs (eventId, partnerId, a language). */
  ids: Record<string, number | string>;
  fields: readonly FieldSpec[];
  values: Record<string, string | number | null>;
  submitLabel: string;
  action: FormAction<string>;
  testId: string;
};

/** A settings form (legal details, a partner's follow-up): its fields, the answer above them, each field's error beside it. */
export function SettingsForm({ ids, fields, values, submitLabel, action, testId }: Props) {
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
      {fields.map((f) => (
        <FormField key={f.name} id={`${testId}-${f.name}`} field={f} value={value(f.name)} error={failed?.fields?.[f.name]} />
      ))}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
