// The consent screen's line about how long shared details are kept, per language (issue 12 §2).
import type { Language } from "@/lib/consent/notice-text";

export const RETENTION_COPY: Record<Language, (days: number) => string> = {
  en: (days) => `Fairlead erases your contact details ${days} days after the event's last day, or earlier if you ask on your personal page.`,
  de: (days) => `Fairlead löscht Ihre Kontaktdaten ${days} Tage nach dem letzten Veranstaltungstag oder früher, wenn Sie es auf Ihrer persönlichen Seite verlangen.`,
};
