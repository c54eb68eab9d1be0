// The attendee's own page (/me) and each partner card on it, per language. The withdraw
// button's label is shared with the notice that names it (./withdraw-button.ts).
import type { ConsentMethod } from "@/db/schema";
import type { Language } from "@/lib/consent/notice-text";
import { WITHDRAW_BUTTON } from "./withdraw-button";

type Action = "grant" | "decline" | "withdraw" | "lapse";
type Method = ConsentMethod;

type MeCopy = {
  title: string;
  hello: (name: string) => string;
  intro: (event: string) => string;
  languageNav: string;
  partnersHeading: string;
  noPartners: string;
  drawingHeading: string;
  drawingNote: string;
  booth: (booth: string) => string;
  state: Record<Action, string>;
  where: Record<Method, string>;
  since: string;
  undecided: string;
  lapsed: (partner: string) => string;
  shared: (partner: string) => string;
  withdrawn: (partner: string) => string;
  declined: (partner: string) => string;
  alreadyShared: (partner: string) => string;
  nothingToWithdraw: (partner: string, state: string) => string;
  share: (partner: string) => string;
  dontShare: (partner: string) => string;
  withdraw: (partner: string) => string;
  whatSharingMeans: (partner: string) => string;
  receiptsSummary: (count: number) => string;
  on: string;
  receipt: string;
};

export const ME_COPY: Record<Language, MeCopy> = {
  en: {
    title: "Your page",
    hello: (name) => `Hello ${name}`,
    intro: (event) =>
      `This is your own page for ${event}. It lists every partner whose booth scanned your badge and what you decided for each. You can withdraw a share here at any time, with one tap; it takes effect at once.`,
    languageNav: "Language",
    partnersHeading: "Partners you met",
    noPartners: "No booth has scanned your badge yet. When one does, it appears here.",
    drawingHeading: "Prize drawing",
    drawingNote: "Your visits count for the drawing whatever you decided about sharing.",
    booth: (booth) => `booth ${booth}`,
    state: { grant: "Shared", decline: "Not shared", withdraw: "Withdrawn", lapse: "Share ended" },
    where: {
      booth_device: "at the booth",
      personal_page: "on this page",
      partner_change: "when the partner changed its words",
      erasure: "when your data was erased",
      retention: "when the retention period ended",
    },
    since: "since",
    undecided: "You visited this booth and have not decided about sharing.",
    lapsed: (p) => `${p} changed what it told you; your share ended. Share again? Here is what ${p} tells you now:`,
    shared: (p) => `${p} can see your contact details again.`,
    withdrawn: (p) => `Done: ${p} no longer sees your contact details, and is told that you withdrew.`,
    declined: (p) => `Done: you do not share your contact details with ${p}.`,
    alreadyShared: (p) => `Nothing changed: you already share your contact details with ${p}.`,
    nothingToWithdraw: (p, state) =>
      `Nothing to withdraw: ${p} does not have your contact details from you (your decision already was "${state}"). Nothing was changed.`,
    share: (p) => `Share my details with ${p}`,
    dontShare: (p) => `Don't share with ${p}`,
    withdraw: WITHDRAW_BUTTON.en,
    whatSharingMeans: (p) => `What sharing with ${p} means`,
    receiptsSummary: (n) => `Your decisions and receipts (${n})`,
    on: "on",
    receipt: "Receipt",
  },
  de: {
    title: "Ihre Seite",
    hello: (name) => `Hallo ${name}`,
    intro: (event) =>
      `Dies ist Ihre persönliche Seite für ${event}. Hier sehen Sie jeden Partner, an dessen Stand Ihr Badge gescannt wurde, und was Sie jeweils entschieden haben. Eine Freigabe können Sie hier jederzeit mit einem Tippen widerrufen; der Widerruf gilt sofort.`,
    languageNav: "Sprache",
    partnersHeading: "Partner, die Sie besucht haben",
    noPartners: "Ihr Badge wurde noch an keinem Stand gescannt. Sobald das geschieht, erscheint der Stand hier.",
    drawingHeading: "Verlosung",
    drawingNote: "Ihre Besuche zählen für die Verlosung, unabhängig davon, ob Sie Ihre Daten geteilt haben.",
    booth: (booth) => `Stand ${booth}`,
    state: { grant: "Geteilt", decline: "Nicht geteilt", withdraw: "Widerrufen", lapse: "Freigabe beendet" },
    where: {
      booth_device: "am Stand",
      personal_page: "auf dieser Seite",
      partner_change: "als der Partner seine Angaben änderte",
      erasure: "als Ihre Daten gelöscht wurden",
      retention: "als die Aufbewahrungsfrist endete",
    },
    since: "seit",
    undecided: "Sie haben diesen Stand besucht und noch nicht über das Teilen entschieden.",
    lapsed: (p) =>
      `Die Angaben, die ${p} Ihnen gemacht hat, haben sich geändert; Ihre Freigabe ist beendet. Möchten Sie erneut teilen? Das sagt ${p} Ihnen jetzt:`,
    shared: (p) => `${p} kann Ihre Kontaktdaten wieder sehen.`,
    withdrawn: (p) => `Erledigt: ${p} sieht Ihre Kontaktdaten nicht mehr und wird über Ihren Widerruf informiert.`,
    declined: (p) => `Erledigt: Sie teilen Ihre Kontaktdaten nicht mit ${p}.`,
    alreadyShared: (p) => `Keine Änderung: Sie teilen Ihre Kontaktdaten bereits mit ${p}.`,
    nothingToWithdraw: (p, state) =>
      `Nichts zu widerrufen: ${p} hat Ihre Kontaktdaten nicht von Ihnen erhalten (Ihre Entscheidung war bereits „${state}“). Es wurde nichts geändert.`,
    share: (p) => `Meine Daten mit ${p} teilen`,
    dontShare: (p) => `Nicht mit ${p} teilen`,
    withdraw: WITHDRAW_BUTTON.de,
    whatSharingMeans: (p) => `Was das Teilen mit ${p} bedeutet`,
    receiptsSummary: (n) => `Ihre Entscheidungen und Belege (${n})`,
    on: "am",
    receipt: "Beleg",
  },
};
