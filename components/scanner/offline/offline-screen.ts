// The consent screen built on the phone from its offline pack. It names the partner and shows
// the notice exactly as the server rendered it; it cannot greet the attendee by name (the
// phone has no attendee data) nor say that an earlier decision exists (the server alone knows it).
// It offers every drawing the pack knows, unless its entries closed since by the phone's clock;
// none shows as entered, since only the server knows (decision 041). Ticking one already
// entered enters nothing twice.
import type { OfflinePack } from "@/lib/sync/offline-pack";
import type { ConsentScreen } from "@/lib/scans/open-scan";

export type OfflineScreen = Omit<ConsentScreen, "firstName" | "earlier"> & { firstName: null; earlier: false; offline: true };

export function offlineScreen(pack: OfflinePack, scanId: string, now = new Date()): OfflineScreen {
  return {
    scanId,
    firstName: null,
    partner: pack.partner,
    notice: pack.notices[0]!,
    notices: pack.notices,
    drawings: pack.drawings.filter((d) => d.closesAt === null || d.closesAt > now).map((d) => ({ ...d, entered: false })),
    retentionDays: pack.retentionDays,
    earlier: false,
    offline: true,
  };
}
