// POST: the event's badges as a PDF to print, streamed while it is made.
// ?format=a4|letter|a6|4x3, and &attendee=ID for one attendee's badge only. Organizers only.
// POST, not GET: each print is written to the audit log, and a GET changes nothing (a prefetch,
// a crawler or a link in a mail never prints). GET answers 405 (docs/decisions/031).
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { BadgeFormat } from "@/lib/badges/badge-layouts";
import { writeBadgePdf } from "@/lib/badges/write-badge-pdf";
import { parseInput } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { publicBase } from "@/lib/http/public-base";
import { assertSameOrigin, errorResponse } from "@/lib/http/pages";
import { iteratorStream } from "@/lib/http/iterator-stream";

const Query = z.object({ format: BadgeFormat, attendee: Id.optional() });

export async function POST(request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  try {
    assertSameOrigin(request);
    const eventId = parseInput(Id, (await params).eventId);
    const organizer = await requireOrganizer();
    const url = new URL(request.url);
    const query = parseInput(Query, { format: url.searchParams.get("format") ?? undefined, attendee: url.searchParams.get("attendee") ?? undefined });
    const pdf = writeBadgePdf(organizer, eventId, { format: query.format, attendeeId: query.attendee }, await publicBase());
    return new Response(iteratorStream(pdf.chunks), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${pdf.filename}"`,
        "cache-control": "no-store",
        "x-fairlead-badges": String(pdf.badges),
        "x-fairlead-pages": String(pdf.pages),
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
