import type { Metadata } from "next";
import { TokenRefused } from "@/components/token-refused";
import { PairForm } from "@/components/scanner/pair-form";
import { describePairingLink } from "@/lib/devices/pairing";
import { withTokenLimit } from "@/lib/auth/token-attempts";
import { AppError } from "@/lib/errors";
import { requestAddress } from "@/lib/http/request-address";
import { pairDeviceAction } from "./actions";

export const metadata: Metadata = { title: "Pair this phone", referrer: "no-referrer" };

export default async function PairPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let link: ReturnType<typeof describePairingLink>;
  try {
    link = withTokenLimit(await requestAddress(), () => describePairingLink(token));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return <TokenRefused code={error.code} message={error.message} what="pairing link" back={{ href: "/", label: "Fairlead home" }} />;
  }
  return (
    <main className="narrow stack">
      <h1>Pair this phone with {link.partnerName}</h1>
      <p>
        This phone becomes a booth scanner of <strong>{link.partnerName}</strong> (booth {link.booth}). Attendees will
        decide on it whether to share their contact details with {link.partnerName}.
      </p>
      <PairForm token={token} action={pairDeviceAction} />
    </main>
  );
}
