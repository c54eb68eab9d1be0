// The hand-back screen's words, per language: what the phone shows after the attendee decided,
// before the booth staff take it back. The same words after a share and after a decline
// (issue 12 §4): nothing here may depend on the choice.
import type { Language } from "@/lib/consent/notice-text";

export type AutoReturnCopy = {
  /** Read out once, before the countdown: "Back to the scanner in" … "seconds." */
  before: string;
  /** Said to screen readers instead of the ticking number. */
  aFew: string;
  after: string;
  held: string;
};

type Copy = {
  thanks: (name: string | null) => string;
  saved: string;
  /** The choice waits in the phone's queue (offline): it says so, whichever the choice was. */
  savedOnPhone: string;
  next: string;
  autoReturn: AutoReturnCopy;
};

export const HAND_BACK_COPY: Record<Language, Copy> = {
  en: {
    thanks: (name) => (name ? `Thank you, ${name}` : "Thank you"),
    saved: "Your choice is saved. Please hand the phone back.",
    savedOnPhone: "Your choice is saved on this phone and will be sent to Fairlead when it is back online. Please hand the phone back.",
    next: "Scan the next badge",
    autoReturn: { before: "Back to the scanner in", aFew: "a few", after: "seconds.", held: "Staying on this screen." },
  },
  de: {
    thanks: (name) => (name ? `Vielen Dank, ${name}` : "Vielen Dank"),
    saved: "Ihre Wahl ist gespeichert. Bitte geben Sie das Telefon zurück.",
    savedOnPhone:
      "Ihre Wahl ist auf diesem Telefon gespeichert und wird an Fairlead gesendet, sobald es wieder online ist. Bitte geben Sie das Telefon zurück.",
    next: "Nächsten Badge scannen",
    autoReturn: { before: "Zurück zum Scanner in", aFew: "wenigen", after: "Sekunden.", held: "Diese Ansicht bleibt geöffnet." },
  },
};
