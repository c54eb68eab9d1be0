// Whether a partner's exports ever handed a contact over. A leads file holds the pairs whose
// standing decision was a grant in the export's snapshot; the export row keeps that snapshot's
// ledger mark (the id of the ledger's last row then). So "handed over" is recomputed from the
// ledger: the pair's standing decision among the rows up to some leads export's mark was a
// grant (docs/decisions/012): its newest row up to the mark (docs/decisions/018). Nothing is
// written per contact at export time.
import { sql } from "drizzle-orm";
import { consentEventsByPair } from "@/db/index-hints";
import { consentEvents, currentConsent, exports } from "@/db/schema";

/**
 * Condition on a query over current_consent: its pair was in a leads file (CSV or XLSX) of the
 * partner. One lookup per export of the partner, for withdrawn pairs only.
 */
export const handedOver = sql<boolean>`exists (select 1 from ${exports}
  where ${exports.partnerId} = ${currentConsent.partnerId} and ${exports.format} in ('csv', 'xlsx', 'hubspot_csv', 'salesforce_csv', 'vcard') and ${exports.ledgerMark} is not null
    and (select ${consentEvents.action} from ${consentEventsByPair}
         where ${consentEvents.partnerId} = ${currentConsent.partnerId} and ${consentEvents.attendeeId} = ${currentConsent.attendeeId}
           and ${consentEvents.id} <= ${exports.ledgerMark}
         order by ${consentEvents.id} desc limit 1) = 'grant')`;
