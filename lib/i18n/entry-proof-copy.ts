// The words of the entrant's inclusion proof on their own page, per language.
import type { Language } from "@/lib/consent/notice-text";

type Copy = {
  summary: string;
  intro: string;
  entry: string;
  salt: string;
  leaf: string;
  path: string;
  left: string;
  right: string;
  root: string;
  how: string;
  private: string;
};

export const ENTRY_PROOF_COPY: Record<Language, Copy> = {
  en: {
    summary: "Check that your entry is in the drawing",
    intro: "Your entry was frozen with the others. These values prove it is counted, without showing anyone else's entry.",
    entry: "Your entry number",
    salt: "Your secret salt",
    leaf: "Your leaf",
    path: "Path to the root",
    left: "on the left",
    right: "on the right",
    root: "Entry root (also on the drawing's public page)",
    how: "Your leaf is SHA-256 of the byte 00 followed by the text “entry number:salt”. At each step, hash the byte 01 followed by the two hashes, the given one on the side shown. The last result must be the entry root.",
    private: "Keep your salt to yourself: with it, anyone could tell which leaf is yours.",
  },
  de: {
    summary: "Prüfen Sie, ob Ihre Teilnahme in der Verlosung ist",
    intro: "Ihre Teilnahme wurde mit allen anderen festgeschrieben. Diese Werte belegen, dass sie zählt, ohne die Teilnahme anderer zu zeigen.",
    entry: "Ihre Teilnahmenummer",
    salt: "Ihr geheimer Zufallswert (Salt)",
    leaf: "Ihr Blatt",
    path: "Pfad zur Wurzel",
    left: "links",
    right: "rechts",
    root: "Wurzel der Teilnahmen (auch auf der öffentlichen Seite der Verlosung)",
    how: "Ihr Blatt ist SHA-256 des Bytes 00, gefolgt vom Text „Teilnahmenummer:Salt“. Bilden Sie bei jedem Schritt SHA-256 des Bytes 01, gefolgt von beiden Hashwerten, den angegebenen auf der genannten Seite. Das letzte Ergebnis muss die Wurzel der Teilnahmen sein.",
    private: "Behalten Sie Ihren Zufallswert für sich: Damit könnte jeder erkennen, welches Blatt Ihres ist.",
  },
};
