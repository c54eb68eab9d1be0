// The consent screen's own words (the notice itself comes from the server), per language.
import type { Language } from "@/lib/consent/notice-text";

type Copy = {
  hello: (name: string) => string;
  /** The heading offline, where the phone does not know the attendee's name. */
  scanned: string;
  offline: string;
  question: (partner: string) => string;
  share: (partner: string) => string;
  decline: string;
  drawingLabel: string;
  drawingLine: (name: string, prize: string) => string;
  decisionGroup: (partner: string) => string;
  saving: string;
  notSaved: string;
  notice: (version: number) => string;
  /** "lapse": the partner changed its words since the attendee shared (docs/decisions/023). */
  current: (action: "grant" | "decline" | "withdraw" | "lapse", partner: string, date: string) => string;
  change: string;
  language: string;
  inEnglish: string;
};

export const CONSENT_COPY: Record<Language, Copy> = {
  en: {
    hello: (name) => `Hi ${name}!`,
    scanned: "Badge scanned",
    offline: "This phone is offline: your choice is kept on it and sent to Fairlead as soon as it is back online.",
    question: (partner) => `Would you like to share your contact details with ${partner}? It is your choice, and only for ${partner}.`,
    share: (partner) => `Share my details with ${partner}`,
    decline: "Don't share",
    drawingLabel: "Count my visits for the prize drawing",
    drawingLine: (name, prize) => `${name}: ${prize}. The drawing never depends on sharing: your visit counts the same whichever button you tap.`,
    decisionGroup: (partner) => `Your decision for ${partner}`,
    saving: "Saving your choice…",
    notSaved: "Your choice was not saved yet: please tap it again.",
    notice: (version) => `Notice version ${version} (English).`,
    current: (action, partner, date) =>
      action === "grant"
        ? `You shared your details with ${partner} on ${date}.`
        : action === "lapse"
          ? `Your share with ${partner} ended on ${date}: ${partner} changed what it tells attendees.`
          : `You chose not to share with ${partner} on ${date}.`,
    change: "You can keep that, or change it here.",
    language: "Language",
    /** Marks an organizer's text shown in English because its German version is missing. */
    inEnglish: "",
  },
  de: {
    hello: (name) => `Hallo ${name}!`,
    scanned: "Badge gescannt",
    offline: "Dieses Telefon ist offline: Ihre Wahl wird auf dem Telefon gespeichert und an Fairlead gesendet, sobald es wieder online ist.",
    question: (partner) => `Möchten Sie Ihre Kontaktdaten mit ${partner} teilen? Sie entscheiden selbst, und nur für ${partner}.`,
    share: (partner) => `Meine Daten mit ${partner} teilen`,
    decline: "Nicht teilen",
    drawingLabel: "Meine Besuche für die Verlosung zählen lassen",
    drawingLine: (name, prize) => `${name}: ${prize}. Die Verlosung hängt nie vom Teilen ab: Ihr Besuch zählt gleich, welche Schaltfläche Sie wählen.`,
    decisionGroup: (partner) => `Ihre Entscheidung für ${partner}`,
    saving: "Ihre Wahl wird gespeichert…",
    notSaved: "Ihre Wahl ist noch nicht gespeichert. Bitte tippen Sie noch einmal darauf.",
    notice: (version) => `Hinweistext, Version ${version} (Deutsch).`,
    current: (action, partner, date) =>
      action === "grant"
        ? `Sie haben Ihre Daten am ${date} mit ${partner} geteilt.`
        : action === "lapse"
          ? `Ihre Freigabe für ${partner} endete am ${date}: Die Angaben, die ${partner} Besuchern macht, haben sich geändert.`
          : `Sie haben am ${date} entschieden, Ihre Daten nicht mit ${partner} zu teilen.`,
    change: "Sie können diese Entscheidung beibehalten oder hier ändern.",
    language: "Sprache",
    inEnglish: "(auf Englisch)",
  },
};
