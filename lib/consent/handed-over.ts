// Whether a partner's exports ever handed a contact over. A leads file holds the pairs whose
// standing decision was a grant in the export's snapshot; the export row keeps that snapshot's
// ledger mark (the id of the ledger's last row then). So "handed over" is recomputed from the
// ledger: the pair's standing decision among the rows up to some leads export's mark was a
// grant (docs/decisions/012). Nothing is written per contact at export time.
import { latestFirst } from "./ledger-order";

/**
 * SQL condition: the pair (cc.partner_id, cc.attendee_id) was in a leads file (CSV or XLSX) of
 * the partner. One lookup per export of the partner, for withdrawn pairs only.
 * `indexed by`: left to itself the planner reads the pair's rows through consent_events_attendee
 * and sorts them; the pair index holds them already in the ledger's order (occurred_at first),
 * which halved the suppression lists' share of the biggest ZIP export (docs/decisions/012).
 */
export const HANDED_OVER = `exists (select 1 from exports x
  where x.partner_id = cc.partner_id and x.format in ('csv', 'xlsx') and x.ledger_mark is not null
    and (select c2.action from consent_events c2 indexed by consent_events_pair
         where c2.partner_id = cc.partner_id and c2.attendee_id = cc.attendee_id and c2.id <= x.ledger_mark
         order by ${latestFirst("c2")} limit 1) = 'grant')`;

/** The id of the ledger's last row as this connection sees it: an export's mark. */
export const LEDGER_MARK_SQL = "select coalesce(max(id), 0) as mark from consent_events";
