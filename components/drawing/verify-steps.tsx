// How anyone recomputes a drawn result: with openssl alone, or with Fairlead's own command.
// The commands carry this drawing's published values, so they can be pasted as they are.
import { plural } from "./format";

export function VerifySteps({
  seed,
  seedSha256,
  eligibleEntryIds,
  winnersCount,
  jsonUrl,
}: {
  seed: string;
  seedSha256: string;
  eligibleEntryIds: number[];
  winnersCount: number;
  jsonUrl: string;
}) {
  const script = [
    `SEED=${seed}`,
    `printf '%s' "$SEED" | sha256sum   # must print ${seedSha256}`,
    `for id in ${eligibleEntryIds.join(" ") || "(none)"}; do`,
    `  printf '%s %s\\n' "$(printf '%s' "$id" | openssl dgst -sha256 -hmac "$SEED" | awk '{print $NF}')" "$id"`,
    `done | LC_ALL=C sort | head -n ${winnersCount}`,
  ].join("\n");
  return (
    <section className="card stack" aria-labelledby="verify-heading">
      <h2 id="verify-heading">Check the result yourself</h2>
      <ol className="stack">
        <li>
          <strong>The seed was fixed before the draw.</strong> Its SHA-256 (of the 64 hex characters as text) must equal the
          commitment above, which this page showed from the moment the drawing was created.
        </li>
        <li>
          <strong>Score every eligible entry.</strong> The score of an entry is HMAC-SHA256 with the seed (its 64 hex characters
          as text) as the key and the entry number written in decimal as the message, in lowercase hex.
        </li>
        <li>
          <strong>The lowest scores win.</strong> Sort the scores in ascending order; the first{" "}
          {plural(winnersCount, "entry wins", "entries win")}, in that order.
        </li>
      </ol>
      <p>In a terminal with openssl (Linux or macOS; on macOS use <code>shasum -a 256</code> for <code>sha256sum</code>):</p>
      <pre className="code" style={{ whiteSpace: "pre-wrap", background: "var(--wash)", padding: "0.75rem", borderRadius: 8 }}>
        {script}
      </pre>
      <p>The last lines print the winners&apos; scores and entry numbers, best first. Or, with Fairlead&apos;s source code:</p>
      <pre className="code" style={{ whiteSpace: "pre-wrap", background: "var(--wash)", padding: "0.75rem", borderRadius: 8 }}>
        npm run fairlead -- recompute-drawing --url {jsonUrl}
      </pre>
      <p className="muted small">
        That command needs no database: it reads only the published JSON, checks the seed against the commitment and ranks the
        eligible entries again. Your own entry number is on your personal page; check that it is in the list if you entered and
        visited enough booths.
      </p>
    </section>
  );
}
