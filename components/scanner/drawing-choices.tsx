"use client";
// The consent screen's drawings: every open drawing, each with the attendee's standing in it.
// Already entered shows as entered (not as an empty box to tick again); otherwise a box to
// enter, unticked. None depends on sharing (consent rule 4): the line under them says so.
import type { Language } from "@/lib/consent/notice-text";
import type { OpenDrawing } from "@/lib/drawing/open-drawing";
import { BOOTH_PHONE_COPY } from "@/lib/i18n/booth-phone-copy";
import { CONSENT_COPY } from "@/lib/i18n/consent-copy";
import { translatedText } from "@/lib/i18n/translated";
import styles from "./scanner.module.css";

export type DrawingStanding = OpenDrawing & { entered: boolean };

type Props = { drawings: DrawingStanding[]; ticked: ReadonlySet<number>; onTick: (id: number, on: boolean) => void; language: Language };

export function DrawingChoices({ drawings, ticked, onTick, language }: Props) {
  const t = CONSENT_COPY[language];
  const b = BOOTH_PHONE_COPY[language];
  if (drawings.length === 0) return null;
  const words = (d: DrawingStanding) => ({ name: translatedText(d.name, d.nameDe, language), prize: translatedText(d.prize, d.prizeDe, language) });

  if (drawings.length === 1) {
    const d = drawings[0]!;
    const { name, prize } = words(d);
    return (
      <div className={styles.drawing} data-testid={`drawing-choice-${d.id}`}>
        {d.entered ? (
          <p className={styles.entered}>{b.entered}</p>
        ) : (
          <label className={styles.check}>
            <input type="checkbox" checked={ticked.has(d.id)} onChange={(e) => onTick(d.id, e.target.checked)} />
            <span>{t.drawingLabel}</span>
          </label>
        )}
        <p className="small">{t.drawingLine(name, prize)}</p>
      </div>
    );
  }
  return (
    <fieldset className={styles.drawing}>
      <legend>{b.drawings}</legend>
      <ul className={styles.drawingList}>
        {drawings.map((d) => {
          const { name, prize } = words(d);
          return (
            <li key={d.id} data-testid={`drawing-choice-${d.id}`}>
              {d.entered ? (
                <p className={styles.entered}>
                  <strong>{name}</strong>: {prize}. {b.entered}
                </p>
              ) : (
                <label className={styles.check}>
                  <input type="checkbox" checked={ticked.has(d.id)} onChange={(e) => onTick(d.id, e.target.checked)} />
                  <span>
                    {b.enter(name)}: {prize}
                  </span>
                </label>
              )}
            </li>
          );
        })}
      </ul>
      <p className="small">{t.drawingLine(b.drawings, drawings.map((d) => words(d).prize).join(", "))}</p>
    </fieldset>
  );
}
