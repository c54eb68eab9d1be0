import type { Metadata } from "next";
import { TokenRefused } from "@/components/token-refused";
import { AcceptInviteForm } from "@/components/organizer/accept-invite-form";
import { withTokenLimit } from "@/lib/auth/token-attempts";
import { AppError } from "@/lib/errors";
import { requestAddress } from "@/lib/http/request-address";
import { describePartnerInvite, ROLE_LABEL } from "@/lib/partners/team";
import { joinPartnerTeamAction } from "./actions";

export const metadata: Metadata = { title: "Join a partner's team", referrer: "no-referrer" };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let invite: ReturnType<typeof describePartnerInvite>;
  try {
    invite = withTokenLimit(await requestAddress(), () => describePartnerInvite(token));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return <TokenRefused code={error.code} message={error.message} what="invitation" back={{ href: "/signin", label: "Sign in" }} />;
  }
  return (
    <main className="narrow stack">
      <h1>Join {invite.partnerName}</h1>
      <p>
        You were invited as <strong>{invite.email}</strong> to the team of {invite.partnerName} at {invite.eventName}, as{" "}
        {ROLE_LABEL[invite.role].toLowerCase()}. {invite.hasAccount ? "Enter your Fairlead password to join." : "Choose your name and a password to create your account."}
      </p>
      <AcceptInviteForm token={token} hasAccount={invite.hasAccount} action={joinPartnerTeamAction} />
    </main>
  );
}
