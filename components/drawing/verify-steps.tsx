// How anyone recomputes a drawn result: with sha256sum and openssl alone, or with Fairlead's own
// command. The commands carry this drawing's published values, so they can be pasted as they are.
import type { PublishedDrawing } from "@/lib/drawing/published-drawing";
import type { Language } from "@/lib/i18n/language";
import { PUBLIC_DRAWING_COPY } from "@/lib/i18n/public-drawing-copy";

const pre = { whiteSpace: "pre-wrap", background: "var(--wash)", padding: "0.75rem", borderRadius: 8 } as const;
const sh = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

export function VerifySteps({ drawing: d, jsonUrl, language }: { drawing: PublishedDrawing; jsonUrl: string; language: Language }) {
  const t = PUBLIC_DRAWING_COPY[language];
  const f = d.freeze!;
  const draw = d.draw!;
  const keyJson = JSON.stringify(["fairlead-draw/2", draw.seed, draw.beaconRandomness, ...draw.witnessValues.map((w) => w.value)]);
  // Shell comments stay English: they are part of a script, not of the page's prose.
  const script = [
    `printf '%s' ${draw.seed} | sha256sum   # must print ${d.seedSha256}`,
    `curl -s ${f.beaconUrl}   # its "randomness" must be ${draw.beaconRandomness}`,
    `KEY=$(printf '%s' ${sh(keyJson)} | sha256sum | cut -d' ' -f1)`,
    `for leaf in ${f.leaves.join(" ") || "(none)"}; do`,
    `  printf '%s %s\\n' "$(printf '%s' "$leaf" | openssl dgst -sha256 -hmac "$KEY" | awk '{print $NF}')" "$leaf"`,
    `done | LC_ALL=C sort | head -n ${f.winnersCount}`,
  ].join("\n");
  return (
    <section className="card stack" aria-labelledby="verify-heading">
      <h2 id="verify-heading">{t.verifyHeading}</h2>
      <ol className="stack">
        {t.steps.map((s) => (
          <li key={s.strong}>
            <strong>{s.strong}</strong> {s.rest(f.beaconRound, f.winnersCount)}
          </li>
        ))}
      </ol>
      <pre className="code" style={pre} lang="en">
        {script}
      </pre>
      <p>{t.withSource}</p>
      <pre className="code" style={pre}>
        npm run fairlead -- recompute-drawing --url {jsonUrl} --commitment {d.seedSha256} --root {f.entryRoot} --freeze {d.freezeSha256}
      </pre>
      <p className="muted small">{t.needsNoDatabase}</p>
    </section>
  );
}
