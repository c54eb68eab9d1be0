"use client";
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField, type ImportMapping } from "@/lib/attendees/import/import-fields";

type Props = {
  headers: string[];
  mapping: ImportMapping;
  onChange: (field: ImportField, column: number | undefined) => void;
};

/** One select per attendee field: which column of the file feeds it, or none. */
export function MappingForm({ headers, mapping, onChange }: Props) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend className="visually-hidden">Which column holds each field</legend>
      <div style={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(16rem, 1fr))", gap: "0.75rem 1rem" }}>
        {IMPORT_FIELDS.map((field) => (
          <div key={field}>
            <label htmlFor={`map-${field}`} className="small">
              {FIELD_LABELS[field]}
              {field === "email" || field === "firstName" ? <span aria-hidden="true"> *</span> : null}
            </label>
            <select
              id={`map-${field}`}
              value={mapping[field] ?? ""}
              onChange={(e) => onChange(field, e.target.value === "" ? undefined : Number(e.target.value))}
            >
              <option value="">— not imported —</option>
              {headers.map((header, column) => (
                <option key={column} value={column}>
                  {header || `Column ${column + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <p className="small muted">* needed (a full-name column can stand in for the first name).</p>
    </fieldset>
  );
}
