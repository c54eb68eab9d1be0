// The partner's words: what the attendee is told about a partner before deciding (consent rule
// 2: name, booth, purpose, privacy link), and what a share brings (the follow-up's promise). The
// notice is rendered from them, so a decision's text hash covers them (rule 10). Declared here
// once; the schema names the columns.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import { partners, type Partner } from "@/db/schema";
import { notFound } from "../errors";
import { followUpPromises } from "./follow-up";

// purposeDe: the organizer's German purpose; the German notice reads it, or the English one
// marked as English when it is missing (lib/i18n/translated.ts). promises: language → the
// follow-up's promise the notice in that language states (follow-up.ts); none, none stated.
export type PartnerWords = Pick<Partner, "name" | "booth" | "purpose" | "privacyUrl"> & { purposeDe?: string | null; promises?: Record<string, string> };

export const partnerWordsColumns = {
  name: partners.name,
  booth: partners.booth,
  purpose: partners.purpose,
  purposeDe: partners.purposeDe,
  privacyUrl: partners.privacyUrl,
};

const byId = prepared((db) =>
  db.select(partnerWordsColumns).from(partners).where(eq(partners.id, sql.placeholder("partnerId"))).prepare(),
);

/** The partner's words as they read now. The caller scoped the partner (a device's own). */
export function partnerWords(db: Db, partnerId: number): PartnerWords {
  const words = byId(db).get({ partnerId });
  if (!words) throw notFound("The partner");
  return { ...words, promises: followUpPromises(db, partnerId) };
}
