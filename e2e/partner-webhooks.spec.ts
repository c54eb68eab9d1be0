// Issue 14 §2 acceptance: a partner admin accepts the agreement, adds a webhook endpoint and
// pairs a phone; a share made on that phone arrives at a receiver running in this test (its
// signature verified with `standardwebhooks`, the spec's reference library), then the
// withdrawal arrives; the delivery log shows both. The server's own sender delivers them.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { OPERATOR } from "@/lib/auth/actor";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { createSession } from "@/lib/auth/sessions";
import { publishAgreement } from "@/lib/partners/agreement";
import { decideOnMyPage } from "@/lib/test/decide";
import { agreementText, makePartnerMember } from "@/lib/test/fixtures";
import { backToScanning, typeCode } from "./support/booth";
import { BASE_URL, expect, test } from "./support/world";

type Hit = { id: string; type: string; data: Record<string, unknown>; body: string; headers: Record<string, string> };

test("[WEBHOOK] admin sets up a webhook and pairs a phone; the share, then the withdrawal, arrive signed and in order", async ({ world, browser, unpairedPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const hits: Hit[] = [];
  const receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
      hits.push({ id: headers["webhook-id"]!, type: parsed.type, data: parsed.data, body, headers });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hookUrl = `http://localhost:${(receiver.address() as AddressInfo).port}/fairlead`;

  try {
    publishAgreement(OPERATOR, event.eventId, { en: agreementText() });
    const admin = await makePartnerMember(event.eventId, partner.id, "admin");
    const context = await browser.newContext({ baseURL: BASE_URL });
    const { token, expiresAt } = createSession({ kind: "organizer", userId: admin.userId });
    await context.addCookies([{ name: "fairlead_organizer", value: token, url: BASE_URL, httpOnly: true, sameSite: "Lax", expires: Math.floor(expiresAt.getTime() / 1000) }]);
    const page = await context.newPage();

    // The agreement first: the Delivery page is closed until then.
    await page.goto(`/partners/${partner.id}/delivery`);
    await expect(page.getByTestId("agreement-required")).toBeVisible();
    await page.goto(`/partners/${partner.id}/agreement`);
    await page.getByLabel(/I accept version 1/).check();
    await page.getByRole("button", { name: "Accept version 1" }).click();
    await expect(page.getByTestId("agreement-accepted")).toBeVisible();

    // A refused address is explained; the receiver's is kept, with its secret.
    await page.goto(`/partners/${partner.id}/delivery`);
    await expect(page.getByTestId("no-endpoints")).toBeVisible();
    await page.getByLabel("Address of your receiver").fill("http://crm.example/hook");
    await page.getByRole("button", { name: "Add the endpoint" }).click();
    await expect(page.locator("#endpoint-url-error")).toContainText("Use https://");
    await page.getByLabel("Address of your receiver").fill(hookUrl);
    await page.getByRole("button", { name: "Add the endpoint" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added." })).toBeVisible();
    await page.reload();
    await page.getByText("Signing secret").click();
    const secret = (await page.locator("[data-testid$='-secret']").first().textContent())!;
    expect(secret).toMatch(/^whsec_/);

    // Pair a phone from the workspace, and share at the booth.
    await page.goto(`/partners/${partner.id}/devices`);
    await page.getByRole("button", { name: "Create a pairing link" }).click();
    const link = await page.getByTestId("pairing-link").getAttribute("href");
    const phone = await unpairedPage();
    await phone.goto(link!);
    await phone.getByLabel("Name of this phone").fill("Stand phone");
    await phone.getByRole("button", { name: "Pair this phone" }).click();
    await expect(phone.getByRole("heading", { name: "Scan a badge" })).toBeVisible();
    await typeCode(phone, attendee.badgeCode);
    await phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click();
    await backToScanning(phone);

    await expect.poll(() => hits.length, { timeout: 15_000 }).toBe(1);
    decideOnMyPage(attendeeFromToken(attendee.personalToken)!, partner.id, "decline");
    await expect.poll(() => hits.length, { timeout: 15_000 }).toBe(2);

    const verifier = new Webhook(secret);
    for (const hit of hits) verifier.verify(hit.body, hit.headers);
    expect(hits.map((h) => h.type)).toEqual(["lead.shared", "lead.withdrawn"]);
    const shareId = Number(hits[0]!.id.replace("ce_", ""));
    expect(hits[1]!.data.ends_consent_id).toBe(shareId);
    expect(hits[1]!.data.suppress).toEqual({ email: attendee.email });
    expect(hits[0]!.data.receipt_url).toContain(`/partners/${partner.id}/receipts/${shareId}`);

    await page.goto(`/partners/${partner.id}/delivery`);
    const log = page.getByTestId("delivery-log");
    await expect(log.getByRole("row")).toHaveCount(3); // the header and the two deliveries
    await expect(log).toContainText("lead.withdrawn");
    await expect(log).toContainText(hits[0]!.id);
  } finally {
    receiver.close();
  }
});
