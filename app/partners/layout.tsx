import { TopBar } from "@/components/organizer/top-bar";
import { getOrganizer } from "@/lib/auth/guards";
import { signOutAction } from "../signin/actions";

// As the organizer console: each page checks its actor itself; the layout only draws the bar.
export default async function PartnerLayout({ children }: { children: React.ReactNode }) {
  const user = await getOrganizer();
  return (
    <>
      {user && <TopBar who={user.email} signOut={signOutAction} />}
      <main className="page">{children}</main>
    </>
  );
}
