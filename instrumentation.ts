// Runs once when the Next.js server starts: the mail sender sends what earlier runs left in
// the outbox, and from then on what decisions enqueue (lib/mail/mail-sender.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailSender } = await import("./lib/mail/mail-sender");
  startMailSender();
}
