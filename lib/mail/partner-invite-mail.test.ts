import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, mailOutbox, partnerInvites } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { acceptPartnerInvite, cancelInvite, invitePartnerMember, listTeam } from "../partners/team";
import { useTestDatabase } from "../test/db";
import { makeEvent, makeOrganizer, makePartnerMember } from "../test/fixtures";
import { header, plainText, sendThrough, startTestSmtp, type TestSmtp } from "../test/smtp-server";
import { mailSetUp } from "./mail-settings";
import { MAX_ATTEMPTS } from "./send-due-mail";

let smtp: TestSmtp;
before(async () => {
  useTestDatabase();
  smtp = await startTestSmtp();
});
after(() => smtp.close());

const fails = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;
const invite = (id: number) => getDb().select().from(partnerInvites).where(eq(partnerInvites.id, id)).get()!;
const mailOf = (id: number) => getDb().select().from(mailOutbox).where(and(eq(mailOutbox.kind, "partner_invite"), eq(mailOutbox.ref, id))).get();
const tokenOf = (path: string) => path.split("/").pop()!;
/** Invites by email as a server with FAIRLEAD_SMTP_URL set would. */
const byEmail = (...[actor, eventId, partnerId, email, role = "member" as const]: [Parameters<typeof invitePartnerMember>[0], number, number, string, ("admin" | "member")?]) =>
  invitePartnerMember(actor, eventId, partnerId, { email, role, byEmail: true }, new Date(), true);

test("[MAIL] mail is set up when FAIRLEAD_SMTP_URL is: the folder of .eml files reaches nobody invited", () => {
  const env = (vars: Record<string, string>) => ({ NODE_ENV: "test", ...vars }) as NodeJS.ProcessEnv;
  assert.equal(mailSetUp(env({ FAIRLEAD_SMTP_URL: "smtp://mail.example:587" })), true);
  assert.equal(mailSetUp(env({})), false);
});

test("[MAIL] an invitation by email: the link arrives once, works, and its sealed token is wiped once sent", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const partner = event.partners[0]!;
  const made = byEmail(owner, event.eventId, partner.id, "New.Admin@Example.com", "admin");
  assert.equal(made.emailed, true);
  const token = tokenOf(made.path);
  const stored = invite(made.id);
  assert.ok(stored.tokenSealed, "the token waits sealed for the sender");
  assert.ok(!stored.tokenSealed.includes(token), "never in clear");
  assert.equal(mailOf(made.id)?.status, "waiting");

  const before = smtp.arrived.length;
  assert.equal(await sendThrough(smtp), 1);
  const mail = smtp.arrived[before];
  assert.ok(mail);
  assert.deepEqual(mail.to, ["new.admin@example.com"]);
  assert.equal(header(mail.raw, "Subject"), `Join ${partner.name}'s team for Event ${event.slug}`);
  const text = plainText(mail.raw)!;
  assert.ok(text.includes(`https://fair.example/join/${token}`), "the same link as the hand-over one");
  assert.match(text, /Test Organizer \(.*\) invited you to the team of .* as an admin/);
  assert.equal(mailOf(made.id)?.status, "sent");
  assert.equal(invite(made.id).tokenSealed, null, "wiped in the transaction that recorded the message sent");
  assert.equal(await sendThrough(smtp), 0, "sent once");

  const joined = await acceptPartnerInvite({ token, name: "Ada Admin", password: "long enough password" });
  assert.equal(joined.partnerId, partner.id);
  const audit = getDb().select().from(auditLog).where(and(eq(auditLog.eventId, event.eventId), eq(auditLog.action, "partner_team.invite"))).get()!;
  assert.deepEqual(audit.details, { role: "admin", byEmail: true });
});

test("[MAIL] a partner admin's invitation by email names the admin; a refused message keeps the sealed token for its retry, a failed one wipes it", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const admin = await makePartnerMember(event.eventId, partner.id, "admin");
  const made = byEmail(admin, event.eventId, partner.id, "colleague@example.com");
  smtp.refuse.rcpt = true;
  try {
    let t = new Date();
    await sendThrough(smtp, t);
    assert.equal(mailOf(made.id)?.status, "waiting");
    assert.ok(invite(made.id).tokenSealed, "kept: the retry builds the message again");
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      t = mailOf(made.id)!.nextAttemptAt;
      await sendThrough(smtp, t);
    }
    assert.equal(mailOf(made.id)?.status, "failed");
    assert.equal(invite(made.id).tokenSealed, null, "given up: nothing needs the sealed copy");
  } finally {
    smtp.refuse.rcpt = false;
  }
  // The hand-over link still works.
  await acceptPartnerInvite({ token: tokenOf(made.path), name: "Colleague", password: "long enough password" });

  const second = byEmail(admin, event.eventId, partner.id, "second@example.com");
  const before = smtp.arrived.length;
  await sendThrough(smtp);
  assert.match(plainText(smtp.arrived[before]!.raw)!, new RegExp(`Test Team Member \\(${admin.email.replace(/[.]/g, "\\.")}\\) invited you .* as a member`));
  assert.equal(invite(second.id).tokenSealed, null);
});

test("[MAIL] an invitation used or cancelled before its email went out: nothing is sent, and no sealed token is left", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const used = byEmail(OPERATOR, event.eventId, partner.id, "quick@example.com");
  await acceptPartnerInvite({ token: tokenOf(used.path), name: "Quick", password: "long enough password" });
  assert.equal(invite(used.id).tokenSealed, null, "accepting wipes it");
  const cancelled = byEmail(OPERATOR, event.eventId, partner.id, "cancelled@example.com");
  cancelInvite(OPERATOR, event.eventId, partner.id, { inviteId: cancelled.id });
  const expired = invitePartnerMember(OPERATOR, event.eventId, partner.id, { email: "late@example.com", role: "member", byEmail: true }, new Date(Date.now() - 8 * 86_400_000), true);

  const before = smtp.arrived.length;
  await sendThrough(smtp);
  assert.equal(smtp.arrived.length, before, "nothing sent");
  assert.deepEqual(
    [used, cancelled, expired].map((i) => [mailOf(i.id)?.status, mailOf(i.id)?.lastError]),
    [
      ["skipped", "The invitation was used before its email went out."],
      ["skipped", "The invitation was cancelled."],
      ["skipped", "The invitation expired before its email went out."],
    ],
  );
  assert.equal(invite(expired.id).tokenSealed, null);
});

test("[MAIL] without mail set up, an invitation by email is refused and nothing is written; a link to hand over keeps no sealed token", () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  assert.throws(
    () => invitePartnerMember(OPERATOR, event.eventId, partner.id, { email: "x@example.com", role: "member", byEmail: true }, new Date(), false),
    (e: unknown) => fails("invalid")(e) && /FAIRLEAD_SMTP_URL/.test((e as Error).message),
  );
  assert.deepEqual(listTeam(OPERATOR, event.eventId, partner.id).pending, []);
  const handed = invitePartnerMember(OPERATOR, event.eventId, partner.id, { email: "x@example.com", role: "member" }, new Date(), true);
  assert.equal(handed.emailed, false);
  // The form's ticked box sends "on".
  assert.equal(invitePartnerMember(OPERATOR, event.eventId, partner.id, { email: "y@example.com", role: "member", byEmail: "on" }, new Date(), true).emailed, true);
  assert.equal(invite(handed.id).tokenSealed, null);
  assert.equal(mailOf(handed.id), undefined);
});
