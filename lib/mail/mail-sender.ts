// The server's mail sender (started by instrumentation.ts): sends what is due after the
// transactions that enqueued it commit. Woken at once by an enqueue on this thread, and polls
// every 10 s for the rest: retries coming due, batches whose delay ran out, and rows the sync
// writer thread or a script enqueued. One pass at a time; a failing pass is logged and the
// next poll tries again. At most `batch` messages every `gapMs` (20 every 2 s: 36,000 an hour):
// composing one costs ~2 ms of this thread, which also answers the booths, so a backlog (an
// offline phone's queue, a load test) drains at that pace instead of taking the thread.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { mailSettings } from "./mail-settings";
import { sendDueMail } from "./send-due-mail";
import { mailTransport, type MailTransport } from "./transport";
import { onMailWake } from "./wake";

export type SenderOptions = { transport?: MailTransport; now?: () => Date; pollMs?: number; batch?: number; gapMs?: number };

export type MailSender = { wake(): void; stop(): void; idle(): Promise<void> };

const running = globalThis as unknown as { fairleadMailSender?: MailSender };

export function startMailSender(opts: SenderOptions = {}): MailSender {
  if (running.fairleadMailSender) return running.fairleadMailSender;
  const settings = mailSettings();
  const transport = opts.transport ?? mailTransport(settings);
  const pollMs = opts.pollMs ?? 10_000;
  const batch = opts.batch ?? 20;
  const gapMs = opts.gapMs ?? 2_000;
  let notBefore = 0; // after a full pass (a backlog), the next waits gapMs whatever wakes it
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> | null = null;
  let recovered = false;
  let again = false; // woken during a pass: pass again at once

  async function run(): Promise<void> {
    if (!recovered) {
      // A process that stopped with a message on the wire left it "sending": it goes again
      // (at least once: the recipient may get it twice, never not at all).
      getDb().update(mailOutbox).set({ status: "waiting" }).where(eq(mailOutbox.status, "sending")).run();
      recovered = true;
    }
    const tried = await sendDueMail({ transport, fromAddress: settings.fromAddress, publicBase: settings.publicBase, now: opts.now, batch });
    if (tried === batch) {
      notBefore = Date.now() + gapMs;
      again = true;
    }
  }

  function schedule(delay: number): void {
    clearTimeout(timer);
    delay = Math.max(delay, notBefore - Date.now());
    timer = setTimeout(() => {
      if (pass) return void (again = true); // one pass at a time
      pass = run()
        .catch((error: unknown) => console.error("Mail sender: a pass failed; trying again at the next poll.", error))
        .finally(() => {
          pass = null;
          schedule(again ? 0 : pollMs);
          again = false;
        });
    }, delay);
    timer.unref(); // the sender never keeps the process alive by itself
  }

  const wake = () => schedule(0);
  const sender: MailSender = {
    wake,
    stop() {
      clearTimeout(timer);
      onMailWake(undefined);
      running.fairleadMailSender = undefined;
    },
    idle: async () => void (await pass),
  };
  running.fairleadMailSender = sender;
  onMailWake(wake);
  schedule(0);
  return sender;
}
