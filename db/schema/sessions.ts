// Sessions of organizers and of paired booth devices.
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { devices } from "./booths";
import { createdAt } from "./columns";
import { users } from "./events";

/** Server-side sessions. The cookie holds a 256-bit token; the row holds its sha256. */
export const sessions = sqliteTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    kind: text("kind", { enum: ["organizer", "device"] }).notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
    deviceId: integer("device_id").references(() => devices.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** The idle deadline: pushed forward by use, never past created_at + SESSION_DAYS (lib/auth/sessions.ts). */
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("sessions_user").on(t.userId),
    index("sessions_device").on(t.deviceId),
    check(
      "sessions_one_owner",
      sql`(${t.kind} = 'organizer' and ${t.userId} is not null and ${t.deviceId} is null)
       or (${t.kind} = 'device' and ${t.deviceId} is not null and ${t.userId} is null)`,
    ),
  ],
);
