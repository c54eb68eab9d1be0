import assert from "node:assert/strict";
import { before, test } from "node:test";
import { getDb } from "@/db/client";
import { attendeeImports } from "@/db/schema";
import { OPERATOR } from "../../auth/actor";
import { useTestDatabase } from "../../test/db";
import { makeEvent } from "../../test/fixtures";
import { guessMapping } from "./guess-mapping";
import { storedAttendees } from "./import-test-helpers";
import { getImportStatus, listImports } from "./import-status";
import { parseFile } from "./parse-file";
import { CHUNK_ROWS, MAX_PROBLEMS } from "./run-import";
import { startImport } from "./start-import";

before(() => useTestDatabase());

/** n rows, every third one without an email. */
function bigCsv(n: number): Buffer {
  const lines = ["Ticket ID,Given name,Family name,E-mail,Company"];
  for (let i = 0; i < n; i++) lines.push(`T${i},Person${i},Test,${i % 3 === 2 ? "" : `p${i}@example.com`},Co ${i}`);
  return Buffer.from(lines.join("\n"));
}

test("[IMPORT] a large file goes in by chunks; the progress is visible between them and the page can follow it", async () => {
  const eventId = makeEvent({ attendeeCount: 0 }).eventId;
  const total = 3 * MAX_PROBLEMS + 100 + CHUNK_ROWS / 2; // every third row rejected: more problems than are kept; a last chunk part full
  const file = await parseFile(bigCsv(total), "big.csv");
  const { importId, done } = startImport(OPERATOR, eventId, { filename: "big.csv", file, mapping: guessMapping(file.headers) });

  const seen: number[] = [];
  let status = getImportStatus(OPERATOR, eventId, importId);
  assert.deepEqual([status.status, status.rowsTotal, status.rowsDone], ["running", total, 0], "recorded before the first row is written");
  while (status.status === "running") {
    await new Promise((resolve) => setImmediate(resolve));
    status = getImportStatus(OPERATOR, eventId, importId);
    if (!seen.includes(status.rowsDone)) seen.push(status.rowsDone);
  }
  const steps = Array.from({ length: Math.ceil(total / CHUNK_ROWS) }, (_, i) => Math.min((i + 1) * CHUNK_ROWS, total));
  assert.deepEqual(seen, steps, "one step per chunk");
  const result = await done;
  const rejected = Array.from({ length: total }, (_, i) => i % 3 === 2).filter(Boolean).length;
  assert.deepEqual([status.status, status.created, status.rejected], ["done", total - rejected, rejected]);
  assert.equal(result.created, storedAttendees(eventId).length);
  assert.equal(status.problems.length, MAX_PROBLEMS, "the list is capped; the count is not");
  assert.deepEqual(status.problems[0], { line: 4, field: "E-mail", reason: "The email is empty; every attendee needs one." });
  assert.deepEqual(listImports(OPERATOR, eventId).map((i) => [i.id, i.status]), [[importId, "done"]]);
});

test("[IMPORT] an import left \"running\" by a server that stopped is shown as interrupted, not as running for ever", () => {
  const eventId = makeEvent({ attendeeCount: 0 }).eventId;
  const now = new Date();
  const insert = (minutesAgo: number) =>
    getDb()
      .insert(attendeeImports)
      .values({ eventId, filename: "cut.csv", status: "running", rowsTotal: 10, rowsDone: 4, createdAt: new Date(now.getTime() - minutesAgo * 60_000) })
      .returning({ id: attendeeImports.id })
      .get().id;
  assert.equal(getImportStatus(OPERATOR, eventId, insert(11), now).status, "interrupted");
  assert.equal(getImportStatus(OPERATOR, eventId, insert(1), now).status, "running", "maybe another process (the CLI) is writing it");
});
