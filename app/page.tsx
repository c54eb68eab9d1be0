import Link from "next/link";

export default function Home() {
  return (
    <main className="narrow stack">
      <h1>Fairlead</h1>
      <p>
        Badge scans at partner booths, where every attendee decides for each partner whether their contact details are
        shared. Partners see consented leads at once; nobody else&apos;s.
      </p>
      <div className="card stack">
        <h2>Booth staff</h2>
        <p className="muted">Open the scanner on a phone that the organizer has paired with your booth.</p>
        {/* A page load, not a client-side navigation: the camera is allowed only in a document loaded as /scan (decision 033). */}
        <a className="button block" href="/scan">
          Open the scanner
        </a>
      </div>
      <div className="card stack">
        <h2>Organizers</h2>
        <p className="muted">Set up partners and booth phones, follow leads and export them.</p>
        <Link className="button secondary block" href="/events">
          Organizer sign-in
        </Link>
      </div>
    </main>
  );
}
