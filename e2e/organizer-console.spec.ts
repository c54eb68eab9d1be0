import { expect, test } from "./support/world";

test("[PARTNERS] the organizer adds a partner (a bad link is explained), edits it, and the audit log shows both", async ({ world, organizerPage }) => {
  const { event } = world;
  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}`);
  await page.getByRole("link", { name: "Add a partner" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Litware Labs");
  await page.getByLabel("Booth").fill("E5");
  await page.getByLabel("Privacy-policy link").fill("litware privacy page");
  await page.getByLabel("Purpose of contact", { exact: true }).fill("Send the benchmark report.");
  await page.getByRole("button", { name: "Add the partner" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  await expect(page.getByText("Enter a full http(s) address, e.g. https://example.com/privacy.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Litware Labs");

  await page.getByLabel("Privacy-policy link").fill("https://litware.example/privacy");
  await page.getByRole("button", { name: "Add the partner" }).click();
  await expect(page.getByRole("heading", { name: "Litware Labs" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Litware Labs was added" })).toBeVisible();

  await page.getByText("Edit the partner").click();
  await page.getByLabel("Purpose of contact", { exact: true }).fill("Invite you to the Litware user day.");
  await page.getByRole("button", { name: "Save the partner" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByText("Purpose: Invite you to the Litware user day.")).toBeVisible();

  await page.goto(`/events/${event.eventId}/audit`);
  const log = page.getByTestId("audit-log");
  await expect(log).toContainText("partners.update");
  await expect(log).toContainText("partners.create");
  await expect(log).toContainText(world.organizer.email);
});

test("[ORGANIZERS] an organizer invites a colleague, who creates an account from the link and lands on the event", async ({ world, organizerPage, browser }) => {
  const { event } = world;
  const page = await organizerPage();
  await page.goto(`/events/${event.eventId}/organizers`);
  const email = `colleague-${Date.now()}@example.com`;
  await page.getByLabel("Email of the organizer to invite").fill(email);
  await page.getByRole("button", { name: "Create an invitation link" }).click();
  const link = await page.getByTestId("invite-link").getAttribute("href");

  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(link!);
  await expect(colleague.getByRole("heading", { name: `Organize Event ${event.slug}` })).toBeVisible();
  await colleague.getByLabel("Your name").fill("Grace Colleague");
  await colleague.getByLabel(/Choose a password/).fill("a long enough password");
  await colleague.getByRole("button", { name: "Join the event" }).click();
  await expect(colleague.getByRole("heading", { name: `Event ${event.slug}`, exact: true })).toBeVisible();
  await expect(colleague).toHaveURL(new RegExp(`/events/${event.eventId}$`));

  await page.reload();
  await expect(page.getByTestId("organizers")).toContainText(email);
  await colleague.goto(link!);
  await expect(colleague.getByRole("heading", { name: "This invitation does not work" })).toBeVisible();
});
