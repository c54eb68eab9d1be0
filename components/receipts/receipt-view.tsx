import type { ConsentReceipt, ReceiptParty } from "@/lib/consent/receipts/receipt";
import { SHARED_FIELDS } from "@/lib/consent/notice-text";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { Language } from "@/lib/i18n/language";
import { RECEIPT_COPY } from "@/lib/i18n/receipt-copy";
import { ReceiptHistory, ReceiptLegal, keptForText } from "./receipt-details";

/** "EmailAddress" → "email address". */
const englishWords = (piiType: string) => piiType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
/** The field in the page's language (the notice's names for the shared fields). */
const fieldWords = (piiType: string, language: Language) => {
  const en = englishWords(piiType);
  return SHARED_FIELDS[language][SHARED_FIELDS.en.indexOf(en)] ?? en;
};

const isController = (p: ReceiptParty) => p.party_role === "PII Controller";

/** One consent decision, readably: who, what, with whom, when, how, and the exact text shown. */
type Props = { receipt: ConsentReceipt; jsonHref: string; language?: Language; /** The event's zone (decision 044); the JSON stays UTC. */ timeZone: string };

export function ReceiptView({ receipt, jsonHref, language = "en", timeZone }: Props) {
  const t = RECEIPT_COPY[language];
  const time = (iso: string) => formatDateTime(iso, language, { seconds: true, timeZone });
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
        <h1 style={{ margin: 0 }}>{t.title}</h1>
        <a className="button secondary" href={jsonHref} download>
          {t.download}
        </a>
      </div>
      <p className="muted small">
        {t.record} <code>{receipt.record.record_id}</code> · {t.receipt} <code data-testid="receipt-id">{receipt.record.receipt_id}</code> ·{" "}
        {receipt.record.schema_version}
      </p>
      <section className="card">
        <dl className="stack" style={{ margin: 0 }}>
          <Item term={t.decision}>
            <strong data-testid="receipt-state">{t.state[decision.state]}</strong>
          </Item>
          <Item term={t.who}>
            {t.attendee} <code>{receipt.record.pii_principal_id}</code> <span className="muted small">{t.pseudonym}</span>
          </Item>
          <Item term={t.withWhom}>
            <span data-testid="receipt-partner">{controller.party_name}</span>, {t.booth(controller.booth ?? "")} ·{" "}
            {controller.party_url && <a href={controller.party_url}>{t.privacyPolicy}</a>}
            {controller.party_email && <> · {controller.party_email}</>}
            {organizer && <div className="muted small">{t.organizerNote(organizer.party_name ?? organizer.party_legal_name ?? "")}</div>}
            {!notice.words_recorded && (
              <div className="muted small" data-testid="receipt-words-not-recorded">
                {t.wordsNotRecorded}
              </div>
            )}
          </Item>
          <Item term={t.what}>
            {purpose.pii_information.map((p) => `${fieldWords(p.pii_type, language)}${p.pii_optional ? ` ${t.ifGiven}` : ""}`).join(", ")}, {t.forPurpose}{" "}
            {purpose.purpose}
          </Item>
          <Item term={t.when}>
            {t.recordedByServer} <time dateTime={decision.recorded_at}>{time(decision.recorded_at)}</time>
            {how.method === "booth_device" && (
              <div className="muted small" data-testid="receipt-device-time">
                {t.deviceTime} <time dateTime={decision.event_time}>{time(decision.event_time)}</time>
                {decision.event_time_claimed && (
                  <>
                    {" "}
                    {t.clamped(time(decision.event_time_claimed))}
                  </>
                )}
              </div>
            )}
          </Item>
          <Item term={t.how}>
            {t.explicitTap(t.methods[how.method] ?? purpose.collection_method)}
            {how.device_name && (
              <>
                {" "}
                {t.atBooth(how.device_name, how.booth ?? "")}
              </>
            )}
            {how.scan_id && (
              <div className="muted small">
                {t.scan} <code>{how.scan_id}</code>
              </div>
            )}
          </Item>
          <Item term={t.howToWithdraw}>{purpose.withdrawal_method}</Item>
          <Item term={t.valid}>
            {t.until(t.untilWords[decision.validity.until as keyof typeof t.untilWords] ?? decision.validity.until)}
            {decision.validity.at_most && (
              <>
                {t.keptAtMost(
                  decision.validity.at_most === purpose.retention_period?.text
                    ? keptForText(purpose.retention_period, t)!
                    : decision.validity.at_most,
                )}
              </>
            )}
          </Item>
        </dl>
      </section>
      <section className="card stack">
        <h2>{t.exactText}</h2>
        <p className="muted small">
          {t.noticeMeta(notice.version, notice.language)} <code data-testid="receipt-sha256">{notice.sha256}</code>
        </p>
        <blockquote data-testid="receipt-notice-text" style={{ whiteSpace: "pre-wrap", margin: 0, paddingLeft: "1rem", borderLeft: "4px solid var(--line)" }}>
          {notice.text}
        </blockquote>
      </section>
      <ReceiptLegal receipt={receipt} language={language} />
      <ReceiptHistory history={receipt.decision_history} language={language} timeZone={timeZone} />
      <section className="card">
        <h2>{t.ledger}</h2>
        <p className="small" style={{ margin: 0 }}>
          {t.hash} <code data-testid="receipt-hash">{receipt.ledger.hash ?? t.beforeChain}</code>
          <br />
          {t.previous} <code>{receipt.ledger.prev_hash ?? t.firstEntry}</code>
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
