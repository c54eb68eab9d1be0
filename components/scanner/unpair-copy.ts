// The scanner's "This phone" section, per language (the phone's own language picks one).
import type { Language } from "@/lib/consent/notice-text";

type Copy = {
  heading: string;
  explain: (partner: string) => string;
  button: string;
  /** The question before it happens, and the buttons that answer it. */
  confirm: string;
  yes: string;
  cancel: string;
  waiting: (n: number) => string;
  working: string;
};

export const UNPAIR_COPY: Record<Language, Copy> = {
  en: {
    heading: "This phone",
    explain: (partner) =>
      `Unpair this phone when the show is over or before handing it to someone else: it stops scanning for ${partner} at once, and the organizer sees it as unpaired. Pairing it again needs a new link from the organizer.`,
    button: "Unpair this phone",
    confirm: "Unpair this phone now? It can no longer scan badges until the organizer pairs it again.",
    yes: "Yes, unpair this phone",
    cancel: "Cancel",
    waiting: (n) =>
      n === 1
        ? "1 scan is still waiting to sync. Unpair the phone once it has been sent, or it is lost."
        : `${n} scans are still waiting to sync. Unpair the phone once they have been sent, or they are lost.`,
    working: "Unpairing…",
  },
  de: {
    heading: "Dieses Telefon",
    explain: (partner) =>
      `Heben Sie die Kopplung dieses Telefons auf, wenn die Messe vorbei ist oder bevor Sie es weitergeben: Es scannt dann sofort nicht mehr für ${partner}, und der Veranstalter sieht es als entkoppelt. Für eine neue Kopplung brauchen Sie einen neuen Link vom Veranstalter.`,
    button: "Kopplung dieses Telefons aufheben",
    confirm: "Kopplung jetzt aufheben? Das Telefon kann dann keine Ausweise mehr scannen, bis der Veranstalter es neu koppelt.",
    yes: "Ja, Kopplung aufheben",
    cancel: "Abbrechen",
    waiting: (n) =>
      n === 1
        ? "1 Scan wartet noch auf die Übertragung. Heben Sie die Kopplung erst auf, wenn er gesendet ist, sonst geht er verloren."
        : `${n} Scans warten noch auf die Übertragung. Heben Sie die Kopplung erst auf, wenn sie gesendet sind, sonst gehen sie verloren.`,
    working: "Kopplung wird aufgehoben …",
  },
};
