import type { Metadata } from "next";
import { TokenRefused } from "@/components/token-refused";
import { AcceptInviteForm } from "@/components/organizer/accept-invite-form";
import { describeInvite } from "@/lib/auth/invites";
import { withTokenLimit } from "@/lib/auth/token-attempts";
import { AppError } from "@/lib/errors";
import { requestAddress } from "@/lib/http/request-address";
import { acceptInviteAction } from "./actions";

export const metadata: Metadata = { title: "Join as organizer", referrer: "no-referrer" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let invite: ReturnType<typeof describeInvite>;
  try {
    invite = withTokenLimit(await requestAddress(), () => describeInvite(token));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return <TokenRefused code={error.code} message={error.message} what="invitation" back={{ href: "/signin", label: "Organizer sign-in" }} />;
  }
  return (
    <main className="narrow stack">
      <h1>Organize {invite.eventName}</h1>
      <p>
        You were invited as <strong>{invite.email}</strong>.{" "}
        {invite.hasAccount ? "Enter your Fairlead password to join." : "Choose your name and a password to create your organizer account."}
      </p>
      <AcceptInviteForm token={token} hasAccount={invite.hasAccount} action={acceptInviteAction} />
    </main>
  );
}
