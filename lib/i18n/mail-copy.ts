// Emails to attendees, in the language they chose (attendees.language): the share confirmation
// and the notice that a share ended because the partner changed its words.
import type { Language } from "@/lib/consent/notice-text";

/** What the partner sends with the confirmation (its follow-up, issue 16 §1). */
export type FollowUpMail = { message: string; links: { label: string; url: string }[]; replyTo: boolean };
/** followUp: the follow-up's lines (followUpLines), above the confirmation; none, none. */
type ShareMail = { partner: string; booth: string; purpose: string; when: string; firstName: string; receipt: string; page: string; followUp: string[] };
type LapseMail = { firstName: string; renamed: string; partner: string; changed: string[]; when: string; page: string };

type MailCopy = {
  shareSubject: (partner: string) => string;
  shareText: (m: ShareMail) => string[];
  followUpIntro: (partner: string, booth: string) => string;
  followUpReply: (partner: string) => string;
  lapseSubject: (partner: string) => string;
  lapseText: (m: LapseMail) => string[];
  labels: { name: string; purpose: string; privacyUrl: string; purposeDe: string };
  before: string;
  now: string;
  renamed: (before: string, after: string) => string;
};

export const MAIL_COPY: Record<Language, MailCopy> = {
  en: {
    shareSubject: (p) => `You shared your contact details with ${p}`,
    shareText: (m) => [
      `Hello ${m.firstName},`,
      ``,
      ...m.followUp,
      `Your contact details were shared with ${m.partner} (booth ${m.booth}).`,
      ``,
      `  Partner: ${m.partner}`,
      `  Purpose: ${m.purpose}`,
      `  When:    ${m.when}`,
      ``,
      `Your receipt: ${m.receipt}`,
      ``,
      `Did you not mean to share, or changed your mind? Withdraw in one tap on your page:`,
      m.page,
      ``,
      `You get this message because a share was recorded for your badge. If you did not make it, withdraw it on your page.`,
    ],
    followUpIntro: (partner, booth) => `${partner} sends you what it promised at booth ${booth}:`,
    followUpReply: (partner) => `Reply to this email to reach ${partner}.`,
    lapseSubject: (p) => `${p} changed what it told you: your share has ended`,
    lapseText: (m) => [
      `Hello ${m.firstName},`,
      ``,
      `You shared your contact details with ${m.renamed}. Since then the partner has changed what it told you when you decided:`,
      ``,
      ...m.changed,
      ``,
      `You agreed to the words before the change, so your share ended on ${m.when}. ${m.partner} will not receive your contact details in any later export; if it received them in an earlier one, they are on its list of contacts to stop using.`,
      ``,
      `If you want to share with ${m.partner} under the new words, or say no, decide again on your page:`,
      m.page,
      ``,
      `You get this message because your badge had a share with this partner.`,
    ],
    labels: { name: "Name", purpose: "Purpose", privacyUrl: "Privacy policy", purposeDe: "Purpose in German" },
    before: "before",
    now: "now",
    renamed: (before, after) => `${before} (now ${after})`,
  },
  de: {
    shareSubject: (p) => `Sie haben Ihre Kontaktdaten mit ${p} geteilt`,
    shareText: (m) => [
      `Guten Tag ${m.firstName},`,
      ``,
      ...m.followUp,
      `Ihre Kontaktdaten wurden mit ${m.partner} (Stand ${m.booth}) geteilt.`,
      ``,
      `  Partner: ${m.partner}`,
      `  Zweck:   ${m.purpose}`,
      `  Wann:    ${m.when}`,
      ``,
      `Ihr Beleg: ${m.receipt}`,
      ``,
      `Wollten Sie nicht teilen, oder haben Sie es sich anders überlegt? Auf Ihrer persönlichen Seite widerrufen Sie mit einem Tippen:`,
      m.page,
      ``,
      `Sie erhalten diese Nachricht, weil für Ihren Badge eine Freigabe erfasst wurde. Wenn Sie diese nicht selbst erteilt haben, widerrufen Sie sie bitte auf Ihrer Seite.`,
    ],
    followUpIntro: (partner, booth) => `${partner} schickt Ihnen, was am Stand ${booth} versprochen wurde:`,
    followUpReply: (partner) => `Antworten Sie auf diese E-Mail, um ${partner} zu erreichen.`,
    lapseSubject: (p) => `${p} hat seine Angaben geändert: Ihre Freigabe ist beendet`,
    lapseText: (m) => [
      `Guten Tag ${m.firstName},`,
      ``,
      `Sie haben Ihre Kontaktdaten mit ${m.renamed} geteilt. Seitdem hat der Partner die Angaben geändert, die Ihnen bei Ihrer Entscheidung angezeigt wurden:`,
      ``,
      ...m.changed,
      ``,
      `Sie haben den Angaben vor der Änderung zugestimmt; deshalb endete Ihre Freigabe am ${m.when}. ${m.partner} erhält Ihre Kontaktdaten in keinem späteren Export; falls ${m.partner} sie in einem früheren Export erhalten hat, stehen sie dort auf der Liste der Kontakte, die nicht mehr verwendet werden dürfen.`,
      ``,
      `Wenn Sie unter den neuen Angaben mit ${m.partner} teilen oder ablehnen möchten, entscheiden Sie bitte erneut auf Ihrer Seite:`,
      m.page,
      ``,
      `Sie erhalten diese Nachricht, weil für Ihren Badge eine Freigabe für diesen Partner bestand.`,
    ],
    labels: { name: "Name", purpose: "Zweck", privacyUrl: "Datenschutzerklärung", purposeDe: "Zweck auf Deutsch" },
    before: "vorher",
    now: "jetzt",
    renamed: (before, after) => `${before} (jetzt ${after})`,
  },
};

/** The follow-up's lines: the partner's message, its links one to a line, how to answer, and a rule before the confirmation. */
export function followUpLines(t: MailCopy, partner: { partner: string; booth: string }, f: FollowUpMail | null): string[] {
  if (!f) return [];
  const links = f.links.map((l) => `  ${l.label}: ${l.url}`);
  return [t.followUpIntro(partner.partner, partner.booth), ``, f.message, ``, ...links, ...(links.length ? [``] : []), ...(f.replyTo ? [t.followUpReply(partner.partner), ``] : []), `—`, ``];
}
