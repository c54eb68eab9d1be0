// The attendee's personal page and receipts when their network address has tried too many
// links that open nothing (lib/auth/token-attempts.ts): shown in both languages, since an
// unknown token says nothing of the reader's.
import type { Language } from "@/lib/consent/notice-text";

type Copy = { heading: string; wait: (seconds: number) => string };

export const SLOW_DOWN_COPY: Record<Language, Copy> = {
  en: {
    heading: "Slow down",
    wait: (seconds) =>
      `Too many links that open nothing were tried from your network. Try again in ${seconds} s. If you typed the address of your page, check it against your badge or your email.`,
  },
  de: {
    heading: "Bitte etwas langsamer",
    wait: (seconds) =>
      `Aus Ihrem Netzwerk wurden zu viele Links aufgerufen, die nichts öffnen. Versuchen Sie es in ${seconds} s noch einmal. Wenn Sie die Adresse Ihrer Seite eingetippt haben, vergleichen Sie sie bitte mit Ihrem Badge oder Ihrer E-Mail.`,
  },
};
