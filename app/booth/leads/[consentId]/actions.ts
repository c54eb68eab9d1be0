"use server";
import { requireDevice } from "@/lib/auth/guards";
import { action } from "@/lib/http/action";
import { QualificationInput, saveQualification } from "@/lib/leads/save-qualification";

/** The booth staff saved a lead's rating, notes, tags and answers. */
export const saveQualificationAction = action(QualificationInput, requireDevice, saveQualification);
