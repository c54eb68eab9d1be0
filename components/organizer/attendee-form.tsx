"use client";
// Add an attendee, or correct one's details. A refusal keeps what was typed and marks each field.
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import { FieldNotes } from "./field-notes";

const FIELDS = [
  { name: "firstName", label: "First name", hint: "Required.", type: "text", autoComplete: "off" },
  { name: "lastName", label: "Last name", hint: "Leave empty for someone with one name only.", type: "text", autoComplete: "off" },
  { name: "email", label: "Email", hint: "Required. Their receipts and share confirmations go here.", type: "email", autoComplete: "off" },
  { name: "company", label: "Company", hint: "Optional.", type: "text", autoComplete: "off" },
  { name: "jobTitle", label: "Job title", hint: "Optional.", type: "text", autoComplete: "off" },
  { name: "phone", label: "Phone", hint: "Optional.", type: "tel", autoComplete: "off" },
  { name: "country", label: "Country", hint: "Optional.", type: "text", autoComplete: "off" },
  { name: "companySize", label: "Company size", hint: "Optional.", type: "text", autoComplete: "off" },
  { name: "industry", label: "Industry", hint: "Optional.", type: "text", autoComplete: "off" },
] as const;

export type AttendeeFormValues = Partial<Record<(typeof FIELDS)[number]["name"], string | null>>;

type Props = {
  eventId: number;
  attendeeId?: number;
  values?: AttendeeFormValues;
  submitLabel: string;
  /** Answers "saved …" (edit), or goes to the new attendee (add). */
  action: FormAction<string>;
};

export function AttendeeForm({ eventId, attendeeId, values = {}, submitLabel, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  const value = (name: (typeof FIELDS)[number]["name"]) => failed?.values?.[name] ?? values[name] ?? "";
  return (
    <form action={formAction} className="stack" noValidate data-testid="attendee-form">
      <input type="hidden" name="eventId" value={eventId} />
      {attendeeId !== undefined && <input type="hidden" name="attendeeId" value={attendeeId} />}
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
      {FIELDS.map((f) => {
        const id = `attendee-${f.name}`;
        const error = failed?.fields?.[f.name];
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>{f.label}</label>
            <input
              id={id}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              defaultValue={value(f.name)}
              key={value(f.name)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            />
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
