// The personal-code step after a refused share: the attendee holds the phone, so it follows
// the language chosen on the consent screen.
import type { Language } from "@/lib/consent/notice-text";

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
