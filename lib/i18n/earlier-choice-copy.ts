// Words for a repeat visit on the consent screen, per language. The line is the same whatever
// the earlier decision was (issue 12 §4); the decision itself, once the attendee asks, is said
// in the consent screen's own words (CONSENT_COPY.current and .change).
import type { Language } from "@/lib/consent/notice-text";

type Copy = {
  exists: (partner: string) => string;
  show: string;
  loading: string;
};

export const EARLIER_CHOICE_COPY: Record<Language, Copy> = {
  en: {
    exists: (partner) => `You have made a choice for ${partner} before. You can decide again below.`,
    show: "Show my earlier choice",
    loading: "Looking up your earlier choice…",
  },
  de: {
    exists: (partner) => `Sie haben für ${partner} bereits eine Wahl getroffen. Sie können unten erneut entscheiden.`,
    show: "Meine frühere Wahl anzeigen",
    loading: "Ihre frühere Wahl wird abgerufen…",
  },
};
