// "Delete my data" on the attendee's own page, per language (GDPR Art. 17).
import type { Language } from "@/lib/consent/notice-text";

type Copy = {
  heading: string;
  explain: (days: number) => string;
  start: string;
  confirmQuestion: string;
  confirmWhat: string;
  confirm: string;
  cancel: string;
  deleting: string;
  done: string;
};

export const DELETE_MY_DATA_COPY: Record<Language, Copy> = {
  en: {
    heading: "Delete my data",
    explain: (days) =>
      `Your data is erased automatically ${days} days after the event's last day. You can have it erased now instead.`,
    start: "Delete my data…",
    confirmQuestion: "Delete your data now?",
    confirmWhat:
      "Your name, email and other contact details are erased. Every partner you shared with loses your contact at once and keeps only a code that stops them from writing to you. This page and your badge stop working. This cannot be undone.",
    confirm: "Yes, delete my data",
    cancel: "Cancel",
    deleting: "Deleting…",
    done: "Your data has been deleted. This page no longer works; you can close it.",
  },
  de: {
    heading: "Meine Daten löschen",
    explain: (days) =>
      `Ihre Daten werden ${days} Tage nach dem letzten Veranstaltungstag automatisch gelöscht. Sie können sie stattdessen auch jetzt löschen lassen.`,
    start: "Meine Daten löschen …",
    confirmQuestion: "Möchten Sie Ihre Daten jetzt löschen?",
    confirmWhat:
      "Ihr Name, Ihre E-Mail-Adresse und Ihre übrigen Kontaktdaten werden gelöscht. Alle Partner, mit denen Sie Ihre Daten geteilt haben, verlieren Ihren Kontakt sofort und behalten nur einen Code, der verhindert, dass sie Ihnen schreiben. Diese Seite und Ihr Badge funktionieren danach nicht mehr. Das kann nicht rückgängig gemacht werden.",
    confirm: "Ja, meine Daten löschen",
    cancel: "Abbrechen",
    deleting: "Wird gelöscht …",
    done: "Ihre Daten wurden gelöscht. Diese Seite funktioniert nicht mehr; Sie können sie schließen.",
  },
};
