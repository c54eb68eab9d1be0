// Group commit for the sync endpoint, on the request thread. Requests that arrive while a group
// is being written wait, and go together as the next group: one transaction and one fsync for
// all of them (docs/decisions/002-durable-commits.md: batch rather than relax durability). Each
// request is answered only after the commit that holds its items (an answer is a promise of
// durability); if the commit fails, every request of the group gets the failure and nothing of
// it is acknowledged. The writing is synchronous, so requests that come in meanwhile wait in
// the socket and are read after it: they form the next group (docs/decisions/013).
import type { DeviceActor } from "../auth/actor";
import { recordBoothGroup, type BoothRequest } from "../booth/record-booth-items";
import type { ItemResult } from "./sync-result";

export type GroupWriter = (group: readonly BoothRequest[]) => ItemResult[][];
type Waiting = BoothRequest & { done: (answers: ItemResult[]) => void; failed: (error: unknown) => void };

/** A group commit over `write` (the booth's one write path; a test may pass one that fails). */
export function groupCommit(write: GroupWriter = (group) => recordBoothGroup(group)) {
  let waiting: Waiting[] = [];
  function writeWaiting() {
    const group = waiting;
    waiting = [];
    let answers: ItemResult[][];
    try {
      answers = write(group);
    } catch (error) {
      for (const w of group) w.failed(error);
      return;
    }
    group.forEach((w, i) => w.done(answers[i]!));
  }
  /** The items of one request, written with those of every request that arrives meanwhile. */
  return (actor: DeviceActor, items: readonly unknown[]): Promise<ItemResult[]> =>
    new Promise((done, failed) => {
      if (waiting.push({ actor, items, done, failed }) === 1) setImmediate(writeWaiting);
    });
}

/** The server's group commit (one per process: one database connection writes). */
export const recordTogether = groupCommit();
