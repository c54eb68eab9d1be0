// A streamed export file as an HTTP download: the Node stream becomes the web stream a route
// handler returns, with backpressure (a slow client slows the reading of rows, it does not
// make them pile up in memory) and cancellation (a closed tab destroys the stream).
import { Readable } from "node:stream";
import { CHECKPOINT_HEADER } from "./export-checkpoint";
import type { StreamedFile } from "./stream-partner-file";

export function downloadResponse(file: StreamedFile): Response {
  const body = Readable.toWeb(file.body) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      "content-type": file.contentType,
      // The name is made of [a-z0-9.-] only (partner-files.ts), so it needs no escaping.
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      // The signed checkpoint the file falls under (the name says it too): GET …/checkpoints lists it.
      ...(file.checkpointId !== null ? { [CHECKPOINT_HEADER]: String(file.checkpointId) } : {}),
    },
  });
}
