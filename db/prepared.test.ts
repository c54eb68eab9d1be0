import assert from "node:assert/strict";
import { test } from "node:test";
import { eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "./client";
import { prepared } from "./prepared";
import { events } from "./schema";
import { useTestDatabase } from "@/lib/test/db";

const eventName = prepared((db) =>
  db.select({ name: events.name }).from(events).where(eq(events.id, sql.placeholder("id"))).prepare(),
);

test("[DB] a prepared query is compiled once per connection and follows a change of file", () => {
  useTestDatabase();
  const first = getDb();
  const { id } = first.insert(events).values({ slug: "expo-a", name: "Expo A" }).returning({ id: events.id }).get();
  assert.equal(eventName(first), eventName(first));
  assert.deepEqual(eventName(first).get({ id }), { name: "Expo A" });
  first.transaction(() => assert.deepEqual(eventName(first).get({ id }), { name: "Expo A" }));

  useTestDatabase(); // a fresh file: the statement of the old connection must not be reused
  const second = getDb();
  assert.notEqual(second, first);
  assert.notEqual(eventName(second), eventName(first));
  assert.equal(eventName(second).get({ id }), undefined);
  closeDb();
});
