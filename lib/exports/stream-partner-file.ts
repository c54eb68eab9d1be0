// One partner's export file (leads or suppression list, CSV or XLSX; leads also for a CRM, and
// "new since the last export": since-last-export.ts) as a stream for a download. Access is checked before anything is read, so a refusal is an ordinary error
// response; the rows come from one snapshot taken now, under a checkpoint written right after it
// and named by the file (export-checkpoint.ts); the export is recorded when the last byte has been sent. An interrupted download records nothing (docs/decisions/008-streaming-exports.md).
import { Readable, pipeline } from "node:stream";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { requirePartnerManager } from "../auth/access";
import { DigestStream } from "./digest-stream";
import { CONTENT_TYPE, exportFormat, partnerFileName, partnerFileSource, type FileFormat, type FileKind } from "./partner-files";
import { databasePath } from "@/db/client";
import { openReadSnapshot } from "@/db/read-snapshot";
import { checkpointForExport } from "../ledger/checkpoint-for-export";
import { checkpointSheet, checkpointSuffix } from "./export-checkpoint";
import { recordExports, type Recorded } from "./record-export";
import { CRM_FORMATS } from "./crm-files";
import { AppError } from "../errors";
import { readPreviousLeadsExport } from "./since-last-export";

export const ExportChoice = z.object({
  file: z.enum(["leads", "suppression"]).default("leads"),
  format: z.enum(["csv", "xlsx", ...CRM_FORMATS]).default("csv"),
  /** "last": only the leads new since the partner's last leads export (since-last-export.ts). */
  since: z.enum(["all", "last"]).default("all"),
});
export type ExportChoice = { file: FileKind; format: FileFormat; since?: "all" | "last" };

export type StreamedFile = {
  filename: string;
  contentType: string;
  body: Readable;
  /** What was recorded so far: a single file once its body has ended, the ZIP's files as they are handed out. */
  recorded: () => Recorded[];
  /** The signed checkpoint the file falls under (null: an empty ledger, or a signing key that cannot be used). */
  checkpointId: number | null;
};

export function streamPartnerFile(actor: Actor, eventId: number, partnerId: number, choice: ExportChoice, now = new Date()): StreamedFile {
  const partner = requirePartnerManager(actor, eventId, partnerId); // organizers, and the partner's admins (decision 036)
  const crm = choice.format !== "csv" && choice.format !== "xlsx" ? choice.format : null;
  if (crm && choice.file === "suppression") throw new AppError("invalid", "A suppression list comes as CSV or XLSX, for a mailing tool: choose one of those.");
  const sinceLast = choice.since === "last";
  if (sinceLast && choice.file === "suppression") throw new AppError("invalid", "“New since the last export” is for leads files; the suppression list always names every withdrawal.");
  const snapshot = openReadSnapshot(databasePath());
  const recorded: Recorded[] = [];
  try {
    // Read in the file's own snapshot: the mark and the rows describe the same instant.
    const previous = sinceLast ? readPreviousLeadsExport(snapshot.db, partner.id) : null;
    const file = partnerFileSource(snapshot.db, partner.id, choice.file, undefined, previous?.ledgerMark ?? 0);
    const { tally } = file;
    const checkpoint = checkpointForExport(eventId, now); // after the snapshot: it covers every row the file holds
    const checkpointId = checkpoint?.id ?? null;
    const appendix = checkpoint ? checkpointSheet(checkpoint) : undefined;
    const bytes = crm
      ? Readable.from(file.crm!(crm), { objectMode: false })
      : choice.format === "csv"
        ? Readable.from(file.csv(), { objectMode: false })
        : file.xlsx(now, appendix);
    const format = exportFormat(choice.file, choice.format);
    const body = new DigestStream(({ sha256 }) => {
      snapshot.close(); // every row has been read: end the read transaction before writing
      const since = sinceLast && { since: "last", sinceExportId: previous?.id ?? null };
      const audit = ([file]: Recorded[]) => ({ action: "exports.file", subject: `partner ${partner.id} ${partner.name}`, details: { ...file, checkpointId, ...since } });
      const finished = { partnerId: partner.id, format, sha256, tally, sinceExportId: previous?.id ?? null };
      recorded.push(...recordExports(actor, eventId, [finished], { now, checkpointId }, audit));
    });
    pipeline(bytes, body, () => snapshot.close());
    const newSince = previous ? `-new-since-export-${previous.id}` : "";
    const filename = partnerFileName(partner, choice.file, choice.format, now, newSince + checkpointSuffix(checkpoint));
    return { filename, contentType: CONTENT_TYPE[choice.format], body, recorded: () => recorded, checkpointId };
  } catch (error) {
    snapshot.close();
    throw error;
  }
}
