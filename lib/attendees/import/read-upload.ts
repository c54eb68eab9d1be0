// Reads the import's multipart upload as it streams in (busboy: a chunk at a time, so other
// requests run between chunks), keeping the file as the chunks that came. `request.formData()`
// parsed a 49 MB body in one go: 5 s in which the server answered nobody, and 650 MB of memory
// (bench:upload, decision 030).
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "../../errors";

export type Upload = { fields: Map<string, string>; file: { name: string; chunks: Buffer[]; size: number } | null };

const NOT_MULTIPART = "Send the file as multipart/form-data, in a field named file.";

export async function readUpload(request: Request, maxFileBytes: number, tooBig: string): Promise<Upload> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type) || !request.body) throw new AppError("invalid", NOT_MULTIPART);
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { "content-type": type }, limits: { files: 1, fileSize: maxFileBytes, fields: 10, fieldSize: 1024 * 1024, parts: 12 } });
  } catch {
    throw new AppError("invalid", NOT_MULTIPART);
  }
  const upload: Upload = { fields: new Map(), file: null };
  let refusal: AppError | null = null;
  parser.on("field", (name, value) => upload.fields.set(name, value));
  parser.on("file", (name, stream, info) => {
    if (name !== "file") return void stream.resume();
    const file = { name: info.filename ?? "upload", chunks: [] as Buffer[], size: 0 };
    upload.file = file;
    stream.on("data", (chunk: Buffer) => {
      file.chunks.push(chunk);
      file.size += chunk.byteLength;
    });
    stream.on("limit", () => {
      refusal = new AppError("invalid", tooBig);
      file.chunks = [];
    });
  });
  const body = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
  await new Promise<void>((resolve, reject) => {
    parser.on("close", resolve);
    parser.on("error", () => reject(new AppError("invalid", NOT_MULTIPART)));
    body.on("error", () => reject(new AppError("invalid", "The upload was interrupted before the whole file arrived. Please try again.")));
    body.pipe(parser);
  });
  const refused = refusal as AppError | null; // set in a handler: TypeScript cannot see it
  if (refused) throw refused;
  return upload;
}
