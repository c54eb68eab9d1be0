"use client";
import { useActionState } from "react";
import { FRACTIONS } from "@/lib/drawing/fractions";
import type { FormAction } from "@/lib/errors";
import { useBrowserValue } from "../use-browser-value";

/** The organizer defines a drawing. The server validates; its messages appear beside the fields. */
export function NewDrawingForm({
  eventId,
  action,
}: {
  eventId: number;
  /** Answers the drawing created. */
  action: FormAction<{ id: number; name: string }>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  // The browser's offset, so "closes at 18:00" means 18:00 where the organizer is.
  const tzOffset = useBrowserValue(() => String(new Date().getTimezoneOffset()), "0");
  const v = failed?.values ?? {};
  // Per-field messages from the server ("_" is about the form as a whole).
  const f = failed?.fields ?? {};
  const ruleError = f.rule ?? f.minPartners ?? f.minFraction ?? f._;
  const err = (name: string, message?: string) =>
    message ? (
      <p className="field-error" id={`${name}-error`}>
        {message}
      </p>
    ) : null;
  const described = (name: string, message?: string) => (message ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});

  return (
    <form action={formAction} noValidate className="stack" aria-label="New drawing">
      {failed && (
        <p className="alert error" role="alert">
          {failed.error}
        </p>
      )}
      {state?.ok && (
        <p className="alert ok" role="status">
          &ldquo;{state.value.name}&rdquo; is open for entries. Its commitment is on its public page.
        </p>
      )}
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="tzOffset" value={tzOffset} />
      <div className="field">
        <label htmlFor="drawing-name">Name</label>
        <input id="drawing-name" name="name" type="text" defaultValue={v.name} {...described("name", f.name)} />
        {err("name", f.name)}
      </div>
      <div className="field">
        <label htmlFor="drawing-prize">Prize</label>
        <input id="drawing-prize" name="prize" type="text" defaultValue={v.prize} {...described("prize", f.prize)} />
        {err("prize", f.prize)}
      </div>
      <div className="field">
        <label htmlFor="drawing-name-de">Name in German (optional)</label>
        <input id="drawing-name-de" name="nameDe" type="text" defaultValue={v.nameDe} />
      </div>
      <div className="field">
        <label htmlFor="drawing-prize-de">Prize in German (optional)</label>
        <input id="drawing-prize-de" name="prizeDe" type="text" defaultValue={v.prizeDe} />
        <p className="small muted">Left empty, German screens show the English name and prize, marked “(auf Englisch)”.</p>
      </div>
      <div className="field">
        <label htmlFor="drawing-winners">Number of winners</label>
        <input id="drawing-winners" name="winners" type="number" min={1} defaultValue={v.winners ?? "1"} {...described("winners", f.winners)} />
        {err("winners", f.winners)}
      </div>
      <fieldset className="field" aria-describedby={ruleError ? "rule-error" : undefined} style={{ border: "1px solid var(--line)", borderRadius: 8 }}>
        <legend>An entry is eligible when the attendee was scanned at</legend>
        <div className="row">
          <input id="rule-fraction" type="radio" name="rule" value="fraction" defaultChecked={(v.rule ?? "fraction") === "fraction"} />
          <label htmlFor="rule-fraction" style={{ margin: 0 }}>
            a share of all partners:
          </label>
          <select name="minFraction" aria-label="Share of all partners" defaultValue={v.minFraction ?? "0.5"} style={{ width: "auto" }}>
            {FRACTIONS.map((x) => (
              <option key={x.value} value={x.value}>
                {x.label}
              </option>
            ))}
          </select>
        </div>
        <div className="row">
          <input id="rule-booths" type="radio" name="rule" value="booths" defaultChecked={v.rule === "booths"} />
          <label htmlFor="rule-booths" style={{ margin: 0 }}>
            at least this many booths:
          </label>
          <input name="minPartners" type="number" min={1} aria-label="Number of booths" defaultValue={v.minPartners} style={{ width: "6rem" }} />
        </div>
        <p className="muted small">Visits count whatever the attendee decided about sharing.</p>
        {err("rule", ruleError)}
      </fieldset>
      <div className="field">
        <label htmlFor="drawing-closes">Entries close at (your local time; optional)</label>
        <input
          id="drawing-closes"
          name="closesAt"
          type="datetime-local"
          defaultValue={v.closesAt}
          style={{ minHeight: "var(--tap)", font: "inherit", padding: "0.5rem 0.75rem" }}
          {...described("closesAt", f.closesAt)}
        />
        {err("closesAt", f.closesAt)}
        <p className="muted small">Without a closing time, entries close when you freeze them. Scans after the closing time do not count.</p>
      </div>
      <div className="field">
        <label htmlFor="drawing-grace">Grace period for offline phones (minutes)</label>
        <input id="drawing-grace" name="graceMinutes" type="number" min={0} defaultValue={v.graceMinutes ?? "15"} {...described("graceMinutes", f.graceMinutes)} />
        {err("graceMinutes", f.graceMinutes)}
        <p className="muted small">A visit made before the close counts if the server receives it within this time after the close.</p>
      </div>
      <div className="field">
        <label htmlFor="drawing-witnesses">Witnesses (optional, one per line)</label>
        <textarea id="drawing-witnesses" name="witnesses" rows={2} defaultValue={v.witnesses} {...described("witnesses", f.witnesses)} />
        {err("witnesses", f.witnesses)}
        <p className="muted small">Each named witness gives a value of their own at the draw; it is mixed with the drand beacon round.</p>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create the drawing"}
      </button>
    </form>
  );
}
