// Partners' own people (docs/decisions/036): users with a membership of one partner, the
// invitations that make them members, and the event's data-use agreement a partner admin must
// accept before the partner's people reach any lead.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { partners } from "./booths";
import { createdAt } from "./columns";
import { eventRef, users } from "./events";

/** admin: team, devices, delivery, exports, the lead form, the agreement; member: leads. */
export const PARTNER_ROLES = ["admin", "member"] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

const partnerRef = () =>
  integer("partner_id")
    .notNull()
    .references(() => partners.id, { onDelete: "cascade" });

export const partnerMembers = sqliteTable(
  "partner_members",
  {
    partnerId: partnerRef(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: PARTNER_ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.userId] }), index("partner_members_user").on(t.userId)],
);

/** A single-use, expiring invitation for one email address to join one partner's team. */
export const partnerInvites = sqliteTable(
  "partner_invites",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    partnerId: partnerRef(),
    email: text("email").notNull(),
    role: text("role", { enum: PARTNER_ROLES }).notNull(),
    // sha256 of the token in the link, as for pairing links and organizer invitations.
    tokenHash: text("token_hash").notNull().unique(),
    // The token sealed under the page key (lib/auth/seal-token.ts) while an invitation email
    // waits to be built from it (docs/decisions/038); wiped once it is sent or given up, and when
    // the invitation is used. Null for a link handed over.
    tokenSealed: text("token_sealed"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    acceptedBy: integer("accepted_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("partner_invites_partner").on(t.partnerId)],
);

/**
 * The event's data-use agreement: versions are published whole (every language at once) and
 * never edited; each text keeps the sha256 an acceptance names.
 */
export const eventAgreements = sqliteTable(
  "event_agreements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    version: integer("version").notNull(),
    language: text("language").notNull(),
    text: text("text").notNull(),
    sha256: text("sha256").notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("event_agreements_version").on(t.eventId, t.version, t.language)],
);

/** A partner admin accepted one agreement text (a version in a language) for their partner. */
export const agreementAcceptances = sqliteTable(
  "agreement_acceptances",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnerId: partnerRef(),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => eventAgreements.id, { onDelete: "cascade" }),
    // Kept if the account goes: who accepted is part of the record.
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    userEmail: text("user_email").notNull(),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("agreement_acceptances_once").on(t.partnerId, t.agreementId)],
);

export type PartnerMember = typeof partnerMembers.$inferSelect;
export type EventAgreement = typeof eventAgreements.$inferSelect;
