// Issue 12 §4: the attendee's choice stays between them and the partner's records. Whoever
// holds the booth phone after the attendee, or before them on a repeat visit, learns nothing
// of what they chose from the screen or from what the server sent the phone.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { makeDevice, makeEvent } from "@/lib/test/fixtures";
import { decideAtBooth } from "@/lib/test/decide";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { latestConsent } from "./support/db";
import { expect, test } from "./support/world";

async function typeBadge(phone: Page, code: string) {
  await phone.getByLabel("Or type the badge code").fill(formatBadgeCode(code));
  await phone.getByRole("button", { name: "Look up" }).click();
}

/** Everything a person sees and can press on the hand-back screen, the name and the ticking number made neutral. */
async function handBack(phone: Page, firstName: string | null) {
  const screen = phone.getByTestId("hand-back");
  await expect(screen).toBeVisible();
  const named = (s: string) => (firstName ? s.replaceAll(firstName, "NAME") : s);
  const neutral = (s: string) => named(s).replace(/\d+/g, "N");
  const controls = await screen.locator("a, button, input, [role=button], [tabindex]").evaluateAll((els) =>
    els.map((el) => `${el.tagName}|${el.getAttribute("role") ?? ""}|${(el as HTMLElement).innerText}`),
  );
  const layout = await screen.locator(":scope > *").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName}|${Math.round(r.x)}|${Math.round(r.y)}|${Math.round(r.width)}|${Math.round(r.height)}`;
    }),
  );
  return { html: neutral(await screen.evaluate((el) => el.outerHTML)), text: neutral(await screen.innerText()), controls: controls.map(named), layout };
}

/** The hand-back screen returns to scanning (by its button, or by itself after a few seconds). */
async function backToScanning(phone: Page) {
  const next = phone.getByRole("button", { name: "Scan the next badge" });
  const scanning = phone.getByRole("heading", { name: "Scan a badge" });
  await expect(next.or(scanning)).toBeVisible();
  await next.click({ timeout: 2_000 }).catch(() => {});
  await expect(scanning).toBeVisible();
}

test("[PRIVACY] the hand-back screen is the same after a share and after a decline, online and offline, and links to no rating", async ({ boothPage }) => {
  test.setTimeout(120_000);
  // The greeting names the attendee (the same words either way): handBack() makes names neutral.
  const event = makeEvent({ partnerCount: 1, attendeeCount: 4 });
  const partner = event.partners[0]!;
  const phone = await boothPage(partner.id, undefined, event.eventId);
  await phone.goto("/scan");
  const status = phone.getByTestId("sync-status");
  await expect(status).toContainText("this phone can scan offline", { timeout: 30_000 });

  const online: Awaited<ReturnType<typeof handBack>>[] = [];
  for (const [attendee, choice] of [
    [event.attendees[0]!, `Share my details with ${partner.name}`],
    [event.attendees[1]!, "Don't share"],
  ] as const) {
    await typeBadge(phone, attendee.badgeCode);
    await phone.getByRole("button", { name: choice, exact: true }).click();
    const seen = await handBack(phone, attendee.firstName);
    online.push(seen);
    expect(seen.controls).toEqual(["H1||Thank you, NAME", "BUTTON||Scan the next badge"]);
    await expect(phone.getByRole("link", { name: /rating|notes/i })).toHaveCount(0);
    const axe = await new AxeBuilder({ page: phone }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    await backToScanning(phone);
  }
  expect(latestConsent(event.eventId, event.attendees[0]!.id)!.action).toBe("grant");
  expect(latestConsent(event.eventId, event.attendees[1]!.id)!.action).toBe("decline");
  expect(online[1]).toEqual(online[0]);

  // Offline the decision waits in the phone's queue: the screen says so, the same for both.
  await phone.context().setOffline(true);
  await expect(status).toContainText("Offline.");
  const offline: Awaited<ReturnType<typeof handBack>>[] = [];
  for (const [attendee, choice] of [
    [event.attendees[2]!, `Share my details with ${partner.name}`],
    [event.attendees[3]!, "Don't share"],
  ] as const) {
    await typeBadge(phone, attendee.badgeCode);
    await phone.getByRole("button", { name: choice, exact: true }).click();
    const seen = await handBack(phone, null);
    expect(seen.text).toContain("saved on this phone");
    offline.push(seen);
    await backToScanning(phone);
  }
  expect(offline[1]).toEqual(offline[0]);
  await phone.context().setOffline(false);
  await expect(status).toContainText("All scans are synced", { timeout: 30_000 });
  expect(latestConsent(event.eventId, event.attendees[2]!.id)!.action).toBe("grant");
  expect(latestConsent(event.eventId, event.attendees[3]!.id)!.action).toBe("decline");
});

test("[PRIVACY] a repeat visit looks like a first one: the earlier decision is in neither the screen nor the server's answers until the attendee asks", async ({ boothPage }) => {
  test.setTimeout(90_000);
  const event = makeEvent({ partnerCount: 1, attendeeCount: 3 });
  const partner = event.partners[0]!;
  const [sharer, decliner, newcomer] = event.attendees;
  // Earlier visits, from another phone of the same booth.
  const earlierPhone = makeDevice(event.eventId, partner.id, "Earlier phone");
  decideAtBooth(earlierPhone, sharer!.badgeCode, "share");
  decideAtBooth(earlierPhone, decliner!.badgeCode, "decline");
  const declined = latestConsent(event.eventId, decliner!.id)!;

  // No service worker: requests passing through one are not reliably seen by Playwright.
  const phone = await boothPage(partner.id, undefined, event.eventId, { serviceWorkers: "block" });
  // Every answer the server sends the phone that can carry this attendee's data (not the
  // build's static files, which are the same for everyone), read whole before the page gets it.
  const answers: { url: string; body: string }[] = [];
  await phone.route(
    (url) => !url.pathname.startsWith("/_next/static/"),
    async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      answers.push({ url: route.request().url(), body });
      await route.fulfill({ response, body });
    },
  );
  await phone.goto("/scan");

  const screenOf = async (attendee: typeof sharer) => {
    await typeBadge(phone, attendee!.badgeCode);
    const main = phone.getByRole("main");
    await expect(phone.getByRole("heading", { name: `Hi ${attendee!.firstName}!` })).toBeVisible();
    return (await main.innerText()).replaceAll(attendee!.firstName, "NAME").replace(/\n+/g, "\n");
  };
  const cancel = async () => {
    // Nobody decides: back to the scanner by reloading, as staff would after a walk-away.
    await phone.goto("/scan");
    await expect(phone.getByRole("heading", { name: "Scan a badge" })).toBeVisible();
  };

  const first = await screenOf(newcomer);
  await cancel();
  const afterShare = await screenOf(sharer);
  await cancel();
  const afterDecline = await screenOf(decliner);

  // The same screen after a share and after a decline; a first visit's plus one neutral line.
  expect(afterDecline).toEqual(afterShare);
  const line = `You have made a choice for ${partner.name} before. You can decide again below.`;
  expect(afterDecline).toContain(line);
  expect(afterDecline.replace(`${line}\n`, "").replace("Show my earlier choice\n", "")).toEqual(first);
  await expect(phone.getByTestId("current-decision")).toHaveCount(0);
  for (const words of ["You chose not to share", "You shared your details", "Your share with"]) {
    await expect(phone.getByText(words)).toHaveCount(0);
  }
  const axe = await new AxeBuilder({ page: phone }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  // Nothing the server sent so far carries a decision or its time.
  await phone.waitForLoadState("networkidle");
  expect(answers.length).toBeGreaterThan(3);
  const recordedAt = declined.recordedAt;
  const leaks = [/"(grant|decline|withdraw|lapse)"/, /current-decision/, new RegExp(String(recordedAt.getTime())), new RegExp(recordedAt.toISOString())];
  for (const { url, body } of answers) for (const leak of leaks) expect(`${url}\n${body}`).not.toMatch(leak);

  // The attendee asks: now the phone shows it, and the answer to that tap carries it (which
  // shows that the check above reads the answers that would carry it).
  const before = answers.length;
  await phone.getByRole("button", { name: "Show my earlier choice" }).click();
  await expect(phone.getByTestId("current-decision")).toContainText(`You chose not to share with ${partner.name} on`);
  expect(answers.slice(before).some((a) => /"decline"/.test(a.body))).toBe(true);
});
