// How anyone recomputes a drawn result: with sha256sum and openssl alone, or with Fairlead's own
// command. The commands carry this drawing's published values, so they can be pasted as they are.
import type { PublishedDrawing } from "@/lib/drawing/published-drawing";
import { plural } from "./format";

const pre = { whiteSpace: "pre-wrap", background: "var(--wash)", padding: "0.75rem", borderRadius: 8 } as const;
const sh = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

export function VerifySteps({ drawing: d, jsonUrl }: { drawing: PublishedDrawing; jsonUrl: string }) {
  const f = d.freeze!;
  const draw = d.draw!;
  const keyJson = JSON.stringify(["fairlead-draw/2", draw.seed, draw.beaconRandomness, ...draw.witnessValues.map((w) => w.value)]);
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
      <h2 id="verify-heading">Check the result yourself</h2>
      <ol className="stack">
        <li>
          <strong>The seed was fixed before the draw.</strong> Its SHA-256 must equal the commitment above.
        </li>
        <li>
          <strong>Nobody could know the outcome before the freeze.</strong> The key mixes the seed with the randomness of drand
          round {f.beaconRound}, named at the freeze and published after it by the League of Entropy (check it at drand&apos;s
          public API, or verify its signature with any drand client).
        </li>
        <li>
          <strong>The entries are the frozen ones.</strong> The leaves must give the entry root published at the freeze.
        </li>
        <li>
          <strong>The lowest scores win.</strong> Score every leaf with HMAC-SHA256 keyed by the draw key; the first{" "}
          {plural(f.winnersCount, "leaf wins", "leaves win")}, in that order.
        </li>
      </ol>
      <pre className="code" style={pre}>
        {script}
      </pre>
      <p>Or, with Fairlead&apos;s source code, holding the result to what was published before the draw:</p>
      <pre className="code" style={pre}>
        npm run fairlead -- recompute-drawing --url {jsonUrl} --commitment {d.seedSha256} --root {f.entryRoot} --freeze {d.freezeSha256}
      </pre>
      <p className="muted small">
        That command needs no database: it checks the seed, the entry root, the texts and rule, the number of winners and their
        order. If you entered, your personal page shows your entry number, salt and path to the root.
      </p>
    </section>
  );
}
