// The attendee-facing "slow down" page (token attempts per address, lib/auth/token-attempts.ts),
// in English and German at once: an unknown token tells nothing of the reader's language.
import { LANGUAGES } from "@/lib/i18n/language";
import { SLOW_DOWN_COPY } from "@/lib/i18n/slow-down-copy";

export function SlowDown({ retryAfter }: { retryAfter: number }) {
  return (
    <main className="narrow stack">
      {LANGUAGES.map((language, i) => (
        <section key={language} lang={language}>
          {i === 0 ? <h1>{SLOW_DOWN_COPY[language].heading}</h1> : <h2>{SLOW_DOWN_COPY[language].heading}</h2>}
          <p className="alert error" role="alert">
            {SLOW_DOWN_COPY[language].wait(retryAfter)}
          </p>
        </section>
      ))}
    </main>
  );
}
