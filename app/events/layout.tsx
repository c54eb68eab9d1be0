import { TopBar } from "@/components/organizer/top-bar";
import { getOrganizer } from "@/lib/auth/guards";
import { signOutAction } from "../signin/actions";

// Each page checks the organizer itself (and redirects to sign-in with its own path);
// the layout only draws the bar.
export default async function OrganizerLayout({ children }: { children: React.ReactNode }) {
  const organizer = await getOrganizer();
  return (
    <>
      {organizer && <TopBar who={organizer.email} signOut={signOutAction} />}
      <main className="page">{children}</main>
    </>
  );
}
