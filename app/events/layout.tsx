import { TopBar } from "@/components/organizer/top-bar";
import { requireOrganizerPage } from "@/lib/auth/guards";
import { signOutAction } from "../signin/actions";

export default async function OrganizerLayout({ children }: { children: React.ReactNode }) {
  const organizer = await requireOrganizerPage("/events");
  return (
    <>
      <TopBar who={organizer.email} signOut={signOutAction} />
      <main className="page">{children}</main>
    </>
  );
}
