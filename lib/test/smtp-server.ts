// A real SMTP server in the test process (the smtp-server package): what Fairlead sends arrives
// here, and a test reads it, or makes the server refuse recipients.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { sendDueMail } from "../mail/send-due-mail";
import { mailTransport } from "../mail/transport";

export type Arrived = { from: string; to: string[]; raw: string };

export type TestSmtp = { url: string; arrived: Arrived[]; refuse: { rcpt: boolean }; close(): Promise<void> };

export async function startTestSmtp(): Promise<TestSmtp> {
  const arrived: Arrived[] = [];
  const refuse = { rcpt: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, done) {
      if (!refuse.rcpt) return done();
      done(Object.assign(new Error("Mailbox unavailable (test server refuses)"), { responseCode: 550 }));
    },
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        arrived.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        done();
      });
    },
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, arrived, refuse, close: () => new Promise<void>((closed) => server.close(() => closed())) };
}

/** A header of a raw message (unfolded). */
export function header(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/** The text/plain body of a single-part message, quoted-printable decoded; null if it has none. */
export function plainText(raw: string): string | null {
  if (!/^text\/plain/i.test(header(raw, "Content-Type") ?? "")) return null;
  const body = raw.split(/\r?\n\r?\n/).slice(1).join("\n\n");
  if (!/quoted-printable/i.test(header(raw, "Content-Transfer-Encoding") ?? "")) return body;
  const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** One pass of the sender through `smtp`, at `now` (the tests' fixed sender address and links). */
export function sendThrough(smtp: TestSmtp, now = new Date()): Promise<number> {
  return sendDueMail({ transport: mailTransport({ smtpUrl: smtp.url, folder: "unused" }), fromAddress: "leads@fairlead.test", publicBase: "https://fair.example", now: () => now });
}
