// The public drawing page has no attendee to keep a choice for: each language is a link (?lang=).
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "@/lib/i18n/language";
import { PUBLIC_DRAWING_COPY } from "@/lib/i18n/public-drawing-copy";

export function LanguageLinks({ path, language }: { path: string; language: Language }) {
  return (
    <nav className="row small" aria-label={PUBLIC_DRAWING_COPY[language].languageNav}>
      {LANGUAGES.map((code) => (
        <a key={code} href={`${path}?lang=${code}`} hrefLang={code} lang={code} aria-current={code === language ? "page" : undefined}>
          {LANGUAGE_NAMES[code]}
        </a>
      ))}
    </nav>
  );
}
