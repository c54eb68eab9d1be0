import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawings } from "@/db/schema";
import { makeOrganizer } from "@/lib/test/fixtures";
import { expect, test } from "./support/world";

test("[ERRORS] an unknown address shows the not-found page with a 404, a way home, and nothing serious for axe", async ({ page }) => {
  const response = await page.goto("/no-such-page/at-all");
  expect(response!.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found · Fairlead");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await page.getByRole("link", { name: "Fairlead home" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Fairlead" })).toBeVisible();
});

test("[ERRORS] another event's partner is the same not-found page, and names nothing of it", async ({ world, organizerPage }) => {
  const page = await organizerPage(await makeOrganizer());
  const partner = world.event.partners[0]!;
  const response = await page.goto(`/events/${world.event.eventId}/partners/${partner.id}`);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(partner.name);
});

test("[ERRORS] a refused form answers on the page itself: entering a drawing from /me, before and after it closes", async ({ world, unpairedPage }) => {
  const { event } = world;
  const [, first, second] = event.attendees;
  const me = await unpairedPage();
  await me.goto(`/me/${first!.personalToken}`);
  const drawing = me.getByTestId(`my-drawing-${event.drawingId}`);
  await drawing.getByRole("button", { name: "Enter the drawing" }).click();
  await expect(drawing.getByRole("status")).toContainText("You are entered");

  // The second attendee's page still offers the button when the drawing closes.
  await me.goto(`/me/${second!.personalToken}`);
  getDb().update(drawings).set({ closesAt: new Date(Date.now() - 60_000) }).where(eq(drawings.id, event.drawingId)).run();
  await drawing.getByRole("button", { name: "Enter the drawing" }).click();
  await expect(drawing.getByRole("alert")).toContainText('"Booth trail" closed for entries at');
  await expect(me.getByRole("heading", { level: 1, name: `Hello ${second!.firstName}` })).toBeVisible();
});
