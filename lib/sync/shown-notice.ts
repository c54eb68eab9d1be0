// The notice an offline phone showed: the version it had cached, which may be older than the
// current one. The ledger must record what was really on the screen, so the server rebuilds
// that version's text for this partner and accepts the decision only if its sha256 is the one
// the phone reports (lib/consent/notice.ts renders the same way for the online screen).
import type { Partner } from "@/db/schema";
import { renderNotice, type RenderedNotice } from "../consent/notice";
import { isLanguage } from "../consent/notice-text";
import { AppError } from "../errors";
import { syncStatements } from "./statements";

type Shown = { noticeId: number; noticeSha256: string; language: string };
type PartnerWords = Pick<Partner, "name" | "booth" | "purpose" | "privacyUrl">;

const NOT_RECORDED = "The decision was not recorded: scan the badge again to ask the attendee with the current notice.";

/** Call inside the caller's transaction (the partner's words were read in it). */
export function shownNotice(eventId: number, partner: PartnerWords, shown: Shown): RenderedNotice {
  const row = syncStatements().notice.get(shown.noticeId, eventId);
  if (!row) throw new AppError("conflict", `The notice this phone showed is not a notice of this event. ${NOT_RECORDED}`);
  if (row.language !== shown.language || !isLanguage(row.language)) {
    throw new AppError("conflict", `The phone reported notice version ${row.version} in "${shown.language}", but that version is in "${row.language}". ${NOT_RECORDED}`);
  }
  const notice = renderNotice(row, partner);
  if (notice.sha256 !== shown.noticeSha256) {
    throw new AppError(
      "conflict",
      `The notice this phone showed does not match version ${row.version} as it reads for ${partner.name} (the partner's details changed while the phone was offline). ${NOT_RECORDED}`,
    );
  }
  return notice;
}
