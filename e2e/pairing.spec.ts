import { expect, test } from "./support/world";

test("[PAIRING] an unpaired phone opening /scan gets pairing instructions and no camera", async ({ unpairedPage }) => {
  const phone = await unpairedPage();
  await phone.goto("/scan");
  await expect(phone.getByRole("heading", { name: "This phone is not paired with a booth" })).toBeVisible();
  await expect(phone.locator("video")).toHaveCount(0);
  // Give a camera a moment to (wrongly) start, then check none did.
  await phone.waitForTimeout(500);
  expect(await phone.evaluate(() => document.querySelectorAll("video").length)).toBe(0);
});

test("[PAIRING] organizer makes a link, a phone pairs once, revoking refuses it at once", async ({ world, organizerPage, unpairedPage }) => {
  const { event } = world;
  const partner = event.partners[0]!;
  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await expect(organizer.getByText("No phone is paired with this booth yet")).toBeVisible();
  await organizer.getByRole("button", { name: "Create a pairing link" }).click();
  const link = await organizer.getByTestId("pairing-link").getAttribute("href");
  await expect(organizer.getByRole("img", { name: "QR code of the pairing link" })).toBeVisible();

  const phone = await unpairedPage();
  await phone.goto(link!);
  await expect(phone.getByRole("heading", { name: `Pair this phone with ${partner.name}` })).toBeVisible();
  await phone.getByLabel("Name of this phone").fill("Front desk phone");
  await phone.getByRole("button", { name: "Pair this phone" }).click();
  await expect(phone.getByRole("heading", { name: "Scan a badge" })).toBeVisible();
  await expect(phone.getByText(`This phone is now paired with ${partner.name}.`)).toBeVisible();

  // The link worked once.
  const second = await (await phone.context().browser()!.newContext()).newPage();
  await second.goto(link!);
  await expect(second.getByRole("heading", { name: "This pairing link does not work" })).toBeVisible();

  await organizer.reload();
  // Asked once more (components/confirm-action.tsx): the question takes the focus; Cancel changes nothing.
  await organizer.getByRole("button", { name: "Revoke Front desk phone" }).click();
  await expect(organizer.getByRole("alert").filter({ hasText: "Revoke Front desk phone? It stops scanning at once" })).toBeFocused();
  await organizer.getByRole("button", { name: "Cancel" }).click();
  await expect(organizer.getByRole("button", { name: "Revoke Front desk phone" })).toBeFocused();
  await phone.reload();
  await expect(phone.getByRole("heading", { name: "Scan a badge" })).toBeVisible();
  await organizer.getByRole("button", { name: "Revoke Front desk phone" }).click();
  await organizer.getByRole("button", { name: "Yes, revoke Front desk phone" }).click();
  await expect(organizer.getByText(/Revoked/)).toBeVisible();
  await phone.reload();
  await expect(phone.getByRole("heading", { name: "This phone is not paired with a booth" })).toBeVisible();
});
