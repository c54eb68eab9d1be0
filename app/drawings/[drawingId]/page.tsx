import type { Metadata } from "next";
import { getPublicRecord } from "@/lib/drawing/public-drawing";
import { idParam, orNotFound } from "@/lib/http/pages";
import { languageOr } from "@/lib/i18n/language";
import { PUBLIC_DRAWING_COPY } from "@/lib/i18n/public-drawing-copy";
import { DrawingFacts } from "@/components/drawing/drawing-facts";
import { LanguageLinks } from "@/components/drawing/language-links";
import { LegacyResult } from "@/components/drawing/legacy-result";
import { PublicResult } from "@/components/drawing/public-result";
import { PublishedText } from "@/components/drawing/published-text";
import { VerifySteps } from "@/components/drawing/verify-steps";
import { publicBase } from "@/lib/http/public-base";

type Props = { params: Promise<{ drawingId: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: PUBLIC_DRAWING_COPY[languageOr((await searchParams).lang)].title };
}
// Status, seed and winners change at the freeze and the draw: never serve a cached copy.
export const dynamic = "force-dynamic";

/** The public page of a drawing: no sign-in, the same for everyone; from the freeze on, the stored record. */
export default async function PublicDrawingPage({ params, searchParams }: Props) {
  const drawingId = idParam((await params).drawingId);
  // No attendee here to keep a choice for: ?lang= alone, English otherwise.
  const language = languageOr((await searchParams).lang);
  const t = PUBLIC_DRAWING_COPY[language];
  const found = orNotFound(() => getPublicRecord(drawingId));
  const path = `/drawings/${drawingId}`;
  if ("legacy" in found) return <LegacyResult drawing={found.legacy} language={language} path={path} />;
  const d = found.published;
  const jsonUrl = `${await publicBase()}${path}/result.json`;
  return (
    <main className="narrow stack" lang={language}>
      <p className="muted small">{t.eventLine(d.event)}</p>
      <h1>
        <PublishedText texts={d.rules.texts} field="name" language={language} />
      </h1>
      <LanguageLinks path={path} language={language} />
      <DrawingFacts drawing={d} jsonUrl={jsonUrl} language={language} />
      {d.draw ? (
        <>
          <PublicResult draw={d.draw} language={language} />
          <VerifySteps drawing={d} jsonUrl={jsonUrl} language={language} />
        </>
      ) : (
        <section className="card stack">
          <h2>{t.howHeading}</h2>
          <p>{t.how}</p>
          <p className="muted small">{t.algorithm(d.algorithm)}</p>
        </section>
      )}
    </main>
  );
}
