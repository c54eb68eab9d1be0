import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganizerPage } from "@/lib/auth/guards";
import { myWorkspaces, ROLE_LABEL } from "@/lib/partners/team";

export const metadata: Metadata = { title: "Partner workspaces" };

/** The partners the signed-in person works for. */
export default async function WorkspacesPage() {
  const user = await requireOrganizerPage("/partners");
  const workspaces = myWorkspaces(user);
  return (
    <>
      <h1>Your partner workspaces</h1>
      {workspaces.length === 0 ? (
        <div className="card">
          <p>You are not on any partner&rsquo;s team.</p>
          <p className="muted">An organizer of the event, or an admin of your company&rsquo;s team, can send you an invitation link.</p>
        </div>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {workspaces.map((w) => (
            <li key={w.partnerId} className="card">
              <Link href={`/partners/${w.partnerId}`}>
                <strong>{w.partnerName}</strong>
              </Link>
              <span className="muted">
                {" "}
                · {w.eventName} · {ROLE_LABEL[w.role]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
