"use client";
// What a page shows when drawing it fails unexpectedly. Expected failures (not found, not
// yours, a refused form) have their own answers; this is for the rest. Nothing internal is
// shown: in production Next sends the browser only a digest, which matches the server's log.
import Link from "next/link";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <main className="narrow stack">
      <h1>Something went wrong</h1>
      <p className="alert error" role="alert">
        This page could not be shown because of a problem on our side. Please try again in a moment.
      </p>
      <div className="row">
        <button className="button" type="button" onClick={() => retry()}>
          Try again
        </button>
        <Link className="button secondary" href="/">
          Fairlead home
        </Link>
      </div>
      {digest && <p className="muted small">If it keeps happening, tell the event&apos;s organizer this reference: {digest}</p>}
    </main>
  );
}
