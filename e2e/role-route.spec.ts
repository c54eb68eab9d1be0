// Issue 13, the role × route test: every page and route handler the build serves, tried by
// each of the twelve kinds of actor against event A's objects (partner A1, attendee 1, attendee
// 1's share with A1), answers as the table says (e2e/support/route-table.ts): the owner gets
// through, everyone else is refused, and no refusal (or other actor's own view) carries
// attendee 1's or event A's data. Every server action likewise (e2e/support/action-table.ts).
// A route or action of the build missing from its table fails a test with its name
// (docs/decisions/034).
import { expect, test, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { ACTION_INPUTS } from "./support/action-inputs";
import { ACTIONS, type ActionAnswer } from "./support/action-table";
import { buildActions, buildRoutes, type BuildAction } from "./support/build-routes";
import { ACTORS, UNKNOWN_TOKEN, makeRoleWorld, type ActorName, type RoleWorld } from "./support/role-world";
import { PROBES, ROUTES, fillPath, type RouteRow } from "./support/route-table";
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
  if (!["organizerA", "phoneA1", "phoneA2", "attendee1", "attendee2", "partnerAdminA1", "partnerMemberA1", "partnerMemberA2"].includes(actor)) markers.push(eventName);
  if (!["organizerA", "phoneA1", "attendee1", "attendee2", "partnerAdminA1", "partnerMemberA1"].includes(actor)) markers.push(partnerA1);
  return markers;
}

/**
 * Anonymous holds no personal link and sends an unknown one in a /me path: a failed token
 * attempt. Those are limited per IP (decision 032) over the whole suite, so for these three
 * requests "slow down" (429) is as good a refusal as "not found".
 */
const guessesToken = (path: string) => path.includes(UNKNOWN_TOKEN);

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
  } else if (!(status === 429 && guessesToken(path))) {
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

test("[ROLES] cross-object probes: another event's share, another attendee's decline, are not found", async () => {
  for (const probe of PROBES) {
    const path = probe.path(world);
    const response = await apis.get(probe.actor)!.get(path, { maxRedirects: 0 });
    const text = await response.text();
    const label = `${probe.actor} ${path}: ${response.status()} ${text.slice(0, 200)}`;
    expect.soft(response.status(), label).toBe(probe.answer);
    for (const secret of [world.secrets.email, world.secrets.badgeCode, world.b.attendees[0]!.email]) expect.soft(text, label).not.toContain(secret);
  }
});

// Server actions, called as Next's client calls them (POST to a page that uses the action, the
// Next-Action header, the arguments as JSON), by id from the build's manifest.
test("[ROLES] the action table has every server action of the build, and each row lets someone through", () => {
  const built = buildActions().map((a) => a.name).sort();
  expect(Object.keys(ACTIONS).sort(), "the build's actions (left) against the table's (right)").toEqual(built);
  expect(Object.keys(ACTION_INPUTS).sort(), "the build's actions (left) against the inputs' (right)").toEqual(built);
  for (const [name, answers] of Object.entries(ACTIONS)) {
    expect(Object.values(answers), `${name}: no actor gets through, so the row cannot fail`).toContain("ok");
  }
});

const succeeds = (answer: ActionAnswer) => answer === "ok" || answer === "own";

async function callAction(playwright: PlaywrightWorkerArgs["playwright"], action: BuildAction, actor: ActorName, ownEvent: boolean) {
  const answer = ACTIONS[action.name]![actor];
  const input = ACTION_INPUTS[action.name]!(world, actor, { ownEvent });
  const page = fillPath(action.worker.replace(/^app/, "").replace(/\/?page$/, "") || "/", world, actor);
  const cookie = world.actors[actor].cookie;
  // A context per call: an action's Set-Cookie (a sign-in, a pairing) must not follow the actor.
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  const response = await api.post(page, {
    headers: { "next-action": action.id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: BASE_URL, ...(cookie && { cookie }) },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  });
  const text = await response.text();
  await api.dispose();
  const label = `${action.name} as ${actor}${ownEvent ? " (own event id)" : ""}: ${response.status()} ${text.slice(0, 300)}`;
  expect.soft(response.status(), label).toBeLessThan(500);
  if (succeeds(answer)) {
    expect.soft(response.headers()["x-action-redirect"] !== undefined || text.includes('"ok":true'), label).toBe(true);
    return;
  }
  expect.soft(text, label).toContain(`"ok":false,"code":"${answer as string}"`);
  for (const secret of [world.secrets.email, world.secrets.badgeCode]) expect.soft(text, `${label}: carries ${secret}`).not.toContain(secret);
}

for (const [name, answers] of Object.entries(ACTIONS)) {
  test(`[ROLES] action ${name}: the owner gets through, every other actor is refused`, async ({ playwright }) => {
    const action = buildActions().find((a) => a.name === name);
    expect(action, `${name} is not an action of the build`).toBeDefined();
    // The refused first: a success may end what they aim at (a session, a pairing).
    const order = [...ACTORS].sort((x, y) => Number(succeeds(answers[x])) - Number(succeeds(answers[y])));
    for (const actor of order) {
      if (typeof answers[actor] === "object") continue; // { skip }: the reason is in the table
      await callAction(playwright, action!, actor, false);
      // Organizer B also sends its own event's id beside event A's objects (a partner, a drawing, a device, an attendee).
      if (actor !== "organizerB" || succeeds(answers[actor])) continue;
      const input = ACTION_INPUTS[name]!(world, actor, { ownEvent: true }) as Record<string, unknown>;
      if (["partnerId", "drawingId", "deviceId", "attendeeId"].some((k) => k in input)) await callAction(playwright, action!, actor, true);
    }
  });
}
