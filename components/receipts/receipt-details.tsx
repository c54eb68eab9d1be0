import type { ConsentReceipt, ReceiptParty } from "@/lib/consent/receipts/receipt";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { Language } from "@/lib/i18n/language";
import { RECEIPT_COPY } from "@/lib/i18n/receipt-copy";

type Words = (typeof RECEIPT_COPY)[Language];

function Party({ party, t }: { party: ReceiptParty; t: Words }) {
  const NOT_STATED = t.notStated;
  const contact = party.party_contact?.map((c) => c.contact_information).join(", ");
  return (
    <div data-testid={`receipt-party-${party.party_id}`}>
      <dt className="small muted">{t.roles[party.party_role]}</dt>
      <dd style={{ margin: 0 }}>
        <strong>{party.party_legal_name ?? party.party_name ?? NOT_STATED}</strong>
        {party.party_role !== "Authority" ? (
          <div className="small">
            {t.legalLine(
              party.party_legal_name ?? NOT_STATED,
              party.party_address ?? NOT_STATED,
              contact ?? NOT_STATED,
              party.party_type ? t.types[party.party_type] : NOT_STATED,
            )}
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

/** The retention period in the page's language: the JSON's text is standard English, its duration says the days. */
export function keptForText(period: { duration: string; text: string } | null | undefined, t: Words): string | null {
  if (!period) return null;
  const days = /^P(\d+)D$/.exec(period.duration)?.[1];
  return days ? t.keptFor(Number(days)) : period.text;
}

/** The parties with their legal details, where the data lives and for how long, and the attendee's rights. */
export function ReceiptLegal({ receipt, language = "en" }: { receipt: ConsentReceipt; language?: Language }) {
  const t = RECEIPT_COPY[language];
  const NOT_STATED = t.notStated;
  const [purpose] = receipt.pii_processing.purposes;
  if (!purpose) return null;
  return (
    <section className="card stack" data-testid="receipt-legal">
      <h2>{t.legalHeading}</h2>
      <dl className="stack" style={{ margin: 0 }}>
        {receipt.party_identification.map((p) => (
          <Party key={p.party_id} party={p} t={t} />
        ))}
        <div>
          <dt className="small muted">{t.place}</dt>
          <dd style={{ margin: 0 }} data-testid="receipt-place">
            {purpose.jurisdiction ?? NOT_STATED} · {purpose.storage_locations?.join(", ") ?? NOT_STATED} ·{" "}
            {keptForText(purpose.retention_period, t) ?? NOT_STATED}
          </dd>
        </div>
        <div>
          <dt className="small muted">{t.rights}</dt>
          <dd style={{ margin: 0 }}>
            <ul style={{ margin: 0 }}>
              {purpose.privacy_rights.map((r) => (
                <li key={r.right}>
                  <strong>{t.rightNames[r.right as keyof typeof t.rightNames] ?? r.right}</strong>:{" "}
                  {(language !== "en" && r.right !== "withdrawal" && t.rightHow[r.right as keyof typeof t.rightHow]) || r.how}
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
export function ReceiptHistory({ history, language = "en", timeZone }: { history: ConsentReceipt["decision_history"]; language?: Language; timeZone: string }) {
  const t = RECEIPT_COPY[language];
  const time = (iso: string) => formatDateTime(iso, language, { seconds: true, timeZone });
  return (
    <section className="card">
      <h2>{t.history}</h2>
      <ol data-testid="receipt-history" style={{ margin: 0 }}>
        {history.map((h) => (
          <li key={h.record_id}>
            {t.state[h.state] ?? h.state} · {t.received} <time dateTime={h.recorded_at}>{time(h.recorded_at)}</time> ·{" "}
            {t.deviceTime} <time dateTime={h.event_time}>{time(h.event_time)}</time> · {h.method === "booth_device" ? t.boothDevice : t.ownPage}
          </li>
        ))}
      </ol>
    </section>
  );
}
