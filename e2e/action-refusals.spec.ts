// Issue 13, finding 10: every server action answers a caller it does not serve with the app's
// typed refusal ({ ok: false, code }), never a 500 with a digest. Each action is called over
// real HTTP, as Next's client calls it (POST, Next-Action header, the arguments as JSON), by
// its id from the build's manifest; an action missing from the table below fails the test.
import fs from "node:fs";
import path from "node:path";
import { makeDevice } from "@/lib/test/fixtures";
import { BASE_URL, expect, test } from "./support/world";

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

const distDir = process.env.NEXT_DIST_DIR || ".next";
const uuid = "2f1d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b";

test("[ACTIONS] every server action refuses the wrong caller with a typed error, never a 500", async ({ world, playwright }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const ids = { eventId: event.eventId, partnerId: partner.id };
  // What each action is sent: well-formed where that is easy, so the refusal comes from the guard.
  const inputs: Record<string, unknown> = {
    saveQualificationAction: { consentId: 1, clientId: uuid, rating: null, notes: "", tags: [], answers: {} },
    signOutAction: {},
    signInAction: { email: "nobody@example.com", password: "not the password", next: "/\t/evil.example" },
    drawWinnersAction: { ...ids, drawingId: event.drawingId },
    createDrawingAction: { ...ids, name: "Prize", prize: "A mug", winners: "1", rule: "booths", minPartners: "1" },
    previewMappingAction: { eventId: event.eventId, headers: ["Email"], sample: [], mapping: { email: 0 } },
    saveEventLegalAction: { eventId: event.eventId, legalName: "Fair GmbH" },
    saveNoticeAction: { eventId: event.eventId, language: "en", template: "We share your details with {partner}." },
    inviteOrganizerAction: { eventId: event.eventId, email: "new@example.com" },
    createPartnerAction: { eventId: event.eventId, name: "Acme", booth: "A1", purpose: "Follow-up", privacyUrl: "https://acme.example/p" },
    updatePartnerAction: { ...ids, name: "Acme", booth: "A1", purpose: "Follow-up", privacyUrl: "https://acme.example/p" },
    createPairingLinkAction: ids,
    revokeDeviceAction: { ...ids, deviceId: 1 },
    savePartnerLegalAction: { ...ids, legalName: "Acme GmbH" },
    updateLeadFormAction: { ...ids, tags: "hot", questions: "[]" },
    acceptInviteAction: { token: "x".repeat(43), password: "long enough password" },
    enterDrawingAction: { token: "x".repeat(43), drawingId: event.drawingId },
    pageDecisionAction: { token: "x".repeat(43), partnerId: partner.id, action: "withdraw", noticeSha256: "0".repeat(64), language: "en" },
    pairDeviceAction: { token: "x".repeat(43), deviceName: "Phone" },
    recordDecisionAction: { scanId: uuid, code: "NOPE", scannedAt: new Date().toISOString(), choice: "share", drawing: false, noticeId: 1, noticeSha256: "0".repeat(64), language: "en", decidedAt: new Date().toISOString() },
    unpairPhoneAction: {},
    openScanAction: { scanId: uuid, code: "NOPE", scannedAt: new Date().toISOString(), source: "typed" },
    readEarlierChoiceAction: { scanId: uuid },
    chooseLanguageAction: { token: "x".repeat(43), language: "de" },
    eraseMyDataAction: { token: "x".repeat(43) },
    eraseAttendeeAction: { eventId: event.eventId, attendeeId: event.attendees[0]!.id },
    freezeDrawingAction: { ...ids, drawingId: event.drawingId },
  };
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const actions = Object.entries(manifest.node).filter(([, a]) => a.filename.startsWith("app/"));
  expect(actions.map(([, a]) => a.exportedName).sort()).toEqual(Object.keys(inputs).sort());

  const pagePath = (worker: string) =>
    worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace("[eventId]", String(event.eventId))
      .replace("[partnerId]", String(partner.id))
      .replace(/\[[a-zA-Z]+Id\]/g, "1")
      .replace("[token]", "x".repeat(43)) || "/";

  const device = makeDevice(event.eventId, partner.id);
  const callers = { anonymous: "", device: `fairlead_device=${device.sessionToken}` };
  for (const [id, action] of actions) {
    const organizerOnly = action.filename.startsWith("app/events/");
    for (const [who, cookie] of Object.entries(callers)) {
      if (who === "device" && !organizerOnly) continue; // a device is the right caller there
      const api = await playwright.request.newContext({ baseURL: BASE_URL });
      const response = await api.post(pagePath(Object.keys(action.workers)[0]!), {
        headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: BASE_URL, ...(cookie && { cookie }) },
        data: JSON.stringify([inputs[action.exportedName]]),
        maxRedirects: 0,
      });
      const body = await response.text();
      const label = `${action.exportedName} as ${who}: ${response.status()} ${body.slice(0, 300)}`;
      expect(response.status(), label).toBeLessThan(500);
      expect(body, label).not.toContain("digest");
      if (action.exportedName === "signOutAction") continue; // anyone may sign out: it goes to /signin
      expect(body, label).toMatch(/"ok":false,"code":"(unauthorized|forbidden|not_found|gone|invalid|rate_limited)"/);
      await api.dispose();
    }
  }
});

test("[ACTIONS] calls Next cannot decode, and calls from another site, get the typed refusal (400/403/413), not a 500 with a digest", async ({ playwright }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const [id] = Object.entries(manifest.node).find(([, a]) => a.exportedName === "openScanAction")!;
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
