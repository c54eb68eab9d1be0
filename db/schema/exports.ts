// The export audit trail.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { partners } from "./booths";
import { createdAt } from "./columns";
import { eventRef, users } from "./events";

/** Who exported which partner's leads, when, how many rows, and the file's sha256. */
export const exports = sqliteTable(
  "exports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    // "organizer:<email>" or "cli": readable even after a user is deleted.
    actorLabel: text("actor_label").notNull(),
    // A leads file: csv, xlsx, or a CRM's (hubspot_csv, salesforce_csv, vcard: lib/exports/crm-files.ts).
    format: text("format", { enum: ["csv", "suppression_csv", "xlsx", "suppression_xlsx", "hubspot_csv", "salesforce_csv", "vcard"] }).notNull(),
    rows: integer("rows").notNull(),
    sha256: text("sha256").notNull(),
    // The id of the ledger's last row in the export's snapshot: the file holds the pairs
    // whose standing decision was a grant at that point of the ledger, so what it handed over
    // can be recomputed from the ledger (docs/decisions/012). Null for suppression files.
    ledgerMark: integer("ledger_mark"),
    // The signed ledger checkpoint the file falls under (docs/decisions/020): written at the export.
    checkpointId: integer("checkpoint_id"),
    // A leads file asked for "new since the last export" (lib/exports/since-last-export.ts): the
    // earlier export of this partner it continues, whose ledger mark it held only newer shares
    // than. Null for a whole list (also when "new since" found no earlier export).
    sinceExportId: integer("since_export_id"),
    createdAt: createdAt(),
  },
  (t) => [index("exports_partner").on(t.partnerId, t.createdAt)],
);

export type ExportRecord = typeof exports.$inferSelect;
