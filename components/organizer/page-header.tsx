import Link from "next/link";
import type { ReactNode } from "react";

/** An organizer page's top: the way back (to the event, or a list), then the page's heading. */
export function PageHeader({ back, backLabel, title }: { back: string; backLabel: ReactNode; title: ReactNode }) {
  return (
    <>
      <p className="small">
        <Link href={back}>← {backLabel}</Link>
      </p>
      <h1>{title}</h1>
    </>
  );
}
