"use server";
import { revalidatePath } from "next/cache";
import type { NoticeEditState } from "@/components/organizer/notice-editor";
import { requireOrganizer } from "@/lib/auth/guards";
import { addNoticeVersion } from "@/lib/consent/notice";
import { parseInput, toActionResult } from "@/lib/errors";
import { Id } from "@/lib/fields";

export async function saveNoticeAction(_prev: NoticeEditState, form: FormData): Promise<NoticeEditState> {
  const template = String(form.get("template") ?? "");
  const result = await toActionResult(async () => {
    const organizer = await requireOrganizer();
    const eventId = parseInput(Id, form.get("eventId"));
    const saved = addNoticeVersion(organizer, eventId, { language: String(form.get("language") ?? ""), template });
    revalidatePath(`/events/${eventId}/notice`);
    return saved;
  });
  if (!result.ok) return { error: result.error, template };
  return { saved: result.value, template };
}
