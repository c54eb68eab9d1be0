import Link from "next/link";

export function TopBar({ who, signOut }: { who: string; signOut: () => Promise<void> }) {
  return (
    <header className="topbar">
      <Link className="brand" href="/events">
        Fairlead
      </Link>
      <form action={signOut} className="row">
        <span className="small">{who}</span>
        <button className="button secondary" type="submit">
          Sign out
        </button>
      </form>
    </header>
  );
}
