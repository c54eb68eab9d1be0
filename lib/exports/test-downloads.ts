// Test-only: one partner's CSV file as the download streams it (stream-partner-file.ts), read
// to its end and recorded, with its bytes at once. Refusals throw before anything is read, as
// the download's do; the file itself comes as a promise.
import type { Actor } from "../auth/actor";
import { drain } from "./test-readers";
import { streamPartnerFile } from "./stream-partner-file";
import type { FileKind } from "./partner-files";

export type DownloadedFile = { exportId: number; filename: string; content: Buffer; rows: number; sha256: string };

function downloadCsv(actor: Actor, eventId: number, partnerId: number, file: FileKind, now: Date): Promise<DownloadedFile> {
  const streamed = streamPartnerFile(actor, eventId, partnerId, { file, format: "csv" }, now);
  return drain(streamed.body).then((content) => {
    const [recorded] = streamed.recorded();
    if (!recorded) throw new Error("The download ended without being recorded.");
    return { exportId: recorded.exportId, filename: streamed.filename, content, rows: recorded.rows, sha256: recorded.sha256 };
  });
}

export function exportPartnerLeadsCsv(actor: Actor, eventId: number, partnerId: number, now = new Date()): Promise<DownloadedFile> {
  return downloadCsv(actor, eventId, partnerId, "leads", now);
}

export function exportPartnerSuppressionCsv(actor: Actor, eventId: number, partnerId: number, now = new Date()): Promise<DownloadedFile> {
  return downloadCsv(actor, eventId, partnerId, "suppression", now);
}
