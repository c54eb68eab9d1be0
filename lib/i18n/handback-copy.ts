// The hand-back screen after a decision, the line that counts down back to the camera, and
// the personal-code step after a refused share: the attendee may still hold the phone, so
// these follow the language chosen on the consent screen.
import type { Language } from "@/lib/consent/notice-text";

type HandbackCopy = {
  thanks: (firstName: string | null) => string;
  savedQueued: string;
  saved: string;
  scanNext: string;
  staying: string;
  /** Split around the seconds, which are hidden from screen readers (announced once, not each second). */
  backIn: string;
  fewSeconds: string;
  seconds: string;
};

export const HANDBACK_COPY: Record<Language, HandbackCopy> = {
  en: {
    thanks: (name) => (name ? `Thank you, ${name}` : "Thank you"),
    savedQueued: "Your choice is saved on this phone and will be sent to Fairlead when it is back online. Please hand the phone back.",
    saved: "Your choice is saved. Please hand the phone back.",
    scanNext: "Scan the next badge",
    staying: "Staying on this screen.",
    backIn: "Back to the scanner in",
    fewSeconds: "a few",
    seconds: "seconds.",
  },
  de: {
    thanks: (name) => (name ? `Vielen Dank, ${name}` : "Vielen Dank"),
    savedQueued:
      "Ihre Wahl ist auf diesem Telefon gespeichert und wird an Fairlead gesendet, sobald es wieder online ist. Bitte geben Sie das Telefon zurück.",
    saved: "Ihre Wahl ist gespeichert. Bitte geben Sie das Telefon zurück.",
    scanNext: "Nächsten Badge scannen",
    staying: "Diese Seite bleibt geöffnet.",
    backIn: "Zurück zum Scanner in",
    fewSeconds: "wenigen",
    seconds: "Sekunden.",
  },
};

type PersonalCodeCopy = {
  heading: string;
  notACode: string;
  typeOrScan: string;
  label: string;
  submit: string;
  stopCamera: string;
  scanBack: string;
  cancel: string;
};

export const PERSONAL_CODE_COPY: Record<Language, PersonalCodeCopy> = {
  en: {
    heading: "Only the attendee can share again",
    notACode: "This is not a personal code. Scan the QR code on the back of the attendee's badge.",
    typeOrScan: "Type the personal code, or scan the back of the badge.",
    label: "Personal code (back of the badge)",
    submit: "Share with this code",
    stopCamera: "Stop the camera",
    scanBack: "Scan the back of the badge",
    cancel: "Cancel",
  },
  de: {
    heading: "Nur Sie selbst können wieder teilen",
    notACode: "Das ist kein persönlicher Code. Scannen Sie den QR-Code auf der Rückseite Ihres Badges.",
    typeOrScan: "Geben Sie den persönlichen Code ein oder scannen Sie die Rückseite Ihres Badges.",
    label: "Persönlicher Code (Rückseite des Badges)",
    submit: "Mit diesem Code teilen",
    stopCamera: "Kamera beenden",
    scanBack: "Rückseite des Badges scannen",
    cancel: "Abbrechen",
  },
};
