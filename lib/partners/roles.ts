// A partner team member's roles as people read them (client-safe). What each may do: lib/auth/access.ts, decision 036.
import type { PartnerRole } from "@/db/schema/partner-teams";

export const ROLE_LABEL: Record<PartnerRole, string> = { admin: "Admin", member: "Member" };
