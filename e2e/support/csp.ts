// Every page the e2e fixtures open reports its Content-Security-Policy violations here, and a
// test in which any page reported one fails (docs/decisions/033): the whole journey runs under
// the real CSP, so a script, style, worker or image the policy blocks cannot pass unnoticed.
import type { BrowserContext } from "@playwright/test";

let current: string[] | null = null;
const watched = new WeakSet<BrowserContext>();

/** Starts a test's record; returns it (the fixture checks it is empty at the end). */
export function startCspRecord(): string[] {
  current = [];
  return current;
}

export function stopCspRecord(): void {
  current = null;
}

/** Records the CSP violations of every page in the context: the DOM event, and Chromium's console line. */
export async function watchCsp(context: BrowserContext): Promise<void> {
  if (watched.has(context)) return;
  watched.add(context);
  await context.exposeBinding("__fairleadCspViolation", (_source, violation: string) => void current?.push(violation));
  await context.addInitScript(() => {
    window.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __fairleadCspViolation?: (v: string) => Promise<void> }).__fairleadCspViolation;
      void report?.(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"}${e.sample ? ` (${e.sample})` : ""}`);
    });
  });
  context.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) current?.push(`console: ${message.text()}`);
  });
}
