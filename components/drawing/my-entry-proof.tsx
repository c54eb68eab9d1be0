// The entrant's own proof of inclusion, on their personal page: entry number, salt, leaf and the
// path of sibling hashes to the published entry root (lib/drawing/merkle.ts, decision 026).
import type { Language } from "@/lib/consent/notice-text";
import type { EntryProof } from "@/lib/drawing/entry-proof";
import { ENTRY_PROOF_COPY } from "@/lib/i18n/entry-proof-copy";

export function MyEntryProof({ proof, language }: { proof: EntryProof; language: Language }) {
  const t = ENTRY_PROOF_COPY[language];
  return (
    <details className="small" data-testid="entry-proof" lang={language}>
      <summary>{t.summary}</summary>
      <div className="stack">
        <p>{t.intro}</p>
        <dl className="stack" style={{ margin: 0 }}>
          <Row term={t.entry}>#{proof.entryId}</Row>
          <Row term={t.salt}>
            <code data-testid="entry-salt">{proof.salt}</code>
          </Row>
          <Row term={t.leaf}>
            <code>{proof.leaf}</code>
          </Row>
          <Row term={t.path}>
            <ol data-testid="entry-path">
              {proof.path.map((step, i) => (
                <li key={i}>
                  <code>{step.sibling}</code> ({step.left ? t.left : t.right})
                </li>
              ))}
            </ol>
          </Row>
          <Row term={t.root}>
            <code data-testid="entry-root-mine">{proof.root}</code>
          </Row>
        </dl>
        <p>{t.how}</p>
        <p className="muted">{t.private}</p>
      </div>
    </details>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt style={{ fontWeight: 600 }}>{term}</dt>
      <dd style={{ margin: 0, overflowWrap: "anywhere" }}>{children}</dd>
    </div>
  );
}
