import assert from "node:assert/strict";
import { test } from "node:test";
import { and, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "./client";
import { explainQueryPlan } from "./query-plan";
import { attendees, events } from "./schema";
import { useTestDatabase } from "@/lib/test/db";

test("[DB] the plan of a drizzle query's text names the index it walks, placeholders and all", () => {
  useTestDatabase();
  const db = getDb();
  const byId = db.select().from(events).where(eq(events.id, sql.placeholder("id"))).prepare();
  assert.deepEqual(explainQueryPlan(db, byId.getQuery().sql), ["SEARCH events USING INTEGER PRIMARY KEY (rowid=?)"]);
  const byBadge = db
    .select({ id: attendees.id })
    .from(attendees)
    .where(and(eq(attendees.eventId, sql.placeholder("eventId")), eq(attendees.badgeCode, sql.placeholder("badge"))))
    .prepare();
  assert.deepEqual(explainQueryPlan(db, byBadge.getQuery().sql), ["SEARCH attendees USING COVERING INDEX attendees_event_badge (event_id=? AND badge_code=?)"]);
  closeDb();
});
