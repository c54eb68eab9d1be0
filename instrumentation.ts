// Runs once when the Next.js server starts: the mail sender, on a thread of its own, sends what
// earlier runs left in the outbox, and from then on what decisions cause (lib/mail/mail-thread.ts);
// and the retention purge starts its schedule.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailThread } = await import("./lib/mail/mail-thread");
  startMailThread();
  // The retention purge: due events' attendees erased in slices (lib/retention/purge-schedule.ts).
  const { startPurgeSchedule } = await import("./lib/retention/purge-schedule");
  startPurgeSchedule();
}
