// Every kind of mail Fairlead sends. Adding one: a file exporting a MailKind, and its line here.
import { ENDPOINT_DISABLED, endpointDisabled } from "./endpoint-disabled";
import { LAPSE_NOTICE, lapseNotice } from "./lapse-notice";
import type { MailKind } from "./mail-kind";
import { PARTNER_INVITE, partnerInviteMail } from "./partner-invite-mail";
import { PARTNER_WITHDRAWALS, partnerWithdrawals } from "./partner-withdrawals";
import { shareConfirmation } from "./share-confirmation";

export const MAIL_KINDS = {
  share_confirmation: shareConfirmation,
  [PARTNER_WITHDRAWALS]: partnerWithdrawals,
  [LAPSE_NOTICE]: lapseNotice,
  [PARTNER_INVITE]: partnerInviteMail,
  [ENDPOINT_DISABLED]: endpointDisabled,
} satisfies Record<string, MailKind>;

export type MailKindName = keyof typeof MAIL_KINDS;

export function mailKind(name: string): MailKind | null {
  return (MAIL_KINDS as Record<string, MailKind>)[name] ?? null;
}
