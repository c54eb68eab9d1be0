"use client";
import { useState } from "react";

/** Typing the code printed under the QR, for a damaged badge or a phone without a camera. */
export function ManualEntry({ onCode, busy }: { onCode: (code: string) => void; busy: boolean }) {
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!code.trim()) return setError("Type the code printed on the badge.");
        setError(null);
        onCode(code);
        setCode("");
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
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "manual-code-error" : undefined}
        />
        <button className="button nowrap" type="submit" disabled={busy}>
          Look up
        </button>
      </div>
      {error && (
        <p id="manual-code-error" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
