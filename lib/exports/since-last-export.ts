// "New since my last export" (issue 14 §1): a leads file holding only the partner's current
// leads whose standing share is newer than the ledger mark of its previous leads export.
//
// Whose "last export": the partner's, by anyone. A leads file of the partner, whoever downloaded
// it (its admins in the workspace, the organizer on the partner page or in the all-partners ZIP,
// the command line), handed the same contacts to the same partner, and the suppression list
// already counts it so (lib/consent/handed-over.ts). Counting only the downloader's own files
// would hand over again what the partner already has, and an organizer's export would be
// invisible to the partner's "new since".
//
// Which mark: the highest of the partner's leads exports, not the newest row's: a download is
// recorded when its last byte has gone, so a long download started earlier can be recorded after
// a later one. A lead whose standing share is at or below a file's mark stood then too (its
// current decision is its newest ledger row), so that file held it; the rest are new.
import { and, count, desc, eq, gt, inArray, isNotNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { currentConsent as cc, exports } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requirePartnerManager } from "../auth/access";

/** The formats of a leads file: each handed contacts over (a suppression list hands none). */
export const LEADS_FORMATS = ["csv", "xlsx", "hubspot_csv", "salesforce_csv", "vcard"] as const;

export type PreviousExport = { id: number; ledgerMark: number; createdAt: Date; actorLabel: string; format: (typeof LEADS_FORMATS)[number]; rows: number };

/** The partner's leads export with the highest ledger mark, or null when none was ever finished. */
export function readPreviousLeadsExport(db: Db, partnerId: number): PreviousExport | null {
  const row = db
    .select({ id: exports.id, ledgerMark: exports.ledgerMark, createdAt: exports.createdAt, actorLabel: exports.actorLabel, format: exports.format, rows: exports.rows })
    .from(exports)
    .where(and(eq(exports.partnerId, partnerId), inArray(exports.format, LEADS_FORMATS), isNotNull(exports.ledgerMark)))
    .orderBy(desc(exports.ledgerMark), desc(exports.id))
    .limit(1)
    .get();
  return row ? { ...row, ledgerMark: row.ledgerMark!, format: row.format as PreviousExport["format"] } : null;
}

export type SinceLastExport = {
  /** Null: nothing exported yet, so "new since the last export" gives the whole list. */
  previous: PreviousExport | null;
  /** Current leads a "new since" file would hold now (the whole list when nothing was exported). */
  newLeads: number;
};

/** What the export buttons say about "new since the last export": for those who may export. */
export function sinceLastExport(actor: Actor, eventId: number, partnerId: number): SinceLastExport {
  requirePartnerManager(actor, eventId, partnerId);
  const db = getDb();
  const previous = readPreviousLeadsExport(db, partnerId);
  const after = previous?.ledgerMark ?? 0;
  const newLeads = db
    .select({ n: count() })
    .from(cc)
    .where(and(eq(cc.partnerId, partnerId), eq(cc.action, "grant"), gt(cc.consentId, after)))
    .get()!.n;
  return { previous, newLeads };
}
