// The 404 page: an unknown address, and every notFound() (which includes another event's or
// partner's object: it is "not found", never "forbidden").
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main className="narrow stack">
      <h1>Page not found</h1>
      <p>This page does not exist, or you have no access to it. Check the link you followed, or start again from the home page.</p>
      <p>
        <Link className="button" href="/">
          Fairlead home
        </Link>
      </p>
    </main>
  );
}
