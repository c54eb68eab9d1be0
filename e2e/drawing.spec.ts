import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawingWinners, drawings } from "@/db/schema";
import { OPERATOR } from "@/lib/auth/actor";
import { createDrawing } from "@/lib/drawing/create-drawing";
import { legacyWinners } from "@/lib/drawing/legacy-drawing";
import { newSeed, seedCommitment } from "@/lib/drawing/rank-entries";
import { enterDrawingFromPage } from "@/lib/drawing/enter-drawing-from-page";
import { attendeeDrawingStatus } from "@/lib/drawing/attendee-drawing-status";
import { roundTime } from "@/lib/drawing/beacon";
import { verifyInclusion } from "@/lib/drawing/merkle";
import { recomputeDrawing } from "@/lib/drawing/recompute-drawing";
import { attendeeActor, boothsOf, visit } from "@/lib/drawing/test-helpers";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { CATALOGUE } from "@/lib/i18n/catalogue";
import { englishOnlyFragments } from "@/lib/i18n/catalogue-strings";
import { BASE_URL, expect, test } from "./support/world";

const ENGLISH = englishOnlyFragments(CATALOGUE);

async function noSeriousAxe(page: Page) {
  // After an action's redirect the new page's <title> can land a moment after its content.
  await expect(page).toHaveTitle(/\S/);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
}

test("[DRAWING] organizer creates a drawing, freezes it, draws it after the beacon round, and anyone can check the winners", async ({ world, organizerPage, browser }) => {
  // The beacon round named at the freeze comes a minute later: this journey waits for it.
  test.setTimeout(240_000);
  const { event } = world;
  const organizer = await organizerPage();
  await organizer.goto(`/events/${event.eventId}/drawings`);

  // A refused form says why, beside the field, and keeps what was typed.
  const form = organizer.getByRole("form", { name: "New drawing" });
  await form.getByLabel("Name", { exact: true }).fill("Grand prize draw");
  await form.getByRole("button", { name: "Create the drawing" }).click();
  await expect(form.getByRole("alert")).toHaveText("The drawing was not created. Please correct what is marked below.");
  await expect(form.getByText("Enter the prize.", { exact: true })).toBeVisible();
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Grand prize draw");

  await form.getByLabel("Prize", { exact: true }).fill("A camera drone");
  await form.getByLabel("Name in German (optional)").fill("Großes Gewinnspiel");
  await form.getByLabel("Number of winners").fill("2");
  await form.getByRole("radio", { name: "at least this many booths:" }).check();
  await form.getByLabel("Number of booths").fill("1");
  await form.getByRole("button", { name: "Create the drawing" }).click();
  await expect(organizer.getByRole("status")).toContainText("“Grand prize draw” is open for entries");

  const drawing = getDb()
    .select({ id: drawings.id })
    .from(drawings)
    .where(and(eq(drawings.eventId, event.eventId), eq(drawings.name, "Grand prize draw")))
    .get()!;
  const card = organizer.getByTestId(`organizer-drawing-${drawing.id}`);
  await expect(card).toContainText("Open for entries");

  // The public page needs no sign-in and shows the commitment before anything is drawn.
  const visitor = await (await browser.newContext({ baseURL: BASE_URL })).newPage();
  await visitor.goto(`/drawings/${drawing.id}`);
  await expect(visitor.getByRole("heading", { name: "Grand prize draw" })).toBeVisible();
  const commitment = (await visitor.getByTestId("commitment").textContent())!.trim();
  expect(commitment).toMatch(/^[0-9a-f]{64}$/);
  await expect(visitor.getByTestId("seed")).toHaveCount(0);
  const early: unknown = await (await visitor.request.get(`/drawings/${drawing.id}/result.json`)).json();
  expect(early).toMatchObject({ drawingId: drawing.id, seedSha256: commitment, freeze: null, draw: null });

  // Three visitors at a booth; two of them enter from their own page, one does not.
  const [booth] = boothsOf(event);
  event.attendees.forEach((a) => visit(booth!, a.badgeCode));
  const entered = [0, 1].map((i) => enterDrawingFromPage(attendeeActor(event, i), drawing.id).entryId);

  await organizer.reload();
  await card.getByRole("button", { name: "Freeze entries…" }).click();
  await card.getByRole("button", { name: "Yes, freeze entries" }).click();
  await expect(card).toContainText("Entries frozen");
  await expect(card).toContainText("2 eligible (frozen)");

  // The freeze is public before the draw: the entry root, the freeze hash, the beacon round.
  await visitor.reload();
  const root = (await visitor.getByTestId("entry-root").textContent())!.trim();
  const freezeHash = (await visitor.getByTestId("freeze-hash").textContent())!.trim();
  const round = Number((await visitor.getByTestId("beacon-round").textContent())!.trim());
  await expect(visitor.getByTestId("seed")).toHaveCount(0);

  // An entrant checks their own inclusion on their page (here in German): number, salt, path to that root.
  const mine = attendeeDrawingStatus(attendeeActor(event, 0)).find((d) => d.drawingId === drawing.id)!.proof!;
  expect(verifyInclusion(mine.entryId, mine.salt, mine.path, root)).toBe(true);
  const me = await (await browser.newContext({ baseURL: BASE_URL })).newPage();
  await me.goto(`/me/${event.attendees[0]!.personalToken}?lang=de`);
  await me.getByText("Prüfen Sie, ob Ihre Teilnahme in der Verlosung ist").click();
  await expect(me.getByTestId("entry-salt")).toHaveText(mine.salt);
  await expect(me.getByTestId("entry-root-mine")).toHaveText(root);
  await expect(me.getByTestId("entry-path").getByRole("listitem")).toHaveCount(mine.path.length);

  // The round does not exist yet: the draw is refused until it is out.
  const beacon = "5e".repeat(32);
  await card.getByRole("button", { name: "Draw winners" }).click();
  const confirm = card.getByRole("group", { name: "Confirm the draw of Grand prize draw" });
  await expect(confirm).toContainText("cannot be undone");
  await expect(confirm).toContainText("The 2 frozen entries");
  await confirm.getByLabel(`Randomness of drand quicknet round ${round}`, { exact: false }).fill(beacon);
  const wait = roundTime(round).getTime() - Date.now();
  if (wait > 5_000) {
    await confirm.getByRole("button", { name: "Draw the winners now" }).click();
    await expect(confirm.getByRole("alert")).toContainText(`Beacon round ${round} is published at`);
    // The refused form keeps what was typed.
    await expect(confirm.getByLabel(`Randomness of drand quicknet round ${round}`, { exact: false })).toHaveValue(beacon);
  }
  await organizer.waitForTimeout(Math.max(0, roundTime(round).getTime() - Date.now() + 1_000));
  // A form action resets its fields (React 19): type the value again, as the organizer would.
  await confirm.getByLabel(`Randomness of drand quicknet round ${round}`, { exact: false }).fill(beacon);
  await confirm.getByRole("button", { name: "Draw the winners now" }).click();
  await expect(card).toContainText("Drawn");
  await expect(card.getByRole("row")).toHaveCount(3); // header and two winners
  await expect(card).toContainText("Ada0 Lovelace");
  await expect(card).toContainText("Ada1 Lovelace");

  await visitor.reload();
  await expect(visitor.getByTestId("drawing-status")).toHaveText("Drawn");
  const seed = (await visitor.getByTestId("seed").textContent())!.trim();
  expect(createHash("sha256").update(seed, "utf8").digest("hex")).toBe(commitment);
  await expect(visitor.getByTestId("beacon-randomness")).toHaveText(beacon);
  const winners = visitor.getByTestId("winners").getByRole("listitem");
  await expect(winners).toHaveCount(2);
  for (const id of entered) await expect(visitor.getByTestId("winners")).toContainText(`entry #${id}`);
  await expect(visitor.getByTestId("winners")).toContainText("Ada0 L.");
  await expect(visitor.getByTestId("winners")).not.toContainText("Lovelace");
  await expect(
    visitor.getByText(`npm run fairlead -- recompute-drawing --url ${BASE_URL}/drawings/${drawing.id}/result.json --commitment ${commitment} --root ${root} --freeze ${freezeHash}`),
  ).toBeVisible();

  const published: unknown = await (await visitor.request.get(`/drawings/${drawing.id}/result.json`)).json();
  expect(published).toMatchObject({ draw: { seed } });
  expect(recomputeDrawing(published, { seedSha256: commitment, entryRoot: root, freezeSha256: freezeHash })).toMatchObject({
    ok: true,
    commitmentOk: true,
    rootOk: true,
    winnersOk: true,
  });

  // The same page in German (issue 12 §3): no English string of the catalogue, German name and
  // prize, the winners' entries in German words; axe finds nothing serious in either language.
  await noSeriousAxe(visitor);
  getDb().update(drawings).set({ prizeDe: "Eine Kameradrohne" }).where(eq(drawings.id, drawing.id)).run();
  await visitor.getByRole("link", { name: "Deutsch" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/drawings/${drawing.id}\\?lang=de$`));
  await expect(visitor.getByTestId("drawing-status")).toHaveText("Gezogen");
  // The name is German; the prize has no German text: shown in English, marked. The texts are the
  // frozen ones: a German prize typed in after the draw does not change what the drawn drawing shows.
  await expect(visitor.locator("main")).not.toContainText("Kameradrohne");
  await expect(visitor.locator("main")).toContainText("A camera drone (auf Englisch)");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Großes Gewinnspiel");
  for (const id of entered) await expect(visitor.getByTestId("winners")).toContainText(`Los Nr. ${id}`);
  await expect(visitor.getByText("Prüfen Sie das Ergebnis selbst")).toBeVisible();
  const german = await visitor.locator("main").innerText();
  expect(ENGLISH.filter((fragment) => german.includes(fragment)), "English on the German drawing page").toEqual([]);
  await noSeriousAxe(visitor);

  expect((await visitor.goto("/drawings/987654321"))!.status()).toBe(404);
});

test("[DRAWING] a drawing drawn before the freeze existed keeps its public page, read-only, in both languages", async ({ world, browser }) => {
  const { event } = world;
  const { id } = createDrawing(OPERATOR, event.eventId, { name: "Old draw", prize: "A mug", winners: 1, minPartners: 1 });
  const entries = [0, 1].map((i) => enterDrawingFromPage(attendeeActor(event, i), id).entryId);
  const seed = newSeed();
  const [winner] = legacyWinners(seed, entries, 1);
  getDb().update(drawings).set({ seed, seedSha256: seedCommitment(seed), drawnAt: new Date(), eligibleEntryIds: JSON.stringify(entries) }).where(eq(drawings.id, id)).run();
  getDb().insert(drawingWinners).values({ drawingId: id, rank: 1, entryId: winner! }).run();

  const visitor = await (await browser.newContext({ baseURL: BASE_URL })).newPage();
  await visitor.goto(`/drawings/${id}`);
  await expect(visitor.getByTestId("predates-freeze")).toBeVisible();
  await expect(visitor.getByTestId("seed")).toHaveText(seed);
  await expect(visitor.getByTestId("commitment")).toHaveText(seedCommitment(seed));
  await expect(visitor.getByTestId("eligible-entries")).toHaveText(entries.join(", "));
  await expect(visitor.getByTestId("winners")).toContainText(`entry #${winner}`);
  await noSeriousAxe(visitor);
  const published: unknown = await (await visitor.request.get(`/drawings/${id}/result.json`)).json();
  expect(recomputeDrawing(published, { seedSha256: seedCommitment(seed) })).toMatchObject({ ok: true });

  await visitor.goto(`/drawings/${id}?lang=de`);
  await expect(visitor.getByTestId("winners")).toContainText(`Los Nr. ${winner}`);
  const german = await visitor.locator("main").innerText();
  expect(ENGLISH.filter((fragment) => german.includes(fragment)), "English on the German page").toEqual([]);
  await noSeriousAxe(visitor);
});
