// Issue 13 finding 4 and token attempts over real HTTP. Each test names its own client address
// in X-Forwarded-For (the server trusts no proxy here, so Next keeps what the client sent:
// lib/http/client-address.ts), so the per-address limits of one test touch no other spec.
import { makeOrganizer } from "@/lib/test/fixtures";
import { SIGN_IN_ADDRESS } from "@/lib/auth/sign-in-limits";
import { TOKEN_ATTEMPTS } from "@/lib/auth/token-attempts";
import { expect, test } from "./support/world";
import type { Page } from "@playwright/test";

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
const refusal = (page: Page) => page.getByRole("alert").filter({ hasText: /do not match|Slow down/ });

test("[LIMIT] wrong passwords slow an account down, the wait doubles, the right password after the wait signs in", async ({ browser }) => {
  const organizer = await makeOrganizer();
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.91.0.1" } });
  const page = await context.newPage();
  await page.goto("/signin");
  for (let i = 0; i < 6; i++) {
    await signIn(page, organizer.email, `wrong password ${i}`);
    await expect(refusal(page)).toContainText("do not match");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await signIn(page, organizer.email, "correct horse battery");
  await expect(refusal(page)).toHaveText(/Slow down: try again in [12] s \(sign-in attempts for this account\)\./);
  await page.waitForTimeout(2_100);
  await signIn(page, organizer.email, "correct horse battery");
  await expect(page).toHaveURL(/\/events/);
  await context.close();
});

test("[LIMIT] one address trying many accounts slows down; another address does not", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.91.0.2" } });
  const page = await context.newPage();
  await page.goto("/signin");
  for (let i = 0; i <= SIGN_IN_ADDRESS.free; i++) {
    await signIn(page, `nobody-${i}-${Date.now()}@example.com`, "a guess");
    await expect(refusal(page)).toContainText("do not match");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await signIn(page, `nobody-else-${Date.now()}@example.com`, "a guess");
  await expect(refusal(page)).toContainText("(sign-in attempts from this network address)");

  const other = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.91.0.3" } })).newPage();
  await other.goto("/signin");
  await signIn(other, `nobody-else-${Date.now()}@example.com`, "a guess");
  await expect(refusal(other)).toContainText("do not match");
  await context.close();
  await other.context().close();
});

test("[LIMIT] tokens that open nothing: an address is slowed down after 30 (the personal page in English and German); valid tokens elsewhere keep working", async ({ browser, world }) => {
  const valid = world.event.attendees[0]!.personalToken;
  const prober = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.91.0.4" } })).newPage();
  for (let i = 0; i < TOKEN_ATTEMPTS.capacity; i++) {
    expect((await prober.request.get(`/me/${"x".repeat(30)}${String(i).padStart(13, "0")}`)).status()).toBe(404);
  }
  await prober.goto(`/me/${valid}`);
  await expect(prober.getByRole("heading", { name: "Slow down" })).toBeVisible();
  await expect(prober.locator("section[lang=de]")).toContainText("Versuchen Sie es in");
  await prober.goto("/pair/not-a-real-pairing-token-000000000000000");
  await expect(prober.getByRole("heading", { name: "Slow down" })).toBeVisible();
  await expect(prober.getByText(/^Slow down: try again in \d+ s \(link attempts from this network address\)\.$/)).toBeVisible();
  await prober.goto("/invite/not-a-real-invitation-token-0000000000");
  await expect(prober.getByRole("heading", { name: "Slow down" })).toBeVisible();

  // The attendee at another address, opening their page as often as they like.
  const attendee = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.91.0.5" } })).newPage();
  for (let i = 0; i < 40; i++) expect((await attendee.request.get(`/me/${valid}`)).status()).toBe(200);
  await attendee.goto(`/me/${valid}`);
  await expect(attendee.getByRole("heading", { name: `Hello ${world.event.attendees[0]!.firstName}` })).toBeVisible();
  await prober.context().close();
  await attendee.context().close();
});
