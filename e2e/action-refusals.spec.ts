// Issue 13, finding 10: every server action answers a caller it does not serve with the app's
// typed refusal ({ ok: false, code }), never a 500 with a digest. Each action is called over
// real HTTP, as Next's client calls it (POST, Next-Action header, the arguments as JSON), by
// its id from the build's manifest; an action missing from the shared inputs
// (e2e/support/action-inputs.ts) fails the test.
import { expect, test } from "@playwright/test";
import { ACTION_INPUTS } from "./support/action-inputs";
import { buildActions } from "./support/build-routes";
import { makeRoleWorld } from "./support/role-world";
import { fillPath } from "./support/route-table";
import { BASE_URL } from "./support/world";

test("[ACTIONS] every server action refuses the wrong caller with a typed error, never a 500", async ({ playwright }) => {
  // What each action is sent is the role × route test's table (e2e/support/action-inputs.ts),
  // aimed at its world's event A, with the credential spoiled where an action takes one as input.
  const world = await makeRoleWorld();
  const actions = buildActions();
  expect(actions.map((a) => a.name).sort()).toEqual(Object.keys(ACTION_INPUTS).sort());

  const callers = { anonymous: "", device: world.actors.phoneA1.cookie! };
  for (const action of actions) {
    const organizerOnly = action.filename.startsWith("app/events/");
    for (const [who, cookie] of Object.entries(callers)) {
      if (who === "device" && !organizerOnly) continue; // a device is the right caller there
      const api = await playwright.request.newContext({ baseURL: BASE_URL });
      const page = fillPath(action.worker.replace(/^app/, "").replace(/\/?page$/, "") || "/", world, "anonymous");
      const response = await api.post(page, {
        headers: { "next-action": action.id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: BASE_URL, ...(cookie && { cookie }) },
        data: JSON.stringify([ACTION_INPUTS[action.name]!(world, "anonymous", { spoil: true })]),
        maxRedirects: 0,
      });
      const body = await response.text();
      const label = `${action.name} as ${who}: ${response.status()} ${body.slice(0, 300)}`;
      expect(response.status(), label).toBeLessThan(500);
      expect(body, label).not.toContain("digest");
      if (action.name === "signOutAction") continue; // anyone may sign out: it goes to /signin
      expect(body, label).toMatch(/"ok":false,"code":"(unauthorized|forbidden|not_found|gone|invalid|rate_limited)"/);
      await api.dispose();
    }
  }
});

test("[ACTIONS] calls Next cannot decode, and calls from another site, get the typed refusal (400/403/413), not a 500 with a digest", async ({ playwright }) => {
  const { id } = buildActions().find((a) => a.name === "openScanAction")!;
  const api = await playwright.request.newContext({ baseURL: BASE_URL });
  const send = (data: string | Buffer, headers: Record<string, string> = {}) =>
    api.post("/scan", { headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: BASE_URL, ...headers }, data });
  const cases: [string, () => ReturnType<typeof send>, number, string][] = [
    ["not JSON", () => send("not json"), 400, "invalid"],
    ["nested 5,000 deep", () => send("[".repeat(5000) + "]".repeat(5000)), 400, "invalid"],
    ["another site", () => send("[{}]", { origin: "https://evil.example" }), 403, "forbidden"],
    ["over 1 MB", () => send(`["${"a".repeat(2 * 1024 * 1024)}"]`), 413, "too_large"],
    ["a form without its root field", () => send("--b\r\ncontent-disposition: form-data; name=\"1_x\"\r\n\r\ny\r\n--b--\r\n", { "content-type": "multipart/form-data; boundary=b" }), 400, "invalid"],
  ];
  for (const [label, run, status, code] of cases) {
    const response = await run();
    const body = await response.text();
    expect(response.status(), `${label}: ${body.slice(0, 200)}`).toBe(status);
    expect(body, label).toContain(`"code":"${code}"`);
    expect(body, label).not.toContain("digest");
  }
  await api.dispose();
});
