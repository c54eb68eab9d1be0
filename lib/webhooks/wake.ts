// Wakes the webhook sender when something on this thread made new work for it (an endpoint
// added or resumed, a replay asked for). Decisions are found by its short poll.
let wake: (() => void) | undefined;

export function onWebhookWake(fn: (() => void) | undefined): void {
  wake = fn;
}

export function wakeWebhookSender(): void {
  wake?.();
}
