// Printing badges: the organizer's PDF of every badge of an event, or of one attendee's, in
// one of the formats of lib/badges/badge-layouts.ts. Everything that can refuse (who asks,
// which format, which attendee) is checked before the first byte, so a refusal is a plain
// error response; the bytes are then produced while the download is read.
import { z } from "zod";
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { getEvent } from "../events/events";
import { AppError, notFound, parseInput } from "../errors";
import { Id } from "../fields";
import { BadgeFormat, pageCount, type BadgeFormatName } from "./badge-layouts";
import type { BadgeContent } from "./layout-badge";
import { countBadges, readBadgePages, type BadgeFilter } from "./read-badges";
import { renderBadgePdf } from "./render-badge-pdf";

export const PrintBadgesInput = z.object({
  format: BadgeFormat,
  /** One attendee's badge; all the event's badges when absent. */
  attendeeId: Id.optional(),
});

/** Where the backs' QR codes point: the address attendees' phones reach, without a trailing slash. */
const BaseUrl = z.url({ protocol: /^https?$/, message: "must be a full http(s) address" }).transform((u) => u.replace(/\/+$/, ""));

export type BadgePdf = {
  filename: string;
  format: BadgeFormatName;
  badges: number;
  pages: number;
  /** The PDF's bytes; reading them renders the badges. */
  chunks: AsyncGenerator<Uint8Array>;
};

export function writeBadgePdf(actor: Actor, eventId: number, input: z.input<typeof PrintBadgesInput>, baseUrl: string): BadgePdf {
  requireOrganizerOf(actor, eventId);
  const { format, attendeeId } = parseInput(PrintBadgesInput, input);
  const base = parseInput(BaseUrl, baseUrl);
  const event = getEvent(actor, eventId);
  const filter: BadgeFilter = { attendeeId };
  const badges = countBadges(actor, eventId, filter);
  if (badges === 0) {
    if (attendeeId !== undefined) throw notFound("The attendee");
    throw new AppError("invalid", "This event has no attendees yet, so there are no badges to print. Import or add attendees first.");
  }
  const pages = pageCount(format, badges);
  getDb().transaction((tx) => {
    recordAudit(tx, actor, eventId, "badges.print", attendeeId === undefined ? null : `attendee ${attendeeId}`, { format, badges, pages });
  });
  function* contents(): Generator<BadgeContent> {
    for (const page of readBadgePages(actor, eventId, filter)) {
      for (const b of page) {
        yield { ...b, eventName: event.name, personalUrl: `${base}/me/${b.personalToken}` };
      }
    }
  }
  const slug = event.slug.replace(/[^a-z0-9-]+/gi, "-");
  const filename = `badges-${slug}-${format}${attendeeId === undefined ? "" : `-${attendeeId}`}.pdf`;
  const title = `Badges of ${event.name}`;
  return { filename, format, badges, pages, chunks: renderBadgePdf(contents(), { format, title }) };
}
