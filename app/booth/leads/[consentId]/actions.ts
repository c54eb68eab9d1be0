"use server";
import { requireDevice } from "@/lib/auth/guards";
import { toActionResult, type ActionResult } from "@/lib/errors";
import { saveQualification } from "@/lib/leads/save-qualification";
import type { SaveResult } from "@/lib/leads/types";

/** The booth staff saved a lead's rating, notes, tags and answers (lib/ parses the input). */
export async function saveQualificationAction(input: unknown): Promise<ActionResult<SaveResult>> {
  return toActionResult(async () => saveQualification(await requireDevice(), input));
}
