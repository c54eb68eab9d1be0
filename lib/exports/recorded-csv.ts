// One partner's CSV file built in memory and recorded, for tests that want the bytes at once
// (the command line streams to its file). It is the streamed file's twin: same snapshot reader,
// same chunks, same record, so the two cannot drift apart.
import { createHash } from "node:crypto";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf, requirePartnerAccess } from "../auth/access";
import { exportFormat, partnerFileName, partnerFileSource, type FileKind } from "./partner-files";
import { databasePath } from "@/db/client";
import { ReadSnapshot } from "./read-snapshot";
import { recordExports } from "./record-export";

export type { Column } from "./columns";

export type PartnerFile = { exportId: number; filename: string; content: Buffer; rows: number; sha256: string };

export function writeRecordedCsv(actor: Actor, eventId: number, partnerId: number, kind: FileKind, now = new Date()): PartnerFile {
  requireOrganizerOf(actor, eventId);
  const partner = requirePartnerAccess(actor, eventId, partnerId);
  const snapshot = new ReadSnapshot(databasePath());
  let content: Buffer;
  let file: ReturnType<typeof partnerFileSource>;
  try {
    file = partnerFileSource(snapshot, partner.id, kind);
    content = Buffer.concat([...file.csv()]);
  } finally {
    snapshot.close();
  }
  const sha256 = createHash("sha256").update(content).digest("hex");
  const [exportId] = recordExports(actor, eventId, [{ partnerId: partner.id, format: exportFormat(kind, "csv"), sha256, tally: file.tally }], now);
  return { exportId: exportId!, filename: partnerFileName(partner, kind, "csv", now), content, rows: file.tally.rows, sha256 };
}
