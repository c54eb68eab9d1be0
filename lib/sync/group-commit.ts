// Group commit for the sync endpoint. Requests that arrive while a group is being written wait,
// and go together as the next group: one transaction and one fsync for all of them
// (docs/decisions/002-durable-commits.md: batch rather than relax durability). Each request is
// answered only after the commit that holds its items (an answer is a promise of durability);
// if the write fails, every request of the group gets the failure and none is acknowledged.
// The writer is passed in: the server's writes on a thread of its own (writer-thread.ts,
// docs/decisions/013); recordBoothGroup itself writes on the calling thread.
import type { DeviceActor } from "../auth/actor";
import type { DeviceTouch } from "../auth/sessions";
import type { BoothRequest } from "../booth/record-booth-items";
import type { ItemResult } from "./sync-result";

export type GroupWriter = (group: BoothRequest[], now: Date) => ItemResult[][] | Promise<ItemResult[][]>;
type Waiting = BoothRequest & { done: (answers: ItemResult[]) => void; failed: (error: unknown) => void };

export function groupCommit(write: GroupWriter) {
  let waiting: Waiting[] = [];
  let writing = false;

  async function writeWaiting() {
    if (writing || waiting.length === 0) return;
    const group = waiting;
    waiting = [];
    writing = true;
    try {
      const answers = await write(group.map(({ actor, items, touch }) => ({ actor, items, touch })), new Date());
      group.forEach((w, i) => w.done(answers[i]!));
    } catch (error) {
      for (const w of group) w.failed(error);
    } finally {
      writing = false;
      if (waiting.length > 0) setImmediate(() => void writeWaiting()) /* it answers every failure itself */;
    }
  }

  /** The items of one request (and its phone's session touch), written with those of every request that arrives meanwhile. */
  return (actor: DeviceActor, items: readonly unknown[], touch: DeviceTouch | null = null): Promise<ItemResult[]> =>
    new Promise((done, failed) => {
      if (waiting.push({ actor, items, touch, done, failed }) === 1 && !writing) setImmediate(() => void writeWaiting());
    });
}
