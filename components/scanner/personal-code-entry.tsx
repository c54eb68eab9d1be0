"use client";
// Shown when the server refused a share because the attendee withdrew it earlier
// (lib/booth/reshare-rule.ts): only the attendee can share again, with the personal code on the
// back of their badge. The code is scanned (the back's QR holds the /me/ link) or typed, and
// goes with this one share only: it is never kept on the phone.
import { useEffect, useRef, useState } from "react";
import type { BadgePayload } from "@/lib/badges/payload";
import { PERSONAL_CODE_COPY } from "@/lib/i18n/personal-code-copy";
import type { Language } from "@/lib/i18n/language";
import { CameraView } from "./camera-view";

type Props = { message: string; busy: boolean; onCode: (code: string) => void; onCancel: () => void; language?: Language };

/** The back of the badge holds a link to the attendee's own page; nothing else is their code. */
function readPersonalPayload(text: string, notACode: string): BadgePayload {
  return /\/me\/[A-Za-z0-9_-]{16,}/.test(text)
    ? { kind: "badge", code: text.trim(), source: "fairlead" }
    : { kind: "not-a-badge", message: notACode };
}

export function PersonalCodeEntry({ message, busy, onCode, onCancel, language = "en" }: Props) {
  const t = PERSONAL_CODE_COPY[language];
  const [code, setCode] = useState("");
  const [camera, setCamera] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section lang={language} className="card" aria-labelledby="personal-code-heading" data-testid="personal-code">
      <h2 id="personal-code-heading" ref={heading} tabIndex={-1}>
        {t.heading}
      </h2>
      <p className="alert error" role="alert">
        {message}
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!code.trim()) return setError(t.typeOrScan);
          setError(null);
          onCode(code);
        }}
      >
        <label htmlFor="personal-code-input">{t.label}</label>
        <div className="row" style={{ flexWrap: "nowrap" }}>
          <input
            id="personal-code-input"
            name="personalCode"
            type="text"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "personal-code-error" : undefined}
          />
          <button className="button nowrap" type="submit" disabled={busy}>
            {t.submit}
          </button>
        </div>
        {error && (
          <p id="personal-code-error" className="field-error">
            {error}
          </p>
        )}
      </form>
      <div className="row">
        <button type="button" className="button secondary" aria-pressed={camera} onClick={() => setCamera(!camera)}>
          {camera ? t.stopCamera : t.scanBack}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
      {camera && <CameraView read={(text) => readPersonalPayload(text, t.notACode)} onCode={(scanned) => !busy && onCode(scanned)} />}
    </section>
  );
}
