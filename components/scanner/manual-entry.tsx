"use client";
// Typing the code printed under the QR, for a damaged badge or a phone without a camera. It sits
// above the camera so a phone's keyboard does not cover it. A refused code stays in the box,
// marked, with the server's reason; when the server recognised a slip of one character on the
// badge this phone's camera just read (lib/booth/typed-code-hint.ts), one tap looks that up.
import { useState } from "react";

export type TypedRefusal = { message: string; suggestion?: string };

type Props = {
  onCode: (code: string) => void;
  busy: boolean;
  /** The server's answer to the last typed code, until the code is edited. */
  refusal?: TypedRefusal;
  onEdit: () => void;
};

export function ManualEntry({ onCode, busy, refusal, onEdit }: Props) {
  const [code, setCode] = useState("");
  const [empty, setEmpty] = useState(false);
  const message = empty ? "Type the code printed on the badge." : refusal?.message;
  const submit = (value: string) => {
    if (!value.trim()) return setEmpty(true);
    setEmpty(false);
    onCode(value);
  };
  return (
    <form
      className="card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit(code);
      }}
    >
      <label htmlFor="manual-code">Or type the badge code</label>
      <div className="row" style={{ flexWrap: "nowrap" }}>
        <input
          id="manual-code"
          name="code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            setEmpty(false);
            if (refusal) onEdit();
          }}
          // On a phone whose keyboard would still cover it, bring the box into view.
          onFocus={(e) => e.currentTarget.scrollIntoView({ block: "center" })}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "manual-code-error" : undefined}
        />
        <button className="button nowrap" type="submit" disabled={busy}>
          Look up
        </button>
      </div>
      {message && (
        <p id="manual-code-error" className="field-error" role="alert">
          {message}
        </p>
      )}
      {!empty && refusal?.suggestion && (
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => {
            setCode(refusal.suggestion!);
            submit(refusal.suggestion!);
          }}
        >
          Look up {refusal.suggestion}
        </button>
      )}
    </form>
  );
}
