// Reads the receipt of one consent event, scoped by the actor. A receipt the actor may not
// see is "not found", exactly like one that does not exist:
//  - an attendee sees only their own decisions;
//  - an organizer sees every decision of the events they organize;
//  - a booth device sees the standing share of each of its partner's current leads, and no
//    other row: not a declined or withdrawn attendee's, and not a current lead's earlier rows
//    (one could be a decline, which never reaches the partner; issue 12 §4, decision 029).
//    The standing share's receipt carries the pair's shares and withdrawals (pairHistory).
import { and, asc, eq, lte, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, consentEvents, consentNotices, consentPartnerWords, consentTexts, devices, events, partners } from "@/db/schema";
import type { Actor } from "../../auth/actor";
import { confinedToPartner, refuseUnknown, requireEventAccess, requirePartnerAccess } from "../../auth/access";
import { sha256Hex } from "../../crypto";
import { AppError, notFound } from "../../errors";
import { eventLegalColumns, partnerLegalColumns } from "../../parties/set-legal-details";
import { asPartnerWords, parseWords } from "../recorded-words";
import { buildReceipt, pseudonymOfHash } from "./build-receipt";
import { isStandingGrant } from "./is-current-lead";
import type { ConsentReceipt } from "./receipt";

/** timeZone: the event's, which the receipt page states its times in (decision 044; the JSON stays UTC). */
export type ReceiptWithContext = { receipt: ConsentReceipt; eventId: number; partnerId: number; timeZone: string };

function scopeOf(actor: Actor): SQL | undefined {
  switch (actor.kind) {
    case "attendee":
      return and(eq(consentEvents.attendeeId, actor.attendeeId), eq(consentEvents.eventId, actor.eventId));
    case "device":
    case "partner":
      return and(eq(consentEvents.partnerId, actor.partnerId), eq(consentEvents.eventId, actor.eventId));
    case "organizer":
    case "operator":
      return undefined; // checked against the row's event below (requireEventAccess)
    default:
      return refuseUnknown(actor);
  }
}

/** Authorizes before anything but ids is read; throws not_found for anything out of reach. */
function reachable(actor: Actor, consentEventId: number, eventId?: number) {
  const row = getDb()
    .select({ eventId: consentEvents.eventId, attendeeId: consentEvents.attendeeId, partnerId: consentEvents.partnerId, action: consentEvents.action })
    .from(consentEvents)
    .where(
      and(
        eq(consentEvents.id, consentEventId),
        eventId === undefined ? undefined : eq(consentEvents.eventId, eventId),
        scopeOf(actor),
      ),
    )
    .get();
  if (!row) throw notFound("The receipt");
  requireEventAccess(actor, row.eventId);
  if (actor.kind === "device" && !isStandingGrant(consentEventId, row.attendeeId, row.partnerId)) throw notFound("The receipt");
  if (actor.kind === "partner") {
    requirePartnerAccess(actor, row.eventId, row.partnerId); // the agreement gate
    if (row.action === "decline") throw notFound("The receipt"); // a decline never reaches the partner
  }
  return row;
}

/**
 * The pair's ledger rows up to this one, in ledger order (the order of receipt). A booth device
 * (which reads only its current leads' receipts) sees its shares and withdrawals, which its
 * partner was told of anyway, but no decline: a decline never reaches the partner.
 */
function pairHistory(actor: Actor, pair: { eventId: number; attendeeId: number; partnerId: number }, consentEventId: number) {
  const rows = getDb()
    .select({
      id: consentEvents.id,
      action: consentEvents.action,
      method: consentEvents.method,
      deviceTime: consentEvents.deviceTime,
      deviceClaim: consentEvents.deviceClaim,
      recordedAt: consentEvents.recordedAt,
    })
    .from(consentEvents)
    .where(
      and(
        eq(consentEvents.eventId, pair.eventId),
        eq(consentEvents.attendeeId, pair.attendeeId),
        eq(consentEvents.partnerId, pair.partnerId),
        lte(consentEvents.id, consentEventId),
      ),
    )
    .orderBy(asc(consentEvents.id))
    .all();
  return confinedToPartner(actor) !== null ? rows.filter((r) => r.action !== "decline") : rows;
}

/**
 * The receipt of a consent event the actor may see, with the ids its pages link to.
 * `eventId`, when given (organizer pages), must be the decision's event too.
 */
export function getReceipt(actor: Actor, consentEventId: number, eventId?: number): ReceiptWithContext {
  const scope = reachable(actor, consentEventId, eventId);
  const row = getDb()
    .select({
      consent: {
        id: consentEvents.id,
        action: consentEvents.action,
        language: consentEvents.language,
        method: consentEvents.method,
        scanId: consentEvents.scanId,
        deviceTime: consentEvents.deviceTime,
        deviceClaim: consentEvents.deviceClaim,
        recordedAt: consentEvents.recordedAt,
        hash: consentEvents.hash,
        prevHash: consentEvents.prevHash,
      },
      notice: { version: consentNotices.version, language: consentNotices.language },
      text: { sha256: consentTexts.sha256, text: consentTexts.text },
      wordsSha256: consentEvents.wordsSha256,
      words: { sha256: consentPartnerWords.sha256, json: consentPartnerWords.words },
      personalTokenSha256: attendees.personalTokenSha256,
      partner: {
        id: partners.id,
        name: partners.name,
        booth: partners.booth,
        contactEmail: partners.contactEmail,
        privacyUrl: partners.privacyUrl,
        purpose: partners.purpose,
      },
      event: { id: events.id, name: events.name },
      timeZone: events.timeZone,
      eventLegal: eventLegalColumns,
      partnerLegal: partnerLegalColumns,
      deviceName: devices.name,
    })
    .from(consentEvents)
    .innerJoin(consentNotices, eq(consentNotices.id, consentEvents.noticeId))
    .innerJoin(consentTexts, eq(consentTexts.sha256, consentEvents.textSha256))
    .leftJoin(consentPartnerWords, eq(consentPartnerWords.sha256, consentEvents.wordsSha256))
    .innerJoin(attendees, eq(attendees.id, consentEvents.attendeeId))
    .innerJoin(partners, eq(partners.id, consentEvents.partnerId))
    .innerJoin(events, eq(events.id, consentEvents.eventId))
    .leftJoin(devices, eq(devices.id, consentEvents.deviceId))
    .where(and(eq(consentEvents.id, consentEventId), eq(consentEvents.eventId, scope.eventId)))
    .get();
  if (!row) throw notFound("The receipt");
  const { personalTokenSha256, deviceName, wordsSha256, words, partner, timeZone, ...rest } = row;
  // The partner as the attendee was shown it (docs/decisions/022). A row from before words were
  // recorded has none: the partner as it reads today, and the receipt says so (words_recorded).
  const recorded = words && sha256Hex(words.json) === words.sha256 ? parseWords(words.json) : null;
  if (wordsSha256 && !recorded) throw new AppError("conflict", `The partner's words recorded for decision ${consentEventId} were changed or removed: run verify-ledger.`);
  const receipt = buildReceipt({
    ...rest,
    partner: recorded ? { ...partner, ...asPartnerWords(recorded) } : partner,
    words: words && recorded ? { ...words, fields: recorded.fields } : null,
    principalId: pseudonymOfHash(personalTokenSha256),
    device: deviceName === null ? null : { name: deviceName },
    history: pairHistory(actor, scope, consentEventId),
  });
  return { receipt, eventId: scope.eventId, partnerId: scope.partnerId, timeZone };
}
