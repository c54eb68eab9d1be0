// SQL for a lead's current rating and notes, kept in lead_qualification_current (one row per
// grant). A module with no imports, so the export's reader threads can use it
// (lib/exports/read-partner-rows.ts) without loading the database client.

/**
 * For a query over the partner's standing grants as `cc` (current_consent, as in
 * lib/exports/read-partner-rows.ts): add CURRENT_QUALIFICATION_COLUMNS to its select list and
 * CURRENT_QUALIFICATION_JOIN after its joins. Keyed by the grant, so a qualification never
 * outlives the share it was made under; a lead nobody rated gets nulls.
 */
export const CURRENT_QUALIFICATION_JOIN = "left join lead_qualification_current q on q.consent_id = cc.consent_id";
export const CURRENT_QUALIFICATION_COLUMNS = "q.rating as rating, q.notes as notes";
