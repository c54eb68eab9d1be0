// The consent receipt as the attendee reads it on their page. The JSON receipt keeps its
// standard's English field values; these are only the page's words around them.
import type { ConsentMethod } from "@/db/schema";
import type { Language } from "@/lib/consent/notice-text";

type State = "given" | "refused" | "withdrawn" | "expired";

type ReceiptCopy = {
  title: string;
  back: string;
  download: string;
  record: string;
  receipt: string;
  state: Record<State, string>;
  decision: string;
  who: string;
  attendee: string;
  pseudonym: string;
  withWhom: string;
  booth: (booth: string) => string;
  privacyPolicy: string;
  organizerNote: (organizer: string) => string;
  wordsNotRecorded: string;
  what: string;
  ifGiven: string;
  forPurpose: string;
  when: string;
  recordedByServer: string;
  deviceTime: string;
  clamped: (claimed: string) => string;
  how: string;
  explicitTap: (method: string) => string;
  methods: Record<ConsentMethod, string>;
  /** The validity, which the JSON receipt states in English. */
  untilWords: Record<"withdrawn by the attendee" | "the attendee decides again", string>;
  atBooth: (device: string, booth: string) => string;
  scan: string;
  howToWithdraw: string;
  valid: string;
  until: (until: string) => string;
  keptAtMost: (atMost: string) => string;
  /** The retention period (the receipt's JSON keeps its standard English text; the page says it in its language). */
  keptFor: (days: number) => string;
  exactText: string;
  noticeMeta: (version: number, language: string) => string;
  ledger: string;
  hash: string;
  previous: string;
  beforeChain: string;
  firstEntry: string;
  history: string;
  received: string;
  boothDevice: string;
  ownPage: string;
  notStated: string;
  legalHeading: string;
  legalLine: (legalName: string, address: string, contact: string, type: string) => string;
  types: Record<"dpv:ForProfitOrganisation" | "dpv:NonProfitOrganisation" | "dpv:GovernmentalOrganisation" | "dpv:NaturalPerson", string>;
  roles: Record<"PII Controller" | "PII Processor" | "Authority", string>;
  place: string;
  rights: string;
  rightNames: Record<Right, string>;
  /** How to use each right, in general words; English pages show the receipt's own, as signed. */
  rightHow: Record<Exclude<Right, "withdrawal">, string>;
};

/** The rights a receipt lists (lib/consent/receipts/receipt-parties.ts); withdrawal is told in the notice's language. */
type Right = "access" | "rectification" | "erasure" | "withdrawal" | "complaint";

export const RECEIPT_COPY: Record<Language, ReceiptCopy> = {
  en: {
    title: "Your consent receipt",
    back: "← Your page",
    download: "Download JSON",
    record: "Record",
    receipt: "Receipt",
    state: {
      given: "Shared: consent given",
      refused: "Not shared: consent refused",
      withdrawn: "Withdrawn: consent taken back",
      expired: "Ended: the partner changed what it told you",
    },
    decision: "Decision",
    who: "Who",
    attendee: "Attendee",
    pseudonym: "(a pseudonym)",
    withWhom: "With whom",
    booth: (b) => `booth ${b}`,
    privacyPolicy: "privacy policy",
    organizerNote: (o) => `At ${o} (organizer, collecting on the partner's behalf)`,
    wordsNotRecorded:
      "This decision was recorded before Fairlead kept the partner's words with each decision: the partner's name, purpose and link here read as they do today. What the attendee was shown is the exact text below.",
    what: "What",
    ifGiven: "(if given)",
    forPurpose: "for this purpose:",
    when: "When",
    recordedByServer: "Recorded by the server",
    deviceTime: "Device time",
    clamped: (c) => `(clamped: the device claimed ${c}, outside the time from its pairing to the server's receipt)`,
    how: "How",
    explicitTap: (m) => `An explicit tap on the ${m}`,
    methods: {
      booth_device: "booth device",
      personal_page: "attendee's own page",
      partner_change: "ended by a change of the partner's notice",
      erasure: "ended by the erasure of the attendee's data",
      retention: "ended when the retention period passed",
    },
    untilWords: { "withdrawn by the attendee": "withdrawn by the attendee", "the attendee decides again": "the attendee decides again" },
    atBooth: (d, b) => `“${d}” at booth ${b}`,
    scan: "Scan",
    howToWithdraw: "How to withdraw",
    valid: "Valid",
    until: (u) => `Until ${u}`,
    keptAtMost: (a) => `; the shared details are kept at most ${a}`,
    keptFor: (d) => `${d} ${d === 1 ? "day" : "days"} after the event's last day, then the attendee's contact details are erased`,
    exactText: "The exact text shown",
    noticeMeta: (v, l) => `Notice version ${v}, language ${l}, sha256`,
    ledger: "Ledger",
    hash: "Hash",
    previous: "Previous",
    beforeChain: "(before the hash chain)",
    firstEntry: "(first entry)",
    history: "Decision history",
    received: "received",
    boothDevice: "booth device",
    ownPage: "own page",
    notStated: "not stated",
    legalHeading: "Parties, place and rights",
    legalLine: (n, a, c, ty) => `Legal name: ${n} · Address: ${a} · Contact: ${c} · Type: ${ty}`,
    types: {
      "dpv:ForProfitOrganisation": "company",
      "dpv:NonProfitOrganisation": "non-profit organisation",
      "dpv:GovernmentalOrganisation": "public body",
      "dpv:NaturalPerson": "individual",
    },
    roles: {
      "PII Controller": "Controller (receives the shared details)",
      "PII Processor": "Processor (collects the decision on the partner's behalf)",
      Authority: "Supervisory authority",
    },
    place: "Jurisdiction · storage and processing · retention",
    rights: "Your rights",
    rightNames: { access: "access", rectification: "rectification", erasure: "erasure", withdrawal: "withdrawal", complaint: "complaint" },
    rightHow: {
      access: "Your own page (/me) lists every decision with its receipt; for a copy of the data held, write to the organizer (contact above).",
      rectification: "To correct your details, write to the organizer (contact above).",
      erasure: "To have your details erased, write to the organizer (contact above).",
      complaint: "You may complain to the supervisory authority named above.",
    },
  },
  de: {
    title: "Ihr Einwilligungsbeleg",
    back: "← Ihre Seite",
    download: "JSON herunterladen",
    record: "Eintrag",
    receipt: "Beleg",
    state: {
      given: "Geteilt: Einwilligung erteilt",
      refused: "Nicht geteilt: Einwilligung verweigert",
      withdrawn: "Widerrufen: Einwilligung zurückgenommen",
      expired: "Beendet: Der Partner hat seine Angaben geändert",
    },
    decision: "Entscheidung",
    who: "Wer",
    attendee: "Besucher",
    pseudonym: "(ein Pseudonym)",
    withWhom: "Mit wem",
    booth: (b) => `Stand ${b}`,
    privacyPolicy: "Datenschutzerklärung",
    organizerNote: (o) => `Bei ${o} (Veranstalter, erhebt die Entscheidung im Auftrag des Partners)`,
    wordsNotRecorded:
      "Diese Entscheidung wurde erfasst, bevor Fairlead die Angaben des Partners mit jeder Entscheidung speicherte: Name, Zweck und Link des Partners stehen hier so, wie sie heute lauten. Was Ihnen angezeigt wurde, ist der genaue Text unten.",
    what: "Was",
    ifGiven: "(falls angegeben)",
    forPurpose: "zu diesem Zweck:",
    when: "Wann",
    recordedByServer: "Vom Server erfasst",
    deviceTime: "Uhrzeit des Geräts",
    clamped: (c) => `(begrenzt: Das Gerät gab ${c} an, außerhalb der Zeit von seiner Kopplung bis zum Eingang beim Server)`,
    how: "Wie",
    explicitTap: (m) => `Ein ausdrückliches Tippen (${m})`,
    methods: {
      booth_device: "Gerät am Stand",
      personal_page: "eigene Seite des Besuchers",
      partner_change: "beendet durch eine Änderung des Partner-Hinweises",
      erasure: "beendet durch die Löschung der Daten des Besuchers",
      retention: "beendet mit dem Ablauf der Aufbewahrungsfrist",
    },
    untilWords: { "withdrawn by the attendee": "Sie widerrufen", "the attendee decides again": "Sie erneut entscheiden" },
    atBooth: (d, b) => `„${d}“ an Stand ${b}`,
    scan: "Scan",
    howToWithdraw: "So widerrufen Sie",
    valid: "Gültig",
    until: (u) => `Bis ${u}`,
    keptAtMost: (a) => `; Aufbewahrung der geteilten Daten: höchstens ${a}`,
    keptFor: (d) => `${d} ${d === 1 ? "Tag" : "Tage"} nach dem letzten Veranstaltungstag, danach werden Ihre Kontaktdaten gelöscht`,
    exactText: "Der genaue angezeigte Text",
    noticeMeta: (v, l) => `Hinweistext Version ${v}, Sprache ${l}, SHA-256`,
    ledger: "Protokoll",
    hash: "Hash",
    previous: "Vorheriger",
    beforeChain: "(vor der Hash-Kette)",
    firstEntry: "(erster Eintrag)",
    history: "Verlauf der Entscheidungen",
    received: "eingegangen",
    boothDevice: "Gerät am Stand",
    ownPage: "eigene Seite",
    notStated: "nicht angegeben",
    legalHeading: "Beteiligte, Ort und Rechte",
    legalLine: (n, a, c, ty) => `Rechtlicher Name: ${n} · Anschrift: ${a} · Kontakt: ${c} · Art: ${ty}`,
    types: {
      "dpv:ForProfitOrganisation": "Unternehmen",
      "dpv:NonProfitOrganisation": "gemeinnützige Organisation",
      "dpv:GovernmentalOrganisation": "öffentliche Stelle",
      "dpv:NaturalPerson": "Einzelperson",
    },
    roles: {
      "PII Controller": "Verantwortlicher (erhält die geteilten Daten)",
      "PII Processor": "Auftragsverarbeiter (erfasst die Entscheidung im Auftrag des Partners)",
      Authority: "Aufsichtsbehörde",
    },
    place: "Rechtsordnung · Speicherung und Verarbeitung · Aufbewahrung",
    rights: "Ihre Rechte",
    rightNames: { access: "Auskunft", rectification: "Berichtigung", erasure: "Löschung", withdrawal: "Widerruf", complaint: "Beschwerde" },
    rightHow: {
      access:
        "Ihre persönliche Seite (/me) zeigt jede Entscheidung mit ihrem Beleg; eine Kopie der gespeicherten Daten erhalten Sie auf Anfrage beim Veranstalter (Kontakt oben).",
      rectification: "Um Ihre Daten zu berichtigen, wenden Sie sich an den Veranstalter (Kontakt oben).",
      erasure: "Um Ihre Daten löschen zu lassen, wenden Sie sich an den Veranstalter (Kontakt oben).",
      complaint: "Sie können sich bei der oben genannten Aufsichtsbehörde beschweren.",
    },
  },
};
