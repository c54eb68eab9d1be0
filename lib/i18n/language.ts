// The attendee's language: the one choice every attendee-facing screen and email follows.
// Kept per attendee (attendees.language) when they choose it on the consent screen or on
// their page; a visitor who never chose reads English, the event's first language.
export { LANGUAGES, LANGUAGE_NAMES, isLanguage, type Language } from "@/lib/consent/notice-text";
import { isLanguage, type Language } from "@/lib/consent/notice-text";

export const DEFAULT_LANGUAGE: Language = "en";

/** A stored or requested language, or the default for anything else. */
export const languageOr = (value: string | null | undefined, fallback: Language = DEFAULT_LANGUAGE): Language =>
  value && isLanguage(value) ? value : fallback;
