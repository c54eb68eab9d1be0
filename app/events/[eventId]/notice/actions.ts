"use server";
import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/guards";
import { NoticeInput, addNoticeVersion } from "@/lib/consent/notice";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";

export const saveNoticeAction = action(NoticeInput.extend({ eventId: Id }), requireOrganizer, (organizer, { eventId, ...notice }) => {
  const saved = addNoticeVersion(organizer, eventId, notice);
  revalidatePath(`/events/${eventId}/notice`);
  return saved;
});
