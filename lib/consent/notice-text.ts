// The notice's words: per-language defaults, the placeholders a template may use, and the
// rendering of a template for one partner into the exact text an attendee reads.
import { purposeIn } from "@/lib/i18n/translated";
import { WITHDRAW_BUTTON } from "@/lib/i18n/withdraw-button";
import type { PartnerWords } from "../partners/partner-words";

export const LANGUAGES = ["en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", de: "Deutsch" };

/** What a lead carries to its partner, as the attendee is told. */
export const SHARED_FIELDS: Record<Language, readonly string[]> = {
  en: ["name", "email address", "phone number", "company", "job title", "country"],
  de: ["Name", "E-Mail-Adresse", "Telefonnummer", "Firma", "Position", "Land"],
};

// Names the page's real button (lib/i18n/withdraw-button.ts), quoted as each language quotes.
const WITHDRAW_HOW: Record<Language, (partner: string) => string> = {
  en: (partner) =>
    `scan the code on the back of your badge to open your own page and tap "${WITHDRAW_BUTTON.en(partner)}", or ask at the registration desk. ` +
    `${partner} stops seeing your details at once.`,
  de: (partner) =>
    `Scannen Sie den Code auf der Rückseite Ihres Badges, um Ihre persönliche Seite zu öffnen, und tippen Sie dort auf „${WITHDRAW_BUTTON.de(partner)}“, ` +
    `oder wenden Sie sich an den Empfang. ${partner} sieht Ihre Daten dann sofort nicht mehr.`,
};

/** Each placeholder stands for something consent rule 2 requires the screen to say. */
export const PLACEHOLDERS = {
  partner: "the partner's name",
  booth: "the partner's booth",
  fields: "the contact fields that would be shared",
  purpose: "the partner's purpose of contact",
  privacy_url: "the partner's privacy-policy link",
  withdraw: "how to withdraw later",
} as const;
export const REQUIRED_PLACEHOLDERS = ["partner", "fields", "purpose", "privacy_url", "withdraw"] as const;

export const DEFAULT_NOTICES: Record<Language, string> = {
  en: [
    "{partner} (booth {booth}) asks for your contact details: {fields}.",
    "They will use them for this purpose: {purpose}",
    "How {partner} handles your data: {privacy_url}",
    "You can withdraw your consent at any time: {withdraw}",
  ].join("\n\n"),
  de: [
    "{partner} (Stand {booth}) bittet um Ihre Kontaktdaten: {fields}.",
    "Zweck der Verwendung: {purpose}",
    "So geht {partner} mit Ihren Daten um: {privacy_url}",
    "Sie können Ihre Einwilligung jederzeit widerrufen: {withdraw}",
  ].join("\n\n"),
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export function renderNoticeText(template: string, partner: PartnerWords, language: Language): string {
  const values: Record<keyof typeof PLACEHOLDERS, string> = {
    partner: partner.name,
    booth: partner.booth,
    fields: SHARED_FIELDS[language].join(", "),
    purpose: purposeIn(partner, language),
    privacy_url: partner.privacyUrl,
    withdraw: WITHDRAW_HOW[language](partner.name),
  };
  const text = template
    .replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key as keyof typeof values] : whole))
    .replace(/\r\n?/g, "\n")
    .trim();
  // What a share brings, in the partner's own words, after the organizer's text (issue 16 §1).
  const promise = partner.promises?.[language];
  return promise ? `${text}\n\n${promise}` : text;
}

/** Placeholders a template lacks (rule 2) or does not know; empty when it is fine. */
export function templateProblems(template: string): string[] {
  const used = new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
  const missing = REQUIRED_PLACEHOLDERS.filter((p) => !used.has(p)).map((p) => `{${p}} is missing (${PLACEHOLDERS[p]})`);
  const unknown = [...used].filter((p) => !(p in PLACEHOLDERS)).map((p) => `{${p}} is not a placeholder`);
  return [...missing, ...unknown];
}
