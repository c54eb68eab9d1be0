// The drawing commands, run as the child processes an operator or a verifier would start.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { useTestDatabase } from "../../lib/test/db";
import { getDb } from "@/db/client";
import { drawings } from "@/db/schema";
import { OPERATOR } from "@/lib/auth/actor";
import { createDrawing } from "@/lib/drawing/create-drawing";
import { freezeDrawing } from "@/lib/drawing/freeze-drawing";
import { enterDrawingFromPage } from "@/lib/drawing/enter-drawing-from-page";
import { getPublicDrawing } from "@/lib/drawing/public-drawing";
import { BEACON, attendeeActor, boothsOf, freezeAndDraw, visit } from "@/lib/drawing/test-helpers";
import { makeEvent, type TestEvent } from "@/lib/test/fixtures";

const ROOT = process.cwd();
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-drawing-cli-"));
let dbFile = "";
let event: TestEvent;
let drawingId = 0; // drawn by the first test, through the shell
let drawnId = 0; // drawn here, so the recompute tests stand on their own

before(() => {
  dbFile = useTestDatabase();
  event = makeEvent({ partnerCount: 2, attendeeCount: 5 });
  // All of it ten minutes ago, frozen five minutes ago: the beacon round it names is out, so the shell can draw now.
  const t0 = new Date(Date.now() - 10 * 60_000);
  const create = (name: string) => createDrawing(OPERATOR, event.eventId, { name, prize: "A lamp", winners: 2, minPartners: 1 }, t0).id;
  [drawingId, drawnId] = [create("Shell draw"), create("Drawn before")];
  const booth = { ...boothsOf(event)[0]!, pairedAt: t0 };
  const at = new Date(t0.getTime() + 60_000);
  event.attendees.forEach((a, i) => {
    visit(booth, a.badgeCode, at);
    enterDrawingFromPage(attendeeActor(event, i), drawingId, at);
    enterDrawingFromPage(attendeeActor(event, i), drawnId, at);
  });
  freezeAndDraw(OPERATOR, event.eventId, drawnId, new Date(t0.getTime() + 5 * 60_000));
  freezeDrawing(OPERATOR, event.eventId, drawingId, new Date(t0.getTime() + 5 * 60_000));
});

function cli(args: string[], db = dbFile): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/fairlead.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, FAIRLEAD_DB: db, FAIRLEAD_PUBLIC_URL: "https://fairlead.test" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const writeJson = (name: string, data: unknown) => {
  const file = path.join(TMP, name);
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
};

test("[CLI] draw, then recompute the published result from its file and from its URL", async () => {
  const atFreeze = getPublicDrawing(drawingId).published;
  const drawn = await cli(["draw", "--event", event.slug, "--drawing", String(drawingId), "--beacon", BEACON]);
  assert.equal(drawn.status, 0, drawn.stderr);
  const published = getPublicDrawing(drawingId).published;
  const winnerIds = published.draw!.winners.map((w) => w.entryId);
  assert.match(drawn.stdout, new RegExp(`1\\. entry #${winnerIds[0]} Ada\\d L\\.`));
  assert.match(drawn.stdout, new RegExp(`Seed ${published.draw!.seed}`));
  assert.match(drawn.stdout, new RegExp(`https://fairlead\\.test/drawings/${drawingId}`));

  const again = await cli(["draw", "--event", event.slug, "--drawing", String(drawingId), "--beacon", BEACON]);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already drawn/);

  const file = writeJson("result.json", published);
  const held = ["--commitment", atFreeze.seedSha256, "--root", atFreeze.freeze!.entryRoot, "--freeze", atFreeze.freezeSha256!];
  const fromFile = await cli(["recompute-drawing", "--file", file, ...held]);
  assert.equal(fromFile.status, 0, fromFile.stderr);
  assert.match(fromFile.stdout, /matches the published commitment/);
  assert.match(fromFile.stdout, new RegExp(`winners published: ${winnerIds.map((id) => `#${id}`).join(", ")} \\(ok\\)\\.`));
  assert.match(fromFile.stdout, /^Verified/m);

  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(published)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as { port: number };
    const fromUrl = await cli(["recompute-drawing", "--url", `http://127.0.0.1:${port}/drawings/${drawingId}/result.json`]);
    assert.equal(fromUrl.status, 0, fromUrl.stderr);
    assert.match(fromUrl.stdout, /^Verified/m);
  } finally {
    server.close();
  }
});

test("[CLI] recompute-drawing refuses a result whose seed was changed", async () => {
  const published = getPublicDrawing(drawnId).published;
  const seed = published.draw!.seed;
  const file = writeJson("tampered.json", { ...published, draw: { ...published.draw, seed: (seed[0] === "a" ? "b" : "a") + seed.slice(1) } });
  const run = await cli(["recompute-drawing", "--file", file]);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /does NOT match the published commitment/);
  assert.match(run.stderr, /^recompute-drawing: NOT verified/);
});

test("[CLI] recompute-drawing needs exactly one source, and draw names a bad drawing id", async () => {
  const neither = await cli(["recompute-drawing"]);
  assert.equal(neither.status, 2);
  assert.match(neither.stderr, /Give either --file or --url/);
  const bad = await cli(["draw", "--event", event.slug, "--drawing", "first"]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--drawing must be a drawing id/);
  const unknown = await cli(["draw", "--event", event.slug, "--drawing", "99999999", "--beacon", BEACON]);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /The drawing was not found/);
  assert.equal(getDb().select().from(drawings).where(eq(drawings.id, event.drawingId)).get()!.drawnAt, null, "the other drawing is untouched");
});

test(
  "[CLI] recompute-drawing runs without any database",
  async () => {
    const published = getPublicDrawing(drawnId).published;
    const file = writeJson("alone.json", published);
    // A database path that cannot exist (its parent is a file): opening it would fail.
    const blocker = path.join(TMP, "not-a-folder");
    fs.writeFileSync(blocker, "");
    const run = await cli(["recompute-drawing", "--file", file], path.join(blocker, "fairlead.db"));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Verified/m);
  },
);
