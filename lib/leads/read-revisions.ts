// Saved revisions of a lead's qualification, with the name of the device that saved each.
// Callers have checked the actor's access to the lead (find-lead.ts).
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices, leadQualificationCurrent, leadQualifications as q } from "@/db/schema";
import type { QualificationRevision } from "./types";

const REVISION = {
  revision: q.revision,
  basedOn: q.basedOn,
  deviceId: q.deviceId,
  deviceName: devices.name,
  savedAt: q.createdAt,
  rating: q.rating,
  notes: q.notes,
  tags: q.tags,
  answers: q.answers,
};

const revisions = () => getDb().select(REVISION).from(q).leftJoin(devices, eq(devices.id, q.deviceId));

/** Every revision of the lead's qualification, newest first. */
export function readRevisions(consentId: number): QualificationRevision[] {
  return revisions().where(eq(q.consentId, consentId)).orderBy(desc(q.revision)).all();
}

/** The current revision (the latest), or null if nobody qualified the lead yet. */
export function readCurrentRevision(consentId: number): QualificationRevision | null {
  return (
    revisions()
      .innerJoin(leadQualificationCurrent, eq(leadQualificationCurrent.qualificationId, q.id))
      .where(eq(leadQualificationCurrent.consentId, consentId))
      .get() ?? null
  );
}

/** The revision a client-made save id produced, if that save was recorded already. */
export function readRevisionByClientId(clientId: string): (QualificationRevision & { consentId: number }) | null {
  return getDb()
    .select({ consentId: q.consentId, ...REVISION })
    .from(q)
    .leftJoin(devices, eq(devices.id, q.deviceId))
    .where(eq(q.clientId, clientId))
    .get() ?? null;
}
