"use client";
// Upload → columns and preview → import. The file stays in the browser between the steps: the
// upload route reads it once to inspect it and once to import it; a change of column only
// sends the ten sample rows back to redraw the preview.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { mappingProblem, type ImportField, type ImportMapping } from "@/lib/attendees/import/import-fields";
import type { Inspection, PreviewRow } from "@/lib/attendees/import/preview-import";
import type { ActionResult } from "@/lib/errors";
import { FilePicker } from "./file-picker";
import { MappingForm } from "./mapping-form";
import { PreviewTable } from "./preview-table";

type Props = {
  eventId: number;
  maxBytes: number;
  previewAction: (input: unknown) => Promise<ActionResult<PreviewRow[]>>;
};

type Busy = null | "reading" | "previewing" | "starting";
const BUSY_TEXT = { reading: "Reading the file…", previewing: "Updating the preview…", starting: "Starting the import…" };

export function ImportWizard({ eventId, maxBytes, previewAction }: Props) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [preview, setPreview] = useState<PreviewRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const latest = useRef(0); // answers to older preview requests are dropped

  /** T is what the upload route answers for `intent` (app/events/[eventId]/import/upload). */
  async function post<T>(intent: "inspect" | "import", chosen: File, columns?: ImportMapping): Promise<T> {
    const body = new FormData();
    body.set("intent", intent);
    body.set("file", chosen);
    if (columns) body.set("mapping", JSON.stringify(columns));
    const response = await fetch(`/events/${eventId}/import/upload`, { method: "POST", body });
    const json: unknown = await response.json().catch(() => null);
    const refusal = (json as { error?: { message?: string } } | null)?.error?.message;
    if (!response.ok) throw new Error(refusal ?? `The upload failed (HTTP ${response.status}). Please try again.`);
    return json as T;
  }

  async function choose(chosen: File | undefined) {
    setInspection(null);
    setPreview([]);
    setError(null);
    setFile(chosen ?? null);
    if (!chosen) return;
    if (chosen.size > maxBytes) return setError(`The file is larger than ${maxBytes / 1024 / 1024} MB. Split it and import the parts one after the other.`);
    setBusy("reading");
    try {
      const result = await post<Inspection>("inspect", chosen);
      setInspection(result);
      setMapping(result.mapping);
      setPreview(result.preview);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  async function remap(field: ImportField, column: number | undefined) {
    if (!inspection) return;
    const next = { ...mapping, [field]: column };
    if (column === undefined) delete next[field];
    setMapping(next);
    if (mappingProblem(next, inspection.headers)) return setPreview([]);
    const ticket = ++latest.current;
    setBusy("previewing");
    // A lost connection rejects the action: say so instead of leaving "Updating the preview…".
    const result = await previewAction({ eventId, headers: inspection.headers, sample: inspection.sample, mapping: next }).catch(() => null);
    if (ticket !== latest.current) return;
    setBusy(null);
    if (!result) setError("The preview could not be updated. Check the connection and choose the column again.");
    else if (result.ok) setPreview(result.value);
    else setError(result.error);
  }

  async function start() {
    if (!file) return;
    setBusy("starting");
    setError(null);
    try {
      const { progressUrl } = await post<{ progressUrl: string }>("import", file, mapping);
      router.push(progressUrl);
    } catch (e) {
      setError((e as Error).message);
      setBusy(null);
    }
  }

  const problem = inspection ? mappingProblem(mapping, inspection.headers) : null;
  const kind = inspection?.format === "xlsx" ? "XLSX, first sheet" : `CSV, ${{ ",": "comma", ";": "semicolon", "\t": "tab" }[inspection?.delimiter ?? ","] ?? "comma"}-separated`;
  return (
    <div className="stack">
      <section className="card stack">
        <h2>1. Choose the file</h2>
        <FilePicker
          id="import-file"
          label={`Registration file (CSV or XLSX, up to ${maxBytes / 1024 / 1024} MB)`}
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          chosen={file?.name ?? null}
          disabled={busy === "starting"}
          onChoose={(chosen) => void choose(chosen)}
        />
        {busy && <p role="status" className="muted">{BUSY_TEXT[busy]}</p>}
        {error && <p className="alert error" role="alert">{error}</p>}
        {inspection && file && (
          <p data-testid="file-summary">
            <strong>{file.name}</strong>: {inspection.rowsTotal.toLocaleString("en-US")} rows ({kind}).
          </p>
        )}
      </section>
      {inspection && (
        <>
          <section className="card stack">
            <h2>2. Check the columns</h2>
            <p className="small muted">Guessed from the column names. Correct any that are wrong; the preview follows.</p>
            <MappingForm headers={inspection.headers} mapping={mapping} onChange={(field, column) => void remap(field, column)} />
            {problem && <p className="alert error" role="alert">{problem}</p>}
          </section>
          <section className="card stack">
            <h2>3. Preview</h2>
            <p className="small muted">The first {preview.length} rows exactly as they will be stored. Problems further down the file are listed after the import.</p>
            <PreviewTable rows={preview} mapping={mapping} />
            <button className="button" type="button" onClick={() => void start()} disabled={!!problem || busy !== null}>
              Import {inspection.rowsTotal.toLocaleString("en-US")} rows
            </button>
          </section>
        </>
      )}
    </div>
  );
}
