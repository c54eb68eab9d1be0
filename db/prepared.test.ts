import assert from "node:assert/strict";
import { test } from "node:test";
import { eq, gt, sql } from "drizzle-orm";
import { closeDb, getDb } from "./client";
import { placeholderFor, prepared } from "./prepared";
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

const createdSince = prepared((db) =>
  db
    .select({ name: events.name })
    .from(events)
    .where(gt(events.createdAt, placeholderFor(events.createdAt, "since")))
    .prepare(),
);
const backdate = prepared((db) =>
  db
    .update(events)
    .set({ createdAt: placeholderFor(events.createdAt, "at") })
    .where(eq(events.id, sql.placeholder("id")))
    .prepare(),
);

test("[DB] a timestamp placeholder is bound as its column stores it, in a condition and in a set", () => {
  useTestDatabase();
  const db = getDb();
  const { id } = db.insert(events).values({ slug: "expo-t", name: "Expo T" }).returning({ id: events.id }).get();
  backdate(db).run({ id, at: new Date("2026-03-14T09:00:00Z") });
  assert.equal(db.select({ at: events.createdAt }).from(events).where(eq(events.id, id)).get()?.at.toISOString(), "2026-03-14T09:00:00.000Z");
  assert.deepEqual(createdSince(db).all({ since: new Date("2026-03-14T08:59:59Z") }), [{ name: "Expo T" }]);
  assert.deepEqual(createdSince(db).all({ since: new Date("2026-03-14T09:00:00Z") }), []);
  closeDb();
});

test("[DB] a prepared statement with a fixed .limit(n) is refused; a paging placeholder and get() without a limit are not", () => {
  useTestDatabase();
  const fixed = prepared((db) => db.select({ name: events.name }).from(events).orderBy(events.id).limit(1).prepare());
  assert.throws(() => fixed(getDb()), /fixed \.limit\(1\)/);
  const paging = prepared((db) => db.select({ name: events.name }).from(events).orderBy(events.id).limit(sql.placeholder("limit")).prepare());
  assert.deepEqual(paging(getDb()).all({ limit: 5 }), []);
  const first = prepared((db) => db.select({ name: events.name }).from(events).orderBy(events.id).prepare());
  getDb().insert(events).values([{ slug: "expo-a", name: "Expo A" }, { slug: "expo-b", name: "Expo B" }]).run();
  assert.deepEqual(first(getDb()).get(), { name: "Expo A" });
  closeDb();
});
