// Saved revisions of a lead's qualification, with the name of the device that saved each.
// Callers have checked the actor's access to the lead (find-lead.ts).
import { getDb } from "@/db/client";
import type { QualificationRevision } from "./types";

type Row = Omit<QualificationRevision, "savedAt" | "tags" | "answers"> & { savedAt: number; tags: string; answers: string };

const COLUMNS = `q.revision as revision, q.based_on as basedOn, q.device_id as deviceId, d.name as deviceName,
  q.created_at as savedAt, q.rating as rating, q.notes as notes, q.tags as tags, q.answers as answers`;
const SELECT = `select ${COLUMNS} from lead_qualifications q left join devices d on d.id = q.device_id`;

const toRevision = (r: Row): QualificationRevision => ({
  ...r,
  savedAt: new Date(r.savedAt),
  tags: JSON.parse(r.tags) as string[],
  answers: JSON.parse(r.answers) as Record<string, string>,
});

/** Every revision of the lead's qualification, newest first. */
export function readRevisions(consentId: number): QualificationRevision[] {
  const rows = getDb().$client.prepare(`${SELECT} where q.consent_id = ? order by q.revision desc`).all(consentId) as Row[];
  return rows.map(toRevision);
}

/** The current revision (the latest), or null if nobody qualified the lead yet. */
export function readCurrentRevision(consentId: number): QualificationRevision | null {
  const row = getDb()
    .$client.prepare(`${SELECT} join lead_qualification_current c on c.qualification_id = q.id where c.consent_id = ?`)
    .get(consentId) as Row | undefined;
  return row ? toRevision(row) : null;
}

/** The revision a client-made save id produced, if that save was recorded already. */
export function readRevisionByClientId(clientId: string): (QualificationRevision & { consentId: number }) | null {
  const row = getDb()
    .$client.prepare(
      `select q.consent_id as consentId, ${COLUMNS} from lead_qualifications q left join devices d on d.id = q.device_id where q.client_id = ?`,
    )
    .get(clientId) as (Row & { consentId: number }) | undefined;
  return row ? { ...toRevision(row), consentId: row.consentId } : null;
}
