// The public page of a drawing (/drawings/[id]), per language. The published record stays as it
// was written (English rule texts, hashed at the freeze); the German page describes the same
// numbers in German and links the record for the exact published words.
import type { Language } from "@/lib/consent/notice-text";

type Status = "open" | "closed" | "frozen" | "drawn";

type PublicDrawingCopy = {
  title: string;
  eventLine: (event: string) => string;
  languageNav: string;
  rules: string;
  howHeading: string;
  how: string;
  prize: string;
  winners: string;
  winnersCount: (n: number) => string;
  whoCanWin: string;
  /** The published rule text is English: English shows it, German describes the same numbers. */
  rule: (r: { minPartners: number | null; minFraction: number | null; graceMinutes: number }, published: string) => string;
  enteringIsAChoice: string;
  entriesClose: string;
  closesAtFreeze: string;
  randomness: string;
  beaconRule: (published: string) => string;
  witnesses: (names: string) => string;
  status: string;
  statusLabel: Record<Status, string>;
  commitment: string;
  commitmentNote: (since: string) => string;
  frozen: string;
  frozenLine: (f: { at: string; entries: number; required: number; partners: number; receivedBy: string }) => string;
  entryRoot: string;
  beaconRound: string;
  freezeHash: string;
  keepThese: string;
  publishedData: string;
  winnersHeading: string;
  nobodyWon: string;
  erasedWinner: string;
  entry: (id: number) => string;
  publishedHeading: string;
  seed: string;
  beaconRandomness: string;
  verifyHeading: string;
  steps: { strong: string; rest: (round: number, winners: number) => string }[];
  withSource: string;
  needsNoDatabase: string;
  predatesFreeze: string;
  /** The published algorithm text is English: English shows it, German says the same in German. */
  algorithm: (published: string) => string;
  legacyAlgorithm: (published: string) => string;
  eligibleEntries: string;
};

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const pct = (f: number) => `${Math.round(f * 1000) / 10} %`;

export const PUBLIC_DRAWING_COPY: Record<Language, PublicDrawingCopy> = {
  en: {
    title: "Prize drawing",
    eventLine: (e) => `${e} · Prize drawing`,
    languageNav: "Language",
    rules: "Rules",
    howHeading: "How the winners will be drawn",
    how:
      "When entries close and the grace period for offline phones has passed, the organizer freezes the eligible entries: this page then publishes their Merkle root and names a future drand beacon round. After that round, the winners are drawn from the secret seed and the round's randomness together, and this page publishes everything needed to recompute them.",
    prize: "Prize",
    winners: "Winners",
    winnersCount: (c) => n(c, "winner", "winners"),
    whoCanWin: "Who can win",
    rule: (_, published) => published,
    enteringIsAChoice:
      "Entering is the attendee's own choice, on the booth screen or on their personal page; sharing contact details has nothing to do with it.",
    entriesClose: "Entries close",
    closesAtFreeze: "When the organizer freezes the entries",
    randomness: "Randomness",
    beaconRule: (published) => published,
    witnesses: (names) => `Named witnesses, each adding a value of their own at the draw: ${names}.`,
    status: "Status",
    statusLabel: {
      open: "Open for entries",
      closed: "Closed, waiting for the freeze",
      frozen: "Entries frozen, waiting for the beacon round and the draw",
      drawn: "Drawn",
    },
    commitment: "Commitment",
    commitmentNote: (since) =>
      `The SHA-256 of the secret random seed, published since ${since}. The seed is revealed at the draw; because it must match this hash, it cannot have been changed to favour anyone.`,
    frozen: "Frozen",
    frozenLine: (f) =>
      `${f.at}: ${n(f.entries, "eligible entry", "eligible entries")}; ${f.required} of ${f.partners} partner booths needed; visits received by ${f.receivedBy}.`,
    entryRoot: "Entry root",
    beaconRound: "Beacon: drand quicknet round",
    freezeHash: "Freeze hash",
    keepThese: "Keep these: the result must match them. Each entry is a salted hash; only its entrant can show which one is theirs.",
    publishedData: "Published data:",
    winnersHeading: "Winners",
    nobodyWon: "No entry was eligible, so nobody won.",
    erasedWinner: "(name erased)",
    entry: (id) => `entry #${id}`,
    publishedHeading: "Published at the draw",
    seed: "Seed:",
    beaconRandomness: "Beacon randomness:",
    verifyHeading: "Check the result yourself",
    steps: [
      { strong: "The seed was fixed before the draw.", rest: () => "Its SHA-256 must equal the commitment above." },
      {
        strong: "Nobody could know the outcome before the freeze.",
        rest: (round) =>
          `The key mixes the seed with the randomness of drand round ${round}, named at the freeze and published after it by the League of Entropy (check it at drand's public API, or verify its signature with any drand client).`,
      },
      { strong: "The entries are the frozen ones.", rest: () => "The leaves must give the entry root published at the freeze." },
      {
        strong: "The lowest scores win.",
        rest: (_, w) => `Score every leaf with HMAC-SHA256 keyed by the draw key; the first ${n(w, "leaf wins", "leaves win")}, in that order.`,
      },
    ],
    withSource: "Or, with Fairlead's source code, holding the result to what was published before the draw:",
    needsNoDatabase:
      "That command needs no database: it checks the seed, the entry root, the texts and rule, the number of winners and their order. If you entered, your personal page shows your entry number, salt and path to the root.",
    eligibleEntries: "Eligible entries",
    algorithm: (published) => published,
    legacyAlgorithm: (published) => published,
    predatesFreeze:
      "This drawing was drawn before entries were frozen and published as a Merkle root. It shows the result exactly as it was published then; it has no entry root or beacon round to check.",
  },
  de: {
    title: "Verlosung",
    eventLine: (e) => `${e} · Verlosung`,
    languageNav: "Sprache",
    rules: "Teilnahmebedingungen",
    howHeading: "So werden die Gewinner gezogen",
    how:
      "Nach dem Teilnahmeschluss und der Nachfrist für Telefone ohne Verbindung friert der Veranstalter die teilnahmeberechtigten Lose ein: Diese Seite veröffentlicht dann ihre Merkle-Wurzel und nennt eine künftige Runde des drand-Zufallsdienstes. Nach dieser Runde werden die Gewinner aus dem geheimen Startwert und dem Zufallswert der Runde gemeinsam gezogen, und diese Seite veröffentlicht alles, was man zum Nachrechnen braucht.",
    prize: "Preis",
    winners: "Gewinner",
    winnersCount: (c) => n(c, "Gewinner", "Gewinner"),
    whoCanWin: "Wer gewinnen kann",
    rule: (r) => {
      const parts: string[] = [];
      if (r.minFraction != null) parts.push(`${pct(r.minFraction)} der Partner (gezählt zum Teilnahmeschluss, aufgerundet)`);
      if (r.minPartners != null) parts.push(`${r.minPartners} oder mehr`);
      return (
        `Gescannt an mindestens ${parts.join(" und an mindestens ")} verschiedenen Partnerständen, unabhängig davon, ob die Person ihre Daten geteilt hat. ` +
        `Ein Besuch zählt, wenn er vor dem Teilnahmeschluss stattfand und der Server ihn spätestens ${r.graceMinutes} Minuten danach erhalten hat (Telefone ohne Verbindung); später Empfangenes zählt nicht.`
      );
    },
    enteringIsAChoice:
      "Die Teilnahme ist Ihre eigene Entscheidung, am Stand oder auf Ihrer persönlichen Seite; mit dem Teilen Ihrer Kontaktdaten hat sie nichts zu tun.",
    entriesClose: "Teilnahmeschluss",
    closesAtFreeze: "Wenn der Veranstalter die Lose einfriert",
    randomness: "Zufall",
    beaconRule: () =>
      "Das Ergebnis verbindet den vorab festgelegten Startwert mit dem Zufallswert einer drand-quicknet-Runde (League of Entropy), die beim Einfrieren benannt wird: die erste Runde, die mindestens 60 Sekunden danach erscheint. Sie existiert beim Einfrieren also noch nicht, und niemand, auch nicht der Veranstalter, kann sie wählen oder vorher kennen.",
    witnesses: (names) => `Benannte Zeugen, die bei der Ziehung jeweils einen eigenen Wert beitragen: ${names}.`,
    status: "Stand",
    statusLabel: {
      open: "Teilnahme möglich",
      closed: "Geschlossen, wartet auf das Einfrieren",
      frozen: "Lose eingefroren, wartet auf die Zufallsrunde und die Ziehung",
      drawn: "Gezogen",
    },
    commitment: "Festlegung",
    commitmentNote: (since) =>
      `Der SHA-256-Hash des geheimen Startwerts, veröffentlicht seit ${since}. Der Startwert wird bei der Ziehung offengelegt; da er zu diesem Hash passen muss, kann er nicht zugunsten einer Person geändert worden sein.`,
    frozen: "Eingefroren",
    frozenLine: (f) =>
      `${f.at}: ${n(f.entries, "teilnahmeberechtigtes Los", "teilnahmeberechtigte Lose")}; ${f.required} von ${f.partners} Partnerständen erforderlich; Besuche, die bis ${f.receivedBy} eingegangen sind.`,
    entryRoot: "Wurzel der Lose",
    beaconRound: "Zufallsdienst: drand-quicknet-Runde",
    freezeHash: "Hash des Einfrierens",
    keepThese:
      "Bewahren Sie diese Werte auf: Das Ergebnis muss zu ihnen passen. Jedes Los ist ein gesalzener Hash; nur die teilnehmende Person selbst kann zeigen, welches ihres ist.",
    publishedData: "Veröffentlichte Daten:",
    winnersHeading: "Gewinner",
    nobodyWon: "Kein Los war teilnahmeberechtigt, daher hat niemand gewonnen.",
    erasedWinner: "(Name gelöscht)",
    entry: (id) => `Los Nr. ${id}`,
    publishedHeading: "Bei der Ziehung veröffentlicht",
    seed: "Startwert:",
    beaconRandomness: "Zufallswert der Runde:",
    verifyHeading: "Prüfen Sie das Ergebnis selbst",
    steps: [
      { strong: "Der Startwert stand vor der Ziehung fest.", rest: () => "Sein SHA-256-Hash muss der Festlegung oben entsprechen." },
      {
        strong: "Niemand konnte das Ergebnis vor dem Einfrieren kennen.",
        rest: (round) =>
          `Der Schlüssel verbindet den Startwert mit dem Zufallswert der drand-Runde ${round}, die beim Einfrieren benannt und danach von der League of Entropy veröffentlicht wurde (prüfen Sie ihn über die öffentliche Schnittstelle von drand oder seine Signatur mit einem beliebigen drand-Programm).`,
      },
      { strong: "Es sind die eingefrorenen Lose.", rest: () => "Die Blätter müssen die beim Einfrieren veröffentlichte Wurzel ergeben." },
      {
        strong: "Die niedrigsten Werte gewinnen.",
        rest: (_, w) =>
          `Bewerten Sie jedes Blatt mit HMAC-SHA256 und dem Ziehungsschlüssel; ${w === 1 ? "das erste Blatt gewinnt" : `die ersten ${w} Blätter gewinnen`}, in dieser Reihenfolge.`,
      },
    ],
    withSource: "Oder mit dem Quellcode von Fairlead, gemessen an dem, was vor der Ziehung veröffentlicht wurde:",
    needsNoDatabase:
      "Dieser Befehl braucht keine Datenbank: Er prüft den Startwert, die Wurzel der Lose, die Texte und die Regel, die Zahl der Gewinner und ihre Reihenfolge. Wenn Sie teilgenommen haben, zeigt Ihre persönliche Seite Ihre Losnummer, Ihr Salz und den Pfad zur Wurzel.",
    eligibleEntries: "Teilnahmeberechtigte Lose",
    algorithm: () =>
      "Festlegung: SHA-256 des Startwerts (seine 64 Hexadezimalzeichen in Kleinbuchstaben als UTF-8-Text). " +
      "Ziehungsschlüssel: SHA-256 (hexadezimal, Kleinbuchstaben) des UTF-8-Texts des JSON-Arrays [\"fairlead-draw/2\", Startwert, Zufallswert der Runde, " +
      "danach der Wert jedes Zeugen in der Reihenfolge der Teilnahmebedingungen], ohne Leerzeichen geschrieben. " +
      "Wert eines Blatts: HMAC-SHA256 mit dem Ziehungsschlüssel (als UTF-8) als Schlüssel und dem Blatt als Nachricht, hexadezimal. " +
      "Es gewinnen die eingefrorenen Blätter mit den niedrigsten Werten, aufsteigend (bei Gleichstand, der praktisch nicht vorkommt, das niedrigere Blatt).",
    legacyAlgorithm: () =>
      "Festlegung: SHA-256 des Startwerts (seine 64 Hexadezimalzeichen in Kleinbuchstaben als UTF-8-Text). " +
      "Wert eines Loses: HMAC-SHA256 mit dem Startwert (als UTF-8) als Schlüssel und der Losnummer als Dezimalzahl als Nachricht, hexadezimal. " +
      "Es gewinnen die teilnahmeberechtigten Lose mit den niedrigsten Werten, aufsteigend (bei Gleichstand, der praktisch nicht vorkommt, die niedrigere Losnummer).",
    predatesFreeze:
      "Diese Verlosung wurde gezogen, bevor Lose eingefroren und als Merkle-Wurzel veröffentlicht wurden. Sie zeigt das Ergebnis genau so, wie es damals veröffentlicht wurde; eine Wurzel der Lose oder eine Zufallsrunde gibt es dafür nicht.",
  },
};
