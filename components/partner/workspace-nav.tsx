"use client";
// The partner workspace's sections; a member sees the ones a member may use.
import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { path: "", label: "Leads", admin: false },
  { path: "/exports", label: "Exports", admin: true },
  { path: "/delivery", label: "Delivery", admin: true },
  { path: "/devices", label: "Booth phones", admin: true },
  { path: "/lead-form", label: "Tags and questions", admin: true },
  { path: "/follow-up", label: "Follow-up", admin: true },
  { path: "/team", label: "Team", admin: true },
  { path: "/agreement", label: "Agreement", admin: false },
] as const;

export function WorkspaceNav({ partnerId, admin }: { partnerId: number; admin: boolean }) {
  const pathname = usePathname();
  const base = `/partners/${partnerId}`;
  return (
    <nav aria-label="Workspace" className="row" style={{ marginBottom: "1rem" }}>
      {SECTIONS.filter((s) => admin || !s.admin).map((s) => {
        const href = base + s.path;
        const current = s.path === "" ? pathname === base || pathname.startsWith(`${base}/leads/`) : pathname.startsWith(href);
        return (
          <Link key={s.path} href={href} className={current ? "button" : "button secondary"} aria-current={current ? "page" : undefined}>
            {s.label}
          </Link>
        );
      })}
    </nav>
  );
}
