// Issue 14 §1, the partner's own workspace (decision 036): the organizer publishes the data-use
// agreement and invites the partner's first admin; the admin joins, sees nothing until they
// accept the agreement, then pairs a phone, sees the booth's shares live with filters, invites a
// member and exports; a new agreement version closes the gate again until it is accepted. Then
// "new since the last export" (issue 14 §1), by the partner's admin and the organizer in turn;
// and invitation emails through the mail set-up (decision 038).
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partnerInvites } from "@/db/schema";
import { OPERATOR } from "@/lib/auth/actor";
import { saveQualification } from "@/lib/leads/save-qualification";
import { decideAtBooth } from "@/lib/test/decide";
import { agreementText, makeDevice, makePartnerMember, openAgreementGate } from "@/lib/test/fixtures";
import { publishAgreement } from "@/lib/partners/agreement";
import { invitePartnerMember } from "@/lib/partners/team";
import { plainText } from "@/lib/test/smtp-server";
import { E2E_DB } from "./support/env";
import { BASE_URL, expect, test } from "./support/world";

async function noSeriousAxe(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

/** Opens an invitation link in a fresh browser context and joins with a new account. */
async function join(browser: import("@playwright/test").Browser, link: string, name: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: /join|create/i }).click();
  return page;
}

test("[PARTNER WORKSPACE] invited admin accepts the agreement, pairs a phone, sees shares live, invites a member, exports", async ({ world, organizerPage, browser }) => {
  // The longest journey of the suite: 47 s at a load of 10, over the default minute in a loaded fresh-clone run.
  test.setTimeout(120_000);
  const { event } = world;
  const [partner, other] = event.partners;
  const organizer = await organizerPage();

  // The organizer publishes the agreement, then invites the partner's admin from the partner page.
  await organizer.goto(`/events/${event.eventId}/agreement`);
  await organizer.getByLabel("The agreement in English").fill(agreementText("Delete contacts within 30 days of a withdrawal."));
  await organizer.getByRole("button", { name: "Publish the agreement" }).click();
  await expect(organizer.getByRole("status").filter({ hasText: "Published as version 1" })).toBeVisible();
  await expect(organizer.getByTestId("agreement-standing")).toContainText("Not accepted yet");

  await organizer.goto(`/events/${event.eventId}/partners/${partner!.id}`);
  await expect(organizer.getByTestId("no-team")).toBeVisible();
  const adminEmail = `admin-${event.slug}@partner.example`;
  await organizer.getByLabel("Email of the person to invite").fill(adminEmail);
  await organizer.getByLabel("Role").selectOption("admin");
  await organizer.getByRole("button", { name: "Create an invitation link" }).click();
  const adminLink = (await organizer.getByTestId("team-invite-link").textContent())!;

  // The admin joins: the workspace shows the gate, not leads (the booth already has a share).
  const phone = makeDevice(event.eventId, partner!.id, "Front desk");
  const shared = decideAtBooth(phone, event.attendees[0]!.badgeCode, "share");
  const admin = await join(browser, adminLink, "Ada Admin");
  await expect(admin).toHaveURL(new RegExp(`/partners/${partner!.id}$`));
  await expect(admin.getByTestId("agreement-required")).toBeVisible();
  await expect(admin.getByText(event.attendees[0]!.email)).toHaveCount(0);
  expect((await admin.request.post(`/partners/${partner!.id}/export?file=leads&format=csv`, { headers: { origin: BASE_URL } })).status()).toBe(403);

  await admin.getByRole("link", { name: "Read the agreement" }).click();
  await expect(admin.getByTestId("agreement-text-en")).toContainText("within 30 days");
  await noSeriousAxe(admin);
  await admin.getByLabel(/I accept version 1/).check();
  await admin.getByRole("button", { name: "Accept version 1" }).click();
  await expect(admin.getByTestId("agreement-accepted")).toContainText(adminEmail);

  // The organizer sees who accepted which version.
  await organizer.goto(`/events/${event.eventId}/agreement`);
  await expect(organizer.getByTestId("agreement-standing")).toContainText(`Accepted by ${adminEmail}`);

  // Leads, live: the earlier share is there; a new one arrives without a reload; filters narrow them.
  await admin.getByRole("link", { name: "Leads" }).click();
  await expect(admin.getByTestId("lead-table")).toContainText(event.attendees[0]!.email);
  await noSeriousAxe(admin);
  decideAtBooth(phone, event.attendees[1]!.badgeCode, "share");
  await expect(admin.getByTestId("lead-table")).toContainText(event.attendees[1]!.email, { timeout: 15_000 });
  saveQualification(phone, { consentId: shared.result.consentId, basedOn: 0, clientId: crypto.randomUUID(), rating: "hot", notes: "Wants a demo", tags: [], answers: {} });
  await admin.goto(`/partners/${partner!.id}?rating=hot`);
  await expect(admin.getByTestId("lead-table").getByRole("row")).toHaveCount(2); // the header and the hot lead
  await expect(admin.getByTestId("lead-table")).toContainText(event.attendees[0]!.email);
  await admin.getByLabel("Search").fill("nobody-matches-this");
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin.getByTestId("no-matching-leads")).toBeVisible();
  await admin.getByRole("link", { name: "Clear filters" }).click();
  await admin.getByTestId("lead-table").getByRole("link", { name: new RegExp(`^${event.attendees[0]!.firstName} `) }).click();
  await expect(admin.getByTestId("qualification-history")).toContainText("Wants a demo");
  // Another partner's lead is not reachable by id.
  const otherPhone = makeDevice(event.eventId, other!.id, "Other booth");
  const otherShare = decideAtBooth(otherPhone, event.attendees[2]!.badgeCode, "share").result.consentId;
  expect((await admin.request.get(`/partners/${partner!.id}/leads/${otherShare}`)).status()).toBe(404);
  expect((await admin.request.get(`/partners/${other!.id}`, { maxRedirects: 0 })).status()).toBe(404);

  // Phones: pair a new one, see the scan counts.
  await admin.goto(`/partners/${partner!.id}/devices`);
  await expect(admin.getByRole("row", { name: /Front desk/ }).getByRole("cell").nth(3)).toHaveText("2"); // its two scans
  await admin.getByRole("button", { name: "Create a pairing link" }).click();
  await expect(admin.getByTestId("pairing-link")).toContainText("/pair/");

  // Exports: the admin's file holds the leads and is in the history, as the partner team's.
  await admin.goto(`/partners/${partner!.id}/exports`);
  const download = admin.waitForEvent("download");
  await admin.getByRole("button", { name: "Export leads (CSV)" }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(file, "utf8")).toContain(event.attendees[0]!.email);
  await admin.reload();
  await expect(admin.getByTestId("export-history")).toContainText(`${adminEmail} (partner team)`);

  // A member: leads only.
  await admin.goto(`/partners/${partner!.id}/team`);
  const memberEmail = `member-${event.slug}@partner.example`;
  await admin.getByLabel("Email of the person to invite").fill(memberEmail);
  await admin.getByRole("button", { name: "Create an invitation link" }).click();
  const memberLink = (await admin.getByTestId("team-invite-link").textContent())!;
  const member = await join(browser, memberLink, "Max Member");
  await expect(member.getByTestId("lead-table")).toContainText(event.attendees[0]!.email);
  await expect(member.getByRole("navigation", { name: "Workspace" }).getByRole("link")).toHaveText(["Leads", "Agreement"]);
  await member.goto(`/partners/${partner!.id}/devices`);
  await expect(member.getByTestId("admins-only")).toBeVisible();
  expect((await member.request.post(`/partners/${partner!.id}/export?file=leads&format=csv`, { headers: { origin: BASE_URL } })).status()).toBe(403);
  await admin.reload();
  await expect(admin.getByTestId("team-table")).toContainText(memberEmail);

  // A new version closes the gate until an admin accepts it again.
  publishAgreement(OPERATOR, event.eventId, { en: agreementText("Version two.") });
  await member.goto(`/partners/${partner!.id}`);
  await expect(member.getByTestId("agreement-required")).toContainText("must be accepted by one of your team’s admins");
  await expect(member.getByText(event.attendees[0]!.email)).toHaveCount(0);
});

/** A browser signed in as a partner team member (the fixtures' session, as organizerPage does). */
async function memberPage(browser: import("@playwright/test").Browser, sessionToken: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL });
  await context.addCookies([{ name: "fairlead_organizer", value: sessionToken, url: BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}

/** Clicks a download button and returns the file's name and text. */
async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: button, exact: true }).click();
  const { readFileSync } = await import("node:fs");
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("[PARTNER WORKSPACE] “new since the last export”: the whole list at first, then only newer shares, whoever exported last", async ({ world, organizerPage, browser }) => {
  const { event, organizer: owner } = world;
  const partner = event.partners[0]!;
  const adminActor = await makePartnerMember(event.eventId, partner.id, "admin", { by: owner });
  openAgreementGate(adminActor);
  const phone = makeDevice(event.eventId, partner.id, "Front desk");
  const [a, b, c] = event.attendees as [(typeof event.attendees)[0], (typeof event.attendees)[0], (typeof event.attendees)[0]];
  decideAtBooth(phone, a.badgeCode, "share");

  // Nothing exported yet: the page says "new since" gives the whole list, and it does.
  const admin = await memberPage(browser, adminActor.sessionToken);
  await admin.goto(`/partners/${partner.id}/exports`);
  await expect(admin.getByTestId("since-export-note")).toContainText("No leads file of this partner has been exported yet");
  await expect(admin.getByTestId("since-export-note")).toContainText("(1 lead)");
  await noSeriousAxe(admin);
  const first = await downloadText(admin, "New since the last export (CSV)");
  expect(first.text).toContain(a.email);
  expect(first.name).not.toContain("new-since");

  // The organizer's "new since" continues the partner admin's file.
  decideAtBooth(phone, b.badgeCode, "share");
  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await expect(organizer.getByTestId("since-export-note")).toContainText(`by ${adminActor.email} (partner team), 1 lead. New since then: 1 lead.`);
  const second = await downloadText(organizer, "New since the last export (CSV)");
  expect(second.text).toContain(b.email);
  expect(second.text).not.toContain(a.email);
  expect(second.name).toMatch(/-new-since-export-\d+-/);

  // And the admin's next one continues the organizer's.
  decideAtBooth(phone, c.badgeCode, "share");
  await admin.reload();
  await expect(admin.getByTestId("since-export-note")).toContainText(`by ${owner.email}, 1 lead. New since then: 1 lead.`);
  const third = await downloadText(admin, "New since the last export (CSV)");
  expect([third.text.includes(c.email), third.text.includes(a.email), third.text.includes(b.email)]).toEqual([true, false, false]);
  await admin.reload();
  await expect(admin.getByTestId("since-export-note")).toContainText("New since then: 0 leads.");
  const history = admin.getByTestId("export-history");
  await expect(history.getByRole("row").filter({ hasText: "new since the export of" })).toHaveCount(2);
  await expect(history.getByRole("row").filter({ hasText: "Leads, CSV" })).toHaveCount(3);
});

// The e2e server has no FAIRLEAD_SMTP_URL: its mail goes to outbox-mail/ next to its database (as in mail.spec.ts).
const OUTBOX = path.join(path.dirname(E2E_DB), "outbox-mail");
const emlTo = (address: string) =>
  fs.existsSync(OUTBOX) ? fs.readdirSync(OUTBOX).map((f) => path.join(OUTBOX, f)).filter((f) => f.endsWith(".eml") && fs.readFileSync(f, "utf8").includes(`To: ${address}`)) : [];

test("[PARTNER WORKSPACE] invitation emails: no mail set up, no email offered; an emailed invitation goes through the server's outbox and its link joins", async ({ world, organizerPage, browser }) => {
  test.setTimeout(120_000);
  const { event, organizer: owner } = world;
  const partner = event.partners[0]!;
  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await expect(organizer.getByTestId("team-invite-no-mail")).toContainText("hand the link over yourself");
  await expect(organizer.getByLabel(/Send it by email/)).toHaveCount(0);

  // The invitation a server with FAIRLEAD_SMTP_URL makes when the box is ticked; this server's
  // sender (it polls every 10 s) builds the message from the sealed token and writes it out.
  const email = `emailed-${event.slug}@partner.example`;
  const made = invitePartnerMember(owner, event.eventId, partner.id, { email, role: "admin", byEmail: true }, new Date(), true);
  let eml = "";
  await expect(() => expect((eml = emlTo(email)[0] ?? "")).not.toBe("")).toPass({ timeout: 60_000, intervals: [1_000] });
  const text = plainText(fs.readFileSync(eml, "utf8"))!;
  expect(text).toContain(`invited you to the team of ${partner.name}`);
  const link = new URL(/https?:\/\/\S+\/join\/\S+/.exec(text)![0]);
  expect(link.pathname).toBe(made.path);

  await organizer.goto(`/events/${event.eventId}/mail`);
  await expect(organizer.getByTestId("mail-log").getByRole("row").filter({ hasText: email })).toContainText("Sent");
  await expect(organizer.getByTestId("mail-log").getByRole("row").filter({ hasText: email })).toContainText("Invitation to a partner's team");
  const sealed = getDb().select({ sealed: partnerInvites.tokenSealed }).from(partnerInvites).where(eq(partnerInvites.id, made.id)).get();
  expect(sealed).toEqual({ sealed: null }); // wiped when the message was recorded sent

  const joined = await join(browser, link.pathname, "Emma Emailed");
  await expect(joined).toHaveURL(new RegExp(`/partners/${partner.id}$`));
});
