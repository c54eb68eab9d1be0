"use client";
// A new event: what it is, when and in which time zone, in which languages attendees read the consent notice, who the
// organizer is on receipts, and how long attendees' data is kept. A refusal keeps what was
// typed and marks each field.
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import { LANGUAGE_NAMES, LANGUAGES } from "@/lib/i18n/language";
import { FieldNotes } from "./field-notes";
import { FormField, type FieldSpec } from "./form-field";
import { TimeZoneField } from "./time-zone-field";

type Props = { legalFields: readonly FieldSpec[]; timeZones: readonly string[]; action: FormAction<string> };

/** The legal-details fields (lib/parties/legal-fields.ts) and the time zones come from the page: the last day goes with the dates, the retention period apart. */
export function NewEventForm({ legalFields, timeZones, action }: Props) {
  const field = (name: string): FieldSpec => legalFields.find((f) => f.name === name)!;
  const eventFields: FieldSpec[] = [
    { name: "name", label: "Name", hint: "As attendees and partners know it, e.g. Expo 2027." },
    { name: "slug", label: "Short name (slug)", hint: "Lowercase letters, digits and dashes, e.g. expo-2027. It names the event in exports and on the command line." },
    { name: "startsOn", label: "First day", hint: "YYYY-MM-DD.", kind: "date" },
    { ...field("endsOn"), kind: "date" },
  ];
  const legal = legalFields.filter((f) => !["endsOn", "retentionDays"].includes(f.name));
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  const typed = failed?.values;
  const renderField = (f: FieldSpec) => (
    <FormField key={f.name} id={`event-${f.name}`} field={f} value={String(typed?.[f.name] ?? "")} error={failed?.fields?.[f.name]} />
  );
  const languagesError = failed?.fields?.languages;
  return (
    <form action={formAction} className="stack" noValidate data-testid="new-event">
      {failed && (
        <p className="alert error" role="alert">
          {failed.error}
        </p>
      )}
      <fieldset className="card">
        <legend>The event</legend>
        {eventFields.map(renderField)}
        <TimeZoneField
          id="event-timeZone"
          timeZones={timeZones}
          value={typed?.timeZone ?? "UTC"}
          error={failed?.fields?.timeZone}
          preferBrowserZone={!typed}
        />
        <p className="small muted">Dates are calendar days; the retention period counts from the end of the last day in UTC.</p>
      </fieldset>
      <fieldset className="card" aria-describedby={`event-languages-hint${languagesError ? " event-languages-error" : ""}`}>
        <legend>Languages</legend>
        {LANGUAGES.map((l) => (
          <div key={l}>
            <input
              type="checkbox"
              id={`event-language-${l}`}
              name={`language-${l}`}
              defaultChecked={typed ? typed[`language-${l}`] === "on" : true}
              key={`${l}-${typed?.[`language-${l}`] ?? "default"}`}
            />{" "}
            <label htmlFor={`event-language-${l}`}>{LANGUAGE_NAMES[l]}</label>
          </div>
        ))}
        <FieldNotes
          id="event-languages"
          hint="Each language starts with Fairlead's consent notice, which you can edit on the Consent notice page. A language without a notice is listed on the event's page as missing."
          error={languagesError}
        />
      </fieldset>
      <fieldset className="card">
        <legend>The organizer on consent receipts</legend>
        <p className="small muted">Optional: what you leave empty, receipts show as “not stated”. The Legal details page changes it later.</p>
        {legal.map(renderField)}
      </fieldset>
      <fieldset className="card">
        <legend>Retention</legend>
        {renderField(field("retentionDays"))}
      </fieldset>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create the event"}
      </button>
    </form>
  );
}
