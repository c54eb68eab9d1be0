// Issue 13, findings 2 and 6: a sign-in replaces the browser's session, the phone unpairs
// itself, and the address after sign-in stays on this site.
import { createOrganizer } from "@/lib/auth/organizers";
import { OPERATOR } from "@/lib/auth/actor";
import { addOrganizerToEvent } from "@/lib/events/events";
import { BASE_URL, expect, test } from "./support/world";

const PASSWORD = "long enough password";

async function organizerOf(eventId: number) {
  const email = `session-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
  const { id } = await createOrganizer({ email, name: "Session", password: PASSWORD });
  addOrganizerToEvent(OPERATOR, eventId, id);
  return email;
}

test("[SESSION] signing in again issues a new session id and ends the one the browser had", async ({ page, world }) => {
  const email = await organizerOf(world.event.eventId);
  const signIn = async () => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/events$/);
    return (await page.context().cookies()).find((c) => c.name === "fairlead_organizer")!.value;
  };
  const first = await signIn();
  const second = await signIn();
  expect(second).not.toBe(first);
  const replay = (token: string) =>
    page.request.get(`/events/${world.event.eventId}`, { headers: { cookie: `fairlead_organizer=${token}` }, maxRedirects: 0 });
  expect((await replay(first)).status()).toBe(307);
  expect((await replay(second)).status()).toBe(200);
});

test("[SESSION] a booth phone unpairs itself: its session is refused and the partner page lists it as revoked", async ({ world, boothPage, organizerPage, playwright }) => {
  const partner = world.event.partners[0]!;
  const phone = await boothPage(partner.id);
  await phone.goto("/scan");
  await expect(phone.getByRole("heading", { name: "Scan a badge" })).toBeVisible();
  const token = (await phone.context().cookies()).find((c) => c.name === "fairlead_device")!.value;
  await phone.getByText("This phone", { exact: true }).click();
  await phone.getByRole("button", { name: "Unpair this phone" }).click();
  await phone.getByRole("button", { name: "Yes, unpair this phone" }).click();
  await expect(phone.getByRole("heading", { name: "This phone is not paired with a booth" })).toBeVisible();

  const api = await playwright.request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { cookie: `fairlead_device=${token}`, origin: BASE_URL } });
  expect((await api.post("/api/booth/sync", { data: { items: [] } })).status()).toBe(401);
  const organizer = await organizerPage();
  await organizer.goto(`/events/${world.event.eventId}/partners/${partner.id}`);
  await expect(organizer.getByText(/revoked|unpaired/i).first()).toBeVisible();
});

test("[REDIRECT] after sign-in: a tab-split //host goes to the events list; non-ASCII is a path here, not a 500", async ({ page, world }) => {
  const email = await organizerOf(world.event.eventId);
  const signInWith = async (next: string) => {
    await page.context().clearCookies();
    await page.goto(`/signin?next=${next}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    const answer = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/signin"));
    await page.getByRole("button", { name: "Sign in" }).click();
    expect((await answer).status()).toBeLessThan(500);
  };
  await signInWith("%2F%09%2Fevil.example");
  await expect(page).toHaveURL(`${BASE_URL}/events`);
  await signInWith("%2F%5Cevil.example");
  await expect(page).toHaveURL(`${BASE_URL}/events`);
  await signInWith(encodeURIComponent(`/events/${world.event.eventId}`));
  await expect(page).toHaveURL(`${BASE_URL}/events/${world.event.eventId}`);
  await signInWith("%2F%C3%A4vents");
  await expect(page).toHaveURL(`${BASE_URL}/%C3%A4vents`);
  await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();
});
