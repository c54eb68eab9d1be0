// The hint and the error under a form field, with the ids its input's aria-describedby names
// (`${id}-hint`, `${id}-error`).
export function FieldNotes({ id, hint, error }: { id: string; hint: string; error?: string | null }) {
  return (
    <>
      <p id={`${id}-hint`} className="small muted" style={{ margin: "0.25rem 0 0" }}>
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
