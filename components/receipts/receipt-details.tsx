import type { ConsentReceipt, ReceiptParty } from "@/lib/consent/receipts/receipt";

const NOT_STATED = "not stated";

const time = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }) + " UTC";

const TYPE_WORDS: Record<NonNullable<ReceiptParty["party_type"]>, string> = {
  "dpv:ForProfitOrganisation": "company",
  "dpv:NonProfitOrganisation": "non-profit organisation",
  "dpv:GovernmentalOrganisation": "public body",
  "dpv:NaturalPerson": "individual",
};

const ROLE_WORDS: Record<ReceiptParty["party_role"], string> = {
  "PII Controller": "Controller (receives the shared details)",
  "PII Processor": "Processor (collects the decision on the partner's behalf)",
  Authority: "Supervisory authority",
};


function Party({ party }: { party: ReceiptParty }) {
  const contact = party.party_contact?.map((c) => c.contact_information).join(", ");
  return (
    <div data-testid={`receipt-party-${party.party_id}`}>
      <dt className="small muted">{ROLE_WORDS[party.party_role]}</dt>
      <dd style={{ margin: 0 }}>
        <strong>{party.party_legal_name ?? party.party_name ?? NOT_STATED}</strong>
        {party.party_role !== "Authority" ? (
          <div className="small">
            Legal name: {party.party_legal_name ?? NOT_STATED} · Address: {party.party_address ?? NOT_STATED} · Contact:{" "}
            {contact ?? NOT_STATED} · Type: {party.party_type ? TYPE_WORDS[party.party_type] : NOT_STATED}
          </div>
        ) : (
          party.party_url && (
            <div className="small">
              <a href={party.party_url}>{party.party_url}</a>
            </div>
          )
        )}
      </dd>
    </div>
  );
}

/** The parties with their legal details, where the data lives and for how long, and the attendee's rights. */
export function ReceiptLegal({ receipt }: { receipt: ConsentReceipt }) {
  const [purpose] = receipt.pii_processing.purposes;
  if (!purpose) return null;
  return (
    <section className="card stack" data-testid="receipt-legal">
      <h2>Parties, place and rights</h2>
      <dl className="stack" style={{ margin: 0 }}>
        {receipt.party_identification.map((p) => (
          <Party key={p.party_id} party={p} />
        ))}
        <div>
          <dt className="small muted">Jurisdiction · storage and processing · retention</dt>
          <dd style={{ margin: 0 }} data-testid="receipt-place">
            {purpose.jurisdiction ?? NOT_STATED} · {purpose.storage_locations?.join(", ") ?? NOT_STATED} ·{" "}
            {purpose.retention_period?.text ?? NOT_STATED}
          </dd>
        </div>
        <div>
          <dt className="small muted">Your rights</dt>
          <dd style={{ margin: 0 }}>
            <ul style={{ margin: 0 }}>
              {purpose.privacy_rights.map((r) => (
                <li key={r.right}>
                  <strong>{r.right}</strong>: {r.how}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Every decision of this attendee about this partner, up to this one. */
export function ReceiptHistory({ history }: { history: ConsentReceipt["decision_history"] }) {
  return (
    <section className="card">
      <h2>Decision history</h2>
      <ol data-testid="receipt-history" style={{ margin: 0 }}>
        {history.map((h) => (
          <li key={h.record_id}>
            {h.state} · received <time dateTime={h.recorded_at}>{time(h.recorded_at)}</time> · device time{" "}
            <time dateTime={h.event_time}>{time(h.event_time)}</time> · {h.method === "booth_device" ? "booth device" : "own page"}
          </li>
        ))}
      </ol>
    </section>
  );
}
