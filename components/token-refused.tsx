import Link from "next/link";
import type { ErrorCode } from "@/lib/errors";

/** What a link page (pairing, invitation) shows when its token opens nothing, or when it is asked too often. */
export function TokenRefused({ code, message, what, back }: { code: ErrorCode; message: string; what: string; back: { href: string; label: string } }) {
  return (
    <main className="narrow">
      <h1>{code === "rate_limited" ? "Slow down" : `This ${what} does not work`}</h1>
      <p className="alert error" role="alert">
        {message}
      </p>
      <Link href={back.href}>{back.label}</Link>
    </main>
  );
}
