// An organizer text of a published drawing (name, prize) in the page's language, or the English
// one marked as English (lang="en" and the visible mark), never silently.
import type { Language } from "@/lib/i18n/language";
import { FALLBACK_MARK, translated } from "@/lib/i18n/translated";

type Texts = Record<string, Record<string, string>>;

export function PublishedText({ texts, field, language }: { texts: Texts; field: string; language: Language }) {
  const byLang = texts[field] ?? {};
  const w = translated(byLang.en ?? Object.values(byLang)[0] ?? "", byLang.de, language);
  return w.fallback ? (
    <>
      <span lang="en">{w.text}</span> {FALLBACK_MARK[language]}
    </>
  ) : (
    <>{w.text}</>
  );
}
