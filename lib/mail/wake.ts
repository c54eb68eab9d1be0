// The running sender of this thread, if any: enqueueing wakes it without loading the transport.
// A thread with no sender (the sync writer thread, a command-line script) leaves the row to the
// server's sender, which polls (mail-sender.ts).
const registry = globalThis as unknown as { fairleadMailWake?: () => void };

export function wakeMailSender(): void {
  registry.fairleadMailWake?.();
}

export function onMailWake(wake: (() => void) | undefined): void {
  registry.fairleadMailWake = wake;
}
