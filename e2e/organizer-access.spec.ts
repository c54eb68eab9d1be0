import { makeOrganizer } from "@/lib/test/fixtures";
import type { ErrorBody } from "@/lib/errors";
import { BASE_URL, expect, test } from "./support/world";

test("[AUTH] organizer sign-in through the form, and sign-out ends the session", async ({ page, world }) => {
  const { createOrganizer } = await import("@/lib/auth/organizers");
  const email = `signin-${Date.now()}@example.com`;
  const { id } = await createOrganizer({ email, name: "Sign In", password: "long enough password" });
  const { addOrganizerToEvent } = await import("@/lib/events/events");
  const { OPERATOR } = await import("@/lib/auth/actor");
  addOrganizerToEvent(OPERATOR, world.event.eventId, id);

  await page.goto(`/events/${world.event.eventId}`);
  await expect(page).toHaveURL(/\/signin\?next=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();

  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: `Event ${world.event.slug}` })).toBeVisible();

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "fairlead_organizer")!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe("Lax");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  // The old cookie is dead on the server, not just deleted in this browser.
  const replay = await page.request.get(`/events/${world.event.eventId}`, {
    headers: { cookie: `fairlead_organizer=${session.value}` },
    maxRedirects: 0,
  });
  expect(replay.status()).toBe(307);
});

test("[AUTH] organizer pages and the export refuse visitors and booth devices", async ({ world, boothPage, playwright }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const exportUrl = `/events/${event.eventId}/partners/${partner.id}/export`;

  const anonymous = await playwright.request.newContext({ baseURL: BASE_URL });
  expect((await anonymous.post(exportUrl)).status()).toBe(401);
  const page = await anonymous.get(`/events/${event.eventId}/partners/${partner.id}`, { maxRedirects: 0 });
  expect(page.status()).toBe(307);

  const phone = await boothPage(partner.id);
  await phone.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await expect(phone).toHaveURL(/\/signin/);
  const fromDevice = await phone.request.post(exportUrl, { headers: { origin: BASE_URL } });
  expect(fromDevice.status()).toBe(401);
  expect(((await fromDevice.json()) as ErrorBody).error.message).toMatch(/sign in/i);
});

test("[AUTH] an organizer of another event cannot reach this one", async ({ world, organizerPage }) => {
  const stranger = await makeOrganizer();
  const page = await organizerPage(stranger);
  const partner = world.event.partners[0]!;
  const response = await page.goto(`/events/${world.event.eventId}/partners/${partner.id}`);
  expect(response!.status()).toBe(404);
  const exported = await page.request.post(`/events/${world.event.eventId}/partners/${partner.id}/export`, {
    headers: { origin: BASE_URL },
  });
  expect(exported.status()).toBe(404);
});

test("[AUTH] an export posted from another site is refused", async ({ world, organizerPage }) => {
  const page = await organizerPage();
  const partner = world.event.partners[0]!;
  const response = await page.request.post(`/events/${world.event.eventId}/partners/${partner.id}/export`, {
    headers: { origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
});
