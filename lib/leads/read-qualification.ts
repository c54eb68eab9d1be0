// Everything the qualification page shows for one lead: who, the partner's form, the current
// values and the history of saves. Devices see their own partner's leads; organizers of the
// event see every partner's (requireStandingLead scopes both).
import type { Actor } from "../auth/actor";
import { requireStandingLead } from "./find-lead";
import { loadLeadForm, questionLabels } from "./read-lead-form";
import { readRevisions } from "./read-revisions";
import type { LeadForm, LeadHeader, QualificationRevision } from "./types";

export type LeadQualificationView = {
  lead: LeadHeader;
  form: LeadForm;
  /** The latest revision, or null before the first save. */
  current: QualificationRevision | null;
  /** Every revision, newest first. */
  history: QualificationRevision[];
  /** Labels of every question the partner ever had, for answers in older revisions. */
  labels: Record<string, string>;
};

export function readQualification(actor: Actor, consentId: number): LeadQualificationView {
  const lead = requireStandingLead(actor, consentId);
  const history = readRevisions(consentId);
  return { lead, form: loadLeadForm(lead.partnerId), current: history[0] ?? null, history, labels: questionLabels(lead.partnerId) };
}
