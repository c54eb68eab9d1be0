// The consent screen's words for leaving it and for the drawings, per language (issue 15 §2).
// "Not you?" is read by the attendee and tapped by the staff: both see it, so it is here.
import type { Language } from "@/lib/consent/notice-text";

type Copy = {
  cancel: string;
  /** Stated on screen so nobody is surprised when the screen goes back by itself. */
  idle: (seconds: number) => string;
  drawings: string;
  /** Standing in one open drawing: already entered. */
  entered: string;
  /** The box to enter one drawing (one of several: named after its drawing). */
  enter: (name: string) => string;
};

export const BOOTH_PHONE_COPY: Record<Language, Copy> = {
  en: {
    cancel: "Not you? Cancel",
    idle: (seconds) => `Without a tap for ${seconds} seconds this screen goes back to the scanner and records nothing.`,
    drawings: "Prize drawings",
    entered: "You are entered.",
    enter: (name) => `Enter ${name}`,
  },
  de: {
    // "Zurück", as the idle line says (kehrt … zurück): "Abbrechen" pushed the language buttons to a second row at 360 px.
    cancel: "Nicht Sie? Zurück",
    idle: (seconds) => `Ohne Eingabe kehrt dieser Bildschirm nach ${seconds} Sekunden zum Scanner zurück und speichert nichts.`,
    drawings: "Verlosungen",
    entered: "Sie nehmen bereits teil.",
    enter: (name) => `An ${name} teilnehmen`,
  },
};
