// A lost badge: the attendee gets a new badge code and a new personal link, and the old ones
// stop working at once (the booth looks codes up in the attendees row, /me looks up the token's
// hash: both are replaced in the same write). The consent ledger, scans and drawing entries
// refer to the attendee's id, so the attendee's history stays whole (docs/decisions/042).
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { issuePersonalToken } from "../auth/personal-token";
import { issueBadgeCode } from "../badges/badge-code";
import { requireAttendeeRow } from "./require-attendee";

export type ReissuedBadge = { attendeeId: number; badgeCode: string };

export function reissueBadge(actor: Actor, eventId: number, attendeeId: number): ReissuedBadge {
  requireOrganizerOf(actor, eventId);
  const { stored } = issuePersonalToken();
  return getDb().transaction(
    (tx) => {
      requireAttendeeRow(tx, eventId, attendeeId);
      // A vendor's code is replaced by an issued one: the vendor's badge is the one that was lost.
      const row = tx
        .update(attendees)
        .set({ badgeCode: issueBadgeCode(), badgeSource: "issued", ...stored })
        .where(eq(attendees.id, attendeeId))
        .returning({ attendeeId: attendees.id, badgeCode: attendees.badgeCode })
        .get();
      recordAudit(tx, actor, eventId, "attendees.reissue_badge", `attendee ${attendeeId}`, { badgeCode: "replaced", personalLink: "replaced" });
      return row;
    },
    { behavior: "immediate" },
  );
}
