// The event page's list of organizer texts an attendee would read in English on a German
// screen (lib/events/missing-translations.ts). Those screens show the English text, marked.
import Link from "next/link";
import type { MissingTranslation } from "@/lib/events/missing-translations";

export function MissingTranslations({ missing }: { missing: MissingTranslation[] }) {
  if (missing.length === 0) return null;
  return (
    <div className="alert" role="status" data-testid="missing-translations">
      <p style={{ margin: 0 }}>
        German screens show these in English, marked “(auf Englisch)”, until you add the German text:
      </p>
      <ul style={{ margin: "0.25rem 0 0" }}>
        {missing.map((m) => (
          <li key={m.what}>
            <Link href={m.href}>{m.what}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
