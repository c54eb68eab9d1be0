// The notice the booth screen showed, which the decision names by id and sha256. The ledger
// must record what was really on the screen, so the server rebuilds that version's text for
// the partner's words as they read now and accepts the decision only if its sha256 is the one
// the phone reports (lib/consent/notice.ts renders it the same way for every screen).
//
// Which versions count (docs/decisions/013): the one that was the event's notice in that
// language when the attendee decided, by the device's clock (bounded: booth-item.ts). That is
// the current version, or an older one replaced after the decision: an offline phone holding
// its cached pack asked truthfully. A version replaced before the decision is refused, online
// (the notice changed while the screen was open) and offline (the phone had an outdated pack).
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import { consentNotices as n } from "@/db/schema";
import { renderNotice, type RenderedNotice } from "../consent/notice";
import { isLanguage } from "../consent/notice-text";
import { AppError } from "../errors";
import type { PartnerWords } from "../partners/partner-words";
import type { BoothDecision } from "./booth-item";

const NOT_RECORDED = "The decision was not recorded: scan the badge again to ask the attendee with the current notice.";

const version = prepared((db) =>
  db
    .select({ id: n.id, version: n.version, language: n.language, template: n.template })
    .from(n)
    .where(and(eq(n.id, sql.placeholder("noticeId")), eq(n.eventId, sql.placeholder("eventId"))))
    .prepare(),
);
const replacement = prepared((db) =>
  db
    .select({ version: n.version, createdAt: n.createdAt })
    .from(n)
    .where(and(eq(n.eventId, sql.placeholder("eventId")), eq(n.language, sql.placeholder("language")), gt(n.version, sql.placeholder("version"))))
    // No .limit(1): get() reads the first row only, and a bound LIMIT recompiles (db/prepared.ts).
    .orderBy(asc(n.version))
    .prepare(),
);

/** The notice as shown, or a conflict the booth can act on. Call inside the decision's transaction. */
export function shownNotice(db: Db, eventId: number, partner: PartnerWords, shown: BoothDecision, decidedAt: Date): RenderedNotice {
  const row = version(db).get({ noticeId: shown.noticeId, eventId });
  if (!row) throw new AppError("conflict", `The notice this phone showed is not a notice of this event. ${NOT_RECORDED}`);
  if (row.language !== shown.language || !isLanguage(row.language)) {
    throw new AppError("conflict", `The phone reported notice version ${row.version} in "${shown.language}", but that version is in "${row.language}". ${NOT_RECORDED}`);
  }
  const next = replacement(db).get({ eventId, language: row.language, version: row.version });
  if (next && next.createdAt.getTime() < decidedAt.getTime()) {
    throw new AppError("conflict", `The notice changed (version ${next.version}) before the attendee decided. ${NOT_RECORDED}`);
  }
  const notice = renderNotice(row, partner);
  if (notice.sha256 !== shown.noticeSha256) {
    throw new AppError(
      "conflict",
      `The notice this phone showed does not match version ${row.version} as it reads for ${partner.name} (the partner's details changed since it was shown). ${NOT_RECORDED}`,
    );
  }
  return notice;
}
