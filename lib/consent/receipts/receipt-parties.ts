// The parties a receipt names, their roles, and the data subject's rights: from the legal
// details the organizer entered (null where not stated). Pure. Roles and why:
// docs/decisions/024-receipts-27560.md.
import type { EventLegal, PartnerLegal } from "../../parties/legal-details";
import type { PartnerSummary } from "../../partners/partners";
import { DPV_PARTY_TYPE, ROLES, type ReceiptParty, type ReceiptRight } from "./receipt";

const contact = (email: string | null): ReceiptParty["party_contact"] =>
  email === null ? null : [{ contact_type: "email", contact_information: email }];

const typeOf = (t: PartnerLegal["partyType"]) => (t === null ? null : DPV_PARTY_TYPE[t]);

export const AUTHORITY_ID = "authority";

export function receiptParties(
  partner: PartnerSummary,
  partnerLegal: PartnerLegal,
  event: { id: number; name: string },
  eventLegal: EventLegal,
): ReceiptParty[] {
  return [
    {
      party_id: `partner-${partner.id}`,
      party_name: partner.name,
      ...ROLES.controller,
      party_email: partner.contactEmail,
      party_url: partner.privacyUrl,
      booth: partner.booth,
      party_legal_name: partnerLegal.legalName,
      party_address: partnerLegal.legalAddress,
      party_contact: contact(partnerLegal.legalContactEmail),
      party_type: typeOf(partnerLegal.partyType),
    },
    {
      party_id: `event-${event.id}`,
      party_name: event.name,
      ...ROLES.processor,
      party_email: null,
      party_url: null,
      party_legal_name: eventLegal.legalName,
      party_address: eventLegal.legalAddress,
      party_contact: contact(eventLegal.legalContactEmail),
      party_type: typeOf(eventLegal.partyType),
    },
    {
      party_id: AUTHORITY_ID,
      party_name: eventLegal.supervisoryAuthorityName,
      ...ROLES.authority,
      party_email: null,
      party_url: eventLegal.supervisoryAuthorityUrl,
      party_legal_name: null,
      party_address: null,
      party_contact: null,
      party_type: "dpv:GovernmentalOrganisation",
    },
  ];
}

/** The data subject's rights (GDPR Art. 15, 16, 17, 7(3), 77) and how to use each here. */
export function receiptRights(eventLegal: EventLegal, withdrawal: string): ReceiptRight[] {
  const organizer = eventLegal.legalContactEmail
    ? `write to the organizer at ${eventLegal.legalContactEmail}`
    : "write to the organizer (contact not stated)";
  const authority = eventLegal.supervisoryAuthorityName
    ? `${eventLegal.supervisoryAuthorityName}${eventLegal.supervisoryAuthorityUrl ? ` (${eventLegal.supervisoryAuthorityUrl})` : ""}`
    : "the supervisory authority (not stated)";
  return [
    { right: "access", dpv_right: "eu-gdpr:A15", how: `Your own page (/me) lists every decision with its receipt; for a copy of the data held, ${organizer}.` },
    { right: "rectification", dpv_right: "eu-gdpr:A16", how: `To correct your details, ${organizer}.` },
    { right: "erasure", dpv_right: "eu-gdpr:A17", how: `To have your details erased, ${organizer}.` },
    { right: "withdrawal", dpv_right: "eu-gdpr:A7-3", how: withdrawal },
    { right: "complaint", dpv_right: "eu-gdpr:A77", how: `You may complain to ${authority}.` },
  ];
}
