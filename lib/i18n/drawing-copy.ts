// The attendee's drawings on their own page, per language.
import type { Language } from "@/lib/consent/notice-text";

type DrawingCopy = {
  none: string;
  rules: string;
  visited: (visits: number, required: number) => string;
  stillNeeded: (n: number) => string;
  enough: string;
  countsAnyway: string;
  closes: (when: string) => string;
  entered: (entryId: number) => string;
  notYetEligible: string;
  closed: string;
  enter: string;
  notEntered: string;
  won: (entryId: number) => string;
  tookPart: (entryId: number) => string;
  didNotQualify: (entryId: number, visits: number, required: number) => string;
};

const booths = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const DRAWING_COPY: Record<Language, DrawingCopy> = {
  en: {
    none: "This event has no prize drawing.",
    rules: "Rules and how anyone can check the winners",
    visited: (v, r) => `You have visited ${booths(v, "booth", "booths")} of the ${r} needed.`,
    stillNeeded: (n) => `Visit ${booths(n, "more booth", "more booths")} to qualify.`,
    enough: "That is enough to qualify.",
    countsAnyway: "A visit counts whether or not you shared your details with that partner.",
    closes: (w) => `Entries close ${w}.`,
    entered: (id) => `You are entered (entry #${id}).`,
    notYetEligible: "Your entry counts once you have visited enough booths.",
    closed: "Entries are closed.",
    enter: "Enter the drawing",
    notEntered: "The winners have been drawn. You did not enter this drawing.",
    won: (id) => `You won! Your entry #${id} was drawn. The organizer will contact you.`,
    tookPart: (id) => `The winners have been drawn. Your entry #${id} took part but did not win this time.`,
    didNotQualify: (id, v, r) =>
      `The winners have been drawn. Your entry #${id} did not qualify: you had visited ${booths(v, "booth", "booths")} of the ${r} needed.`,
  },
  de: {
    none: "Bei dieser Veranstaltung gibt es keine Verlosung.",
    rules: "Teilnahmebedingungen und wie jeder die Gewinner prüfen kann",
    visited: (v, r) => `Sie haben ${booths(v, "Stand", "Stände")} von ${r} benötigten besucht.`,
    stillNeeded: (n) => `Besuchen Sie ${n === 1 ? "einen weiteren Stand" : `${n} weitere Stände`}, um teilnahmeberechtigt zu sein.`,
    enough: "Damit sind Sie teilnahmeberechtigt.",
    countsAnyway: "Ein Besuch zählt unabhängig davon, ob Sie Ihre Daten mit diesem Partner geteilt haben.",
    closes: (w) => `Teilnahmeschluss: ${w}.`,
    entered: (id) => `Sie nehmen teil (Los Nr. ${id}).`,
    notYetEligible: "Ihr Los zählt, sobald Sie genügend Stände besucht haben.",
    closed: "Die Teilnahme ist geschlossen.",
    enter: "An der Verlosung teilnehmen",
    notEntered: "Die Gewinner wurden gezogen. Sie haben an dieser Verlosung nicht teilgenommen.",
    won: (id) => `Sie haben gewonnen! Ihr Los Nr. ${id} wurde gezogen. Der Veranstalter meldet sich bei Ihnen.`,
    tookPart: (id) => `Die Gewinner wurden gezogen. Ihr Los Nr. ${id} hat teilgenommen, aber diesmal nicht gewonnen.`,
    didNotQualify: (id, v, r) =>
      `Die Gewinner wurden gezogen. Ihr Los Nr. ${id} war nicht teilnahmeberechtigt: Sie hatten ${booths(v, "Stand", "Stände")} von ${r} benötigten besucht.`,
  },
};
