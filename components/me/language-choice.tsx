// The attendee's language on their own page: each button keeps the choice for their next
// screens and emails (lib/attendees/attendee-language.ts). Each name is in its own language.
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "@/lib/i18n/language";
import { ME_COPY } from "@/lib/i18n/me-copy";

/** `choose` redirects back to the page once the choice is kept; a refusal (a dead token) leaves the page as it was. */
export function LanguageChoice({ token, language, choose }: { token: string; language: Language; choose: (form: FormData) => Promise<unknown> }) {
  return (
    <form action={choose as (form: FormData) => Promise<void>} className="row small" aria-label={ME_COPY[language].languageNav}>
      <input type="hidden" name="token" value={token} />
      {LANGUAGES.map((code) => (
        <button key={code} className="button secondary" type="submit" name="language" value={code} lang={code} aria-pressed={code === language}>
          {LANGUAGE_NAMES[code]}
        </button>
      ))}
    </form>
  );
}
