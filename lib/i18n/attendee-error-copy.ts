// Refusals an attendee reads (consent screen, personal-code step, /me), per language. The server
// keeps its English message for logs and the organizer; lib/i18n/attendee-error.ts picks these.
import type { Language } from "@/lib/consent/notice-text";
import type { ErrorCode } from "@/lib/errors";

type AttendeeErrorCopy = {
  byCode: Record<ErrorCode, string>;
  wrongCode: (firstName: string) => string;
  afterLapse: (firstName: string, partner: string) => string;
  afterWithdrawal: (firstName: string, partner: string) => string;
  noticeChanged: string;
  alreadyDecided: string;
};

export const ATTENDEE_ERROR_COPY: Record<Language, AttendeeErrorCopy> = {
  en: {
    byCode: {
      invalid: "Something in the request was not right. Nothing was saved.",
      unauthorized: "This link or phone is no longer signed in. Nothing was saved.",
      forbidden: "This is not allowed here. Nothing was saved.",
      not_found: "This was not found. It may have been removed.",
      conflict: "Something changed meanwhile. Nothing was saved; please reload and try again.",
      gone: "This is no longer available.",
      too_large: "That was too much to send at once. Nothing was saved.",
      rate_limited: "Too many attempts. Please wait a moment and try again.",
      internal: "Something went wrong on our side. Nothing was saved; please try again.",
    },
    wrongCode: (n) => `That personal code is not ${n}'s. Nothing was shared. Scan the code on the back of ${n}'s badge, or type it.`,
    afterLapse: (n, p) =>
      `${n}'s earlier share ended when ${p} changed what it tells attendees, so only ${n} can share again: on their own page, or here with the personal code on the back of their badge. Nothing was shared.`,
    afterWithdrawal: (n, p) =>
      `${n} withdrew consent for ${p} earlier, so only ${n} can share again: on their own page, or here with the personal code on the back of their badge. Nothing was shared.`,
    noticeChanged: "The notice changed since this screen was opened. Nothing was saved; please reload and decide again.",
    alreadyDecided: "A decision was already recorded. The first one stands.",
  },
  de: {
    byCode: {
      invalid: "Etwas an der Anfrage war nicht in Ordnung. Es wurde nichts gespeichert.",
      unauthorized: "Dieser Link oder dieses Gerät ist nicht mehr angemeldet. Es wurde nichts gespeichert.",
      forbidden: "Das ist hier nicht erlaubt. Es wurde nichts gespeichert.",
      not_found: "Das wurde nicht gefunden. Es wurde vielleicht entfernt.",
      conflict: "Inzwischen hat sich etwas geändert. Es wurde nichts gespeichert; bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
      gone: "Das ist nicht mehr verfügbar.",
      too_large: "Das war zu viel auf einmal. Es wurde nichts gespeichert.",
      rate_limited: "Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.",
      internal: "Bei uns ist ein Fehler aufgetreten. Es wurde nichts gespeichert; bitte versuchen Sie es noch einmal.",
    },
    wrongCode: (n) =>
      `Dieser persönliche Code gehört nicht zu ${n}. Es wurde nichts geteilt. Scannen Sie den Code auf der Rückseite des Badges von ${n} oder geben Sie ihn ein.`,
    afterLapse: (n, p) =>
      `Die frühere Freigabe von ${n} endete, als ${p} seine Angaben für Besucher geändert hat. Deshalb kann nur ${n} selbst wieder teilen: auf der eigenen Seite oder hier mit dem persönlichen Code auf der Rückseite des Badges. Es wurde nichts geteilt.`,
    afterWithdrawal: (n, p) =>
      `${n} hat die Einwilligung für ${p} früher widerrufen. Deshalb kann nur ${n} selbst wieder teilen: auf der eigenen Seite oder hier mit dem persönlichen Code auf der Rückseite des Badges. Es wurde nichts geteilt.`,
    noticeChanged: "Der Hinweistext hat sich geändert, seit diese Seite geöffnet wurde. Es wurde nichts gespeichert; bitte laden Sie die Seite neu und entscheiden Sie noch einmal.",
    alreadyDecided: "Es wurde bereits eine Entscheidung gespeichert. Die erste gilt.",
  },
};
