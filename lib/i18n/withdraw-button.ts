// The button on the attendee's own page that withdraws a share. The notice tells the attendee
// to tap it by name, so both read the label from here: a notice can never name a button the
// page does not have (issue 12 §3: the German notice named "Widerrufen", which did not exist).
import type { Language } from "@/lib/consent/notice-text";

export const WITHDRAW_BUTTON: Record<Language, (partner: string) => string> = {
  en: (partner) => `Withdraw my consent for ${partner}`,
  de: (partner) => `Einwilligung für ${partner} widerrufen`,
};
