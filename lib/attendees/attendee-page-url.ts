// The attendee's own page (/me/<token>): where they see and withdraw what they shared. Mail
// links to it (lib/mail/share-confirmation.ts); the one place to change when how the page is
// reached changes (the token's storage, issue 11 §2).
export function attendeePageUrl(base: string, attendee: { personalToken: string }): string {
  return `${base.replace(/\/+$/, "")}/me/${attendee.personalToken}`;
}
