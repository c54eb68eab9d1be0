// Issue 13, the role × route test: every page and route handler the build serves, tried by
// each of the nine kinds of actor against event A's objects (partner A1, attendee 1, attendee
// 1's share with A1), answers as the table says (e2e/support/route-table.ts): the owner gets
// through, everyone else is refused, and no refusal (or other actor's own view) carries
// attendee 1's or event A's data. A route of the build missing from the table fails the first
// test with its name (docs/decisions/034).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { buildRoutes } from "./support/build-routes";
import { ACTORS, makeRoleWorld, type ActorName, type RoleWorld } from "./support/role-world";
import { ROUTES, fillPath, type RouteRow } from "./support/route-table";
import { BASE_URL } from "./support/world";

let world: RoleWorld;
const apis = new Map<ActorName, APIRequestContext>();

test.beforeAll(async ({ playwright }) => {
  world = await makeRoleWorld();
  for (const actor of ACTORS) {
    const cookie = world.actors[actor].cookie;
    apis.set(actor, await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: cookie ? { cookie } : {} }));
  }
});

test.afterAll(async () => {
  await Promise.all([...apis.values()].map((api) => api.dispose()));
});

test("[ROLES] the table has every page and route handler of the build, by method, and each row lets someone through", () => {
  expect(Object.keys(ROUTES).sort(), "the build's routes (left) against the table's (right)").toEqual(buildRoutes());
  for (const [key, row] of Object.entries(ROUTES)) {
    expect(Object.values(row.answers), `${key}: no actor gets through, so the row cannot fail`).toContain("ok");
  }
});

/** Attendee 1's data always; event A's and partner A1's where the actor has no business with them (a /me page of attendee 2 names them). */
function secretsFor(route: string, actor: ActorName): string[] {
  const { email, badgeCode, eventName, partnerA1 } = world.secrets;
  const markers = [email, badgeCode];
  if (route.startsWith("/me/")) return markers;
  if (!["organizerA", "phoneA1", "phoneA2", "attendee1", "attendee2"].includes(actor)) markers.push(eventName);
  if (!["organizerA", "phoneA1", "attendee1", "attendee2"].includes(actor)) markers.push(partnerA1);
  return markers;
}

async function attempt(key: string, row: RouteRow, actor: ActorName, ownEvent: boolean) {
  const [method, route] = key.split(" ") as [string, string];
  const path = fillPath(route, world, actor, ownEvent) + (row.query?.(world) ?? "");
  const body = row.body?.(world) ?? {};
  const response = await apis.get(actor)!.fetch(path, { method, maxRedirects: 0, ...body });
  const text = await response.text();
  const expected = row.answers[actor];
  const label = `${key} as ${actor}${ownEvent ? " (own event id)" : ""}: ${path} answered ${response.status()} ${text.slice(0, 200)}`;
  const status = response.status();
  if (expected === "ok") {
    expect.soft(status, label).toBe(200);
    if (row.shows) expect.soft(text, `${label}: the owner's object`).toContain(row.shows(world));
    return;
  }
  if (expected === "signin") {
    expect.soft([302, 303, 307], label).toContain(status);
    expect.soft(response.headers().location ?? "", label).toMatch(/^\/signin\?next=%2F/);
  } else if (expected === "own" || expected === "unpaired") {
    expect.soft(status, label).toBe(200);
    if (expected === "unpaired") expect.soft(text, label).toContain("not paired");
  } else {
    expect.soft(status, label).toBe(expected);
  }
  for (const secret of secretsFor(route, actor)) expect.soft(text, `${label}: carries ${secret}`).not.toContain(secret);
}

for (const [key, row] of Object.entries(ROUTES)) {
  test(`[ROLES] ${key}: the owner gets through, every other actor is refused`, async () => {
    const route = key.split(" ")[1]!;
    // Organizer B tries A's objects under A's event id and under its own (mixed ids).
    const mixed = /\[eventId\].*\[/.test(route) || Boolean(row.query);
    for (const actor of ACTORS) {
      await attempt(key, row, actor, false);
      if (actor === "organizerB" && mixed && row.answers.organizerB !== "ok") await attempt(key, row, actor, true);
    }
  });
}
