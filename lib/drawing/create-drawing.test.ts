import assert from "node:assert/strict";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawings } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent } from "../test/fixtures";
import { createDrawing } from "./create-drawing";
import { requiredVisits } from "./eligibility";

before(() => useTestDatabase());

test("[DRAWING] eligibility is a number of booths or a fraction of all partners, rounded up", () => {
  assert.equal(requiredVisits({ minPartners: null, minFraction: 0.5 }, 7), 4);
  assert.equal(requiredVisits({ minPartners: 3, minFraction: null }, 10), 3);
  assert.equal(requiredVisits({ minPartners: 2, minFraction: 0.5 }, 10), 5, "the stricter rule wins");
  assert.equal(requiredVisits({ minPartners: null, minFraction: 0.5 }, 0), 1, "never zero");
  assert.equal(requiredVisits({ minPartners: null, minFraction: 0.3 }, 10), 3, "0.3 × 10 is 3, not 4 (floating point)");
  assert.equal(requiredVisits({ minPartners: null, minFraction: 1 / 3 }, 9), 3);
});

test("[DRAWING] a drawing needs an eligibility rule; devices cannot create one", () => {
  const event = makeEvent();
  const n = () => getDb().select({ n: count() }).from(drawings).where(eq(drawings.eventId, event.eventId)).get()!.n;
  const before = n();
  assert.throws(() => createDrawing(OPERATOR, event.eventId, { name: "Raffle", prize: "A mug" }), (e: AppError) => e.code === "invalid" && /eligible/.test(e.message));
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  assert.throws(() => createDrawing(device, event.eventId, { name: "Raffle", prize: "A mug", minPartners: 1 }), (e: AppError) => e.code === "forbidden");
  assert.equal(n(), before);
  createDrawing(OPERATOR, event.eventId, { name: "Raffle", prize: "A mug", minPartners: 2 });
  assert.equal(n(), before + 1);
});
