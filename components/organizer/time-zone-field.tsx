"use client";
// The event's time zone as a select of IANA names. The list comes from the server page (its ICU
// decides what lib accepts, and the server's and browser's lists may differ). Without JavaScript
// the field shows `value` (UTC for a new event); with it, a new event's field starts at the
// organizer's browser zone, unless they picked one already (an effect, not useBrowserValue: a
// pick made before hydration must survive, and a remount would drop it).
import { useEffect, useRef } from "react";
import { FieldNotes } from "./field-notes";

type Props = { id: string; timeZones: readonly string[]; value: string; error?: string | null; preferBrowserZone?: boolean };

export function TimeZoneField({ id, timeZones, value, error, preferBrowserZone = false }: Props) {
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const el = select.current;
    if (!preferBrowserZone || !el || el.value !== value) return;
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (timeZones.includes(browserZone)) el.value = browserZone;
  }, [preferBrowserZone, timeZones, value]);
  return (
    <div className="field">
      <label htmlFor={id}>Time zone</label>
      <select
        ref={select}
        id={id}
        name="timeZone"
        defaultValue={value}
        key={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
      >
        {timeZones.map((z) => (
          <option key={z} value={z}>
            {z.replaceAll("_", " ")}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint="Where the event takes place: consent screens, receipts and emails state times in it." error={error} />
    </div>
  );
}
