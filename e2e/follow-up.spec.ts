// Issue 16 §1: what the attendee asked for, at once. The partner's admin writes a follow-up in
// the workspace; the booth's consent screen states its promise; a share brings the message and
// links by email within a minute (through the server's own sender), a decline brings nothing.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { OPERATOR } from "@/lib/auth/actor";
import { listMail } from "@/lib/mail/list-mail";
import { makePartnerMember, openAgreementGate } from "@/lib/test/fixtures";
import { header, plainText } from "@/lib/test/smtp-server";
import { backToScanning, typeCode } from "./support/booth";
import { E2E_DB } from "./support/env";
import { BASE_URL, expect, test } from "./support/world";

// The e2e server has no FAIRLEAD_SMTP_URL: its sender writes each message to outbox-mail/ next to
// its database (as in mail.spec.ts); the message is what an SMTP server would receive.
const OUTBOX = path.join(path.dirname(E2E_DB), "outbox-mail");
const mailTo = (address: string) =>
  fs.existsSync(OUTBOX)
    ? fs
        .readdirSync(OUTBOX)
        .filter((f) => f.endsWith(".eml"))
        .map((f) => fs.readFileSync(path.join(OUTBOX, f), "utf8"))
        .filter((raw) => raw.includes(`To: ${address}`))
    : [];

const PROMISE = "We will email you the product sheet now and may call you within 2 working days.";

test("[FOLLOW-UP] the partner's admin writes a follow-up; the consent screen states its promise; a share brings it by email within a minute, a decline nothing", async ({ world, browser, boothPage }) => {
  test.setTimeout(150_000);
  const { event } = world;
  const partner = event.partners[0]!;
  const adminActor = await makePartnerMember(event.eventId, partner.id, "admin");
  openAgreementGate(adminActor);
  const context = await browser.newContext({ baseURL: BASE_URL });
  await context.addCookies([{ name: "fairlead_organizer", value: adminActor.sessionToken, url: BASE_URL, httpOnly: true, sameSite: "Lax" }]);
  const admin = await context.newPage();

  await admin.goto(`/partners/${partner.id}`);
  await admin.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Follow-up" }).click();
  const english = admin.getByTestId("follow-up-en");
  await expect(admin.getByTestId("follow-up-en-state")).toHaveText("No follow-up in English yet.");
  const axe = await new AxeBuilder({ page: admin }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  // A link with a label and no address is refused, marked beside the field; nothing is saved.
  await english.getByLabel("Promise on the consent screen").fill(PROMISE);
  await english.getByLabel("Message sent at once").fill("Thank you for visiting us. Here is the product sheet you asked for.");
  await english.getByLabel("Link 1: label").fill("Product sheet");
  await english.getByRole("button", { name: "Save the English follow-up" }).click();
  await expect(english.getByRole("alert").first()).toContainText("Nothing was saved");
  await expect(english.getByText("Give link 1 its address, or clear its label.")).toBeVisible();
  await english.getByLabel("Link 1: address").fill("https://contoso.example/sheet.pdf");
  await english.getByLabel("Replies go to").fill("sales@contoso.example");
  await english.getByRole("button", { name: "Save the English follow-up" }).click();
  await expect(english.getByRole("status")).toContainText("Saved.");
  await admin.reload();
  await expect(admin.getByTestId("follow-up-en-state")).toContainText("Saved");
  await expect(admin.getByTestId("follow-up-en").getByLabel("Link 1: address")).toHaveValue("https://contoso.example/sheet.pdf");

  // At the booth: the notice ends with the promise; one attendee declines, the next shares.
  const [sharer, decliner] = event.attendees;
  const phone = await boothPage(partner.id);
  await phone.goto("/scan");
  await typeCode(phone, decliner!.badgeCode);
  await expect(phone.getByRole("heading", { name: `Hi ${decliner!.firstName}!` })).toBeVisible();
  await expect(phone.getByText(PROMISE)).toBeVisible();
  await phone.getByRole("button", { name: "Don't share", exact: true }).click();
  await backToScanning(phone);
  await typeCode(phone, sharer!.badgeCode);
  await expect(phone.getByRole("heading", { name: `Hi ${sharer!.firstName}!` })).toBeVisible();
  await phone.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click();
  await expect(phone.getByTestId("hand-back")).toBeVisible();
  const sharedAt = Date.now();

  let raw = "";
  await expect(() => expect((raw = mailTo(sharer!.email)[0] ?? "")).not.toBe("")).toPass({ timeout: 60_000, intervals: [1_000] });
  expect(Date.now() - sharedAt).toBeLessThan(60_000);
  expect(header(raw, "Reply-To")).toBe("sales@contoso.example");
  const text = plainText(raw)!;
  expect(text).toContain(`${partner.name} sends you what it promised at booth ${partner.booth}:`);
  expect(text).toContain("Here is the product sheet you asked for.");
  expect(text).toContain("  Product sheet: https://contoso.example/sheet.pdf");
  expect(text).toContain(`Your contact details were shared with ${partner.name}`);
  // The sender reads the ledger in order: the decline, recorded first, was read and caused no message.
  expect(listMail(OPERATOR, event.eventId).map((m) => [m.kind, m.to])).toEqual([["share_confirmation", sharer!.email]]);
  expect(mailTo(decliner!.email)).toEqual([]);
});
