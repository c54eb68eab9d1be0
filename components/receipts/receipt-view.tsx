import type { ConsentReceipt, ReceiptParty } from "@/lib/consent/receipts/receipt";
import { ReceiptHistory, ReceiptLegal } from "./receipt-details";

const time = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }) + " UTC";

const STATE_WORDS = {
  given: "Shared: consent given",
  refused: "Not shared: consent refused",
  withdrawn: "Withdrawn: consent taken back",
  expired: "Ended: the partner changed what it told you",
} as const;

/** "EmailAddress" → "email address". */
const words = (piiType: string) => piiType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

const isController = (p: ReceiptParty) => p.party_role === "PII Controller";

/** One consent decision, readably: who, what, with whom, when, how, and the exact text shown. */
export function ReceiptView({ receipt, jsonHref }: { receipt: ConsentReceipt; jsonHref: string }) {
  const [decision] = receipt.event;
  const [purpose] = receipt.pii_processing.purposes;
  const controller = receipt.party_identification.find(isController);
  const organizer = receipt.party_identification.find((p) => p.party_role === "PII Processor");
  const notice = receipt.pii_processing.privacy_notice;
  if (!decision || !purpose || !controller) return null;
  const how = decision.how;
  return (
    <article className="stack" data-testid="receipt">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1 style={{ margin: 0 }}>Consent receipt</h1>
        <a className="button secondary" href={jsonHref} download>
          Download JSON
        </a>
      </div>
      <p className="muted small">
        Record <code>{receipt.record.record_id}</code> · Receipt <code data-testid="receipt-id">{receipt.record.receipt_id}</code> ·{" "}
        {receipt.record.schema_version}
      </p>
      <section className="card">
        <dl className="stack" style={{ margin: 0 }}>
          <Item term="Decision">
            <strong data-testid="receipt-state">{STATE_WORDS[decision.state]}</strong>
          </Item>
          <Item term="Who">
            Attendee <code>{receipt.record.pii_principal_id}</code> <span className="muted small">(a pseudonym)</span>
          </Item>
          <Item term="With whom">
            <span data-testid="receipt-partner">{controller.party_name}</span>, booth {controller.booth} ·{" "}
            {controller.party_url && <a href={controller.party_url}>privacy policy</a>}
            {controller.party_email && <> · {controller.party_email}</>}
            {organizer && <div className="muted small">At {organizer.party_name} (organizer, collecting on the partner&apos;s behalf)</div>}
            {!notice.words_recorded && (
              <div className="muted small" data-testid="receipt-words-not-recorded">
                This decision was recorded before Fairlead kept the partner&apos;s words with each decision: the partner&apos;s name, purpose and
                link here read as they do today. What the attendee was shown is the exact text below.
              </div>
            )}
          </Item>
          <Item term="What">
            {purpose.pii_information.map((p) => `${words(p.pii_type)}${p.pii_optional ? " (if given)" : ""}`).join(", ")}, for this purpose:{" "}
            {purpose.purpose}
          </Item>
          <Item term="When">
            Recorded by the server <time dateTime={decision.recorded_at}>{time(decision.recorded_at)}</time>
            {how.method === "booth_device" && (
              <div className="muted small" data-testid="receipt-device-time">
                Device time <time dateTime={decision.event_time}>{time(decision.event_time)}</time>
                {decision.event_time_claimed && (
                  <>
                    {" "}
                    (clamped: the device claimed <time dateTime={decision.event_time_claimed}>{time(decision.event_time_claimed)}</time>, outside the
                    time from its pairing to the server&apos;s receipt)
                  </>
                )}
              </div>
            )}
          </Item>
          <Item term="How">
            An explicit tap on the {purpose.collection_method}
            {how.device_name && (
              <>
                {" "}
                “{how.device_name}” at booth {how.booth}
              </>
            )}
            {how.scan_id && (
              <div className="muted small">
                Scan <code>{how.scan_id}</code>
              </div>
            )}
          </Item>
          <Item term="How to withdraw">{purpose.withdrawal_method}</Item>
          <Item term="Valid">
            Until {decision.validity.until}
            {decision.validity.at_most && <>; the shared details are kept at most {decision.validity.at_most}</>}
          </Item>
        </dl>
      </section>
      <section className="card stack">
        <h2>The exact text shown</h2>
        <p className="muted small">
          Notice version {notice.version}, language {notice.language}, sha256 <code data-testid="receipt-sha256">{notice.sha256}</code>
        </p>
        <blockquote data-testid="receipt-notice-text" style={{ whiteSpace: "pre-wrap", margin: 0, paddingLeft: "1rem", borderLeft: "4px solid var(--line)" }}>
          {notice.text}
        </blockquote>
      </section>
      <ReceiptLegal receipt={receipt} />
      <ReceiptHistory history={receipt.decision_history} />
      <section className="card">
        <h2>Ledger</h2>
        <p className="small" style={{ margin: 0 }}>
          Hash <code data-testid="receipt-hash">{receipt.ledger.hash ?? "(before the hash chain)"}</code>
          <br />
          Previous <code>{receipt.ledger.prev_hash ?? "(first entry)"}</code>
        </p>
      </section>
    </article>
  );
}

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="small muted">{term}</dt>
      <dd style={{ margin: 0 }}>{children}</dd>
    </div>
  );
}
