import AxeBuilder from "@axe-core/playwright";
import { asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices, leadQualifications } from "@/db/schema";
import { expect, test } from "./support/world";

const revisions = (partnerId: number) =>
  getDb().select({ n: count() }).from(leadQualifications).where(eq(leadQualifications.partnerId, partnerId)).get()!.n;

test("[QUALIFY] two booth phones rate the same lead: the stale save gets a conflict with the other's values, the history shows both", async ({ world, organizerPage, boothPage }) => {
  test.setTimeout(120_000); // two phones, each its own Chromium
  const { event } = world;
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;

  // The organizer gives the partner its tags and a question.
  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/partners/${partner.id}`);
  await organizer.getByText("Lead qualification: tags and questions").click();
  await organizer.getByLabel("Tags, one per line").fill("Budget\nFollow up");
  await organizer.getByRole("button", { name: "Add a question" }).click();
  await organizer.getByLabel("Question", { exact: true }).fill("Wants a demo?");
  await organizer.getByLabel("Answer").selectOption({ label: "Yes or no" });
  await organizer.getByRole("button", { name: "Save tags and questions" }).click();
  await expect(organizer.getByRole("status").filter({ hasText: "Booth phones show these tags" })).toBeVisible();

  // Two phones of the booth; each is told apart by its name in the conflict and the history.
  const phoneA = await boothPage(partner.id, [attendee.badgeCode]);
  const phoneB = await boothPage(partner.id);
  const [a, b] = getDb().select({ id: devices.id }).from(devices).where(eq(devices.partnerId, partner.id)).orderBy(asc(devices.id)).all();
  getDb().update(devices).set({ name: "Phone A" }).where(eq(devices.id, a!.id)).run();
  getDb().update(devices).set({ name: "Phone B" }).where(eq(devices.id, b!.id)).run();

  // Phone A scans; the attendee shares; the staff take the phone back and open the lead from
  // the booth's lead list: the hand-back screen has no way to it (issue 12 §4).
  await phoneA.goto("/scan");
  await phoneA.getByRole("button", { name: `Share my details with ${partner.name}`, exact: true }).click({ timeout: 20_000 });
  await expect(phoneA.getByRole("heading", { name: `Thank you, ${attendee.firstName}` })).toBeVisible();
  await expect(phoneA.getByTestId("hand-back").getByRole("link")).toHaveCount(0);
  // (Opened directly: back on the scanner, the fake camera would read the same badge again at once.)
  await phoneA.goto("/booth/leads");
  await phoneA.getByRole("link", { name: `Rate (rating and notes for ${attendee.firstName} Lovelace)` }).click();
  await expect(phoneA.getByRole("heading", { name: `${attendee.firstName} Lovelace` })).toBeVisible();

  // Phone B opens the same lead from its list before phone A saves.
  await phoneB.goto("/booth/leads");
  await phoneB.getByRole("link", { name: `Rate (rating and notes for ${attendee.firstName} Lovelace)` }).click();
  await expect(phoneB.getByRole("heading", { name: `${attendee.firstName} Lovelace` })).toBeVisible();
  const axe = await new AxeBuilder({ page: phoneB }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await phoneA.getByRole("button", { name: "Hot" }).click();
  await expect(phoneA.getByRole("button", { name: "Hot" })).toHaveAttribute("aria-pressed", "true");
  await phoneA.getByRole("textbox", { name: "Notes" }).fill("Wants 40 seats");
  await phoneA.getByText("Budget", { exact: true }).click();
  await phoneA.getByLabel("Wants a demo?").selectOption("yes");
  await phoneA.getByRole("button", { name: "Save rating and notes" }).click();
  await expect(phoneA.getByText(/^Saved at /)).toBeVisible();

  // Phone B still shows the blank form it opened: its save is refused, nothing is overwritten.
  await phoneB.getByRole("button", { name: "Cold" }).click();
  await phoneB.getByRole("textbox", { name: "Notes" }).fill("Call back on Monday");
  await phoneB.getByRole("button", { name: "Save rating and notes" }).click();
  const conflict = phoneB.getByTestId("qualification-conflict");
  await expect(conflict.getByRole("heading", { name: "Phone A saved this lead while you were editing" })).toBeFocused();
  await expect(conflict).toContainText("Hot");
  await expect(conflict).toContainText("Wants 40 seats");
  await expect(conflict).toContainText("Budget");
  await expect(conflict).toContainText("Wants a demo?");
  await expect(phoneB.getByRole("textbox", { name: "Notes" })).toHaveValue("Call back on Monday");
  expect(revisions(partner.id)).toBe(1);

  // Phone B combines both versions, reviews them and saves on purpose.
  await conflict.getByRole("button", { name: "Combine both, then review" }).click();
  await expect(phoneB.getByRole("textbox", { name: "Notes" })).toHaveValue("Wants 40 seats\n\nCall back on Monday");
  await expect(phoneB.getByRole("button", { name: "Cold" })).toHaveAttribute("aria-pressed", "true");
  await expect(phoneB.getByRole("checkbox", { name: "Budget" })).toBeChecked();
  await phoneB.getByRole("button", { name: "Save rating and notes" }).click();
  await expect(phoneB.getByText(/^Saved at /)).toBeVisible();
  expect(revisions(partner.id)).toBe(2);

  // Both phones' history: who, when, what; newest first.
  for (const [phone, me] of [[phoneB, "Phone B"], [phoneA, "Phone A"]] as const) {
    await phone.reload();
    const entries = phone.getByTestId("qualification-history").getByRole("listitem");
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0).getByRole("heading")).toHaveText(me === "Phone B" ? "Phone B (this phone)" : "Phone B");
    await expect(entries.nth(0)).toContainText("version 2, edited from version 1");
    await expect(entries.nth(0)).toContainText("Cold");
    await expect(entries.nth(1).getByRole("heading")).toHaveText(me === "Phone A" ? "Phone A (this phone)" : "Phone A");
    await expect(entries.nth(1)).toContainText("Hot");
    await expect(entries.nth(1)).toContainText("Wants 40 seats");
  }

  // The booth's list shows the current rating, and so does the organizer's partner page (issue 14).
  await phoneA.goto("/booth/leads");
  await expect(phoneA.getByRole("link", { name: `Cold (rating and notes for ${attendee.firstName} Lovelace)` })).toBeVisible();
  await organizer.reload();
  const row = organizer.getByTestId("lead-table").getByRole("row").filter({ hasText: `${attendee.firstName} Lovelace` });
  await expect(row.getByRole("cell", { name: "Cold", exact: true })).toBeVisible();
});
