// Reads the import's multipart upload as it streams in (busboy: a chunk at a time, so other
// requests run between chunks), handing the file's chunks to a reader as they come: the CSV is
// parsed while it arrives, never held whole. `request.formData()` parsed a 49 MB body in one
// go: 5 s in which the server answered nobody, and 650 MB of memory (bench:upload, decision 030).
// A reader that gives up (a limit passed) stops reading; the rest of the body is read and
// dropped, not kept, and the answer is its refusal.
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "../../errors";

/** What the reader made of the file's chunks; `size`: the bytes it read. */
export type Upload<T> = { fields: Map<string, string>; file: { name: string; size: number; read: T } | null };
/** `fields`: those that came before the file. */
export type FileReader<T> = (chunks: AsyncIterable<Buffer>, name: string, fields: ReadonlyMap<string, string>) => Promise<T>;

const NOT_MULTIPART = "Send the file as multipart/form-data, in a field named file.";

/** Keeps the file as the chunks that came (a reader for a file that must be read whole). */
export const keepChunks: FileReader<Buffer[]> = async (chunks) => {
  const kept: Buffer[] = [];
  for await (const chunk of chunks) kept.push(chunk);
  return kept;
};

export async function readUpload<T>(request: Request, maxFileBytes: number, tooBig: string, readFile: FileReader<T>): Promise<Upload<T>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type) || !request.body) throw new AppError("invalid", NOT_MULTIPART);
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { "content-type": type }, limits: { files: 1, fileSize: maxFileBytes, fields: 10, fieldSize: 1024 * 1024, parts: 12 } });
  } catch {
    throw new AppError("invalid", NOT_MULTIPART);
  }
  const upload: Upload<T> = { fields: new Map(), file: null };
  let refusal: AppError | null = null;
  let reading: Promise<unknown> = Promise.resolve();
  parser.on("field", (name, value) => upload.fields.set(name, value));
  parser.on("file", (name, stream, info) => {
    if (name !== "file") return void stream.resume();
    stream.on("limit", () => (refusal = new AppError("invalid", tooBig)));
    reading = readPart(stream, info.filename ?? "upload", (chunks, file) => readFile(chunks, file, new Map(upload.fields))).then((file) => void (upload.file = file));
    const drain = () => stream.resume(); // a reader that stopped early: the rest is read and dropped
    reading.then(drain, drain);
  });
  const body = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
  await new Promise<void>((resolve, reject) => {
    parser.on("close", resolve);
    parser.on("error", () => reject(new AppError("invalid", NOT_MULTIPART)));
    body.on("error", () => {
      parser.destroy(new Error("interrupted")); // ends the file's stream, so its reader stops
      reject(new AppError("invalid", "The upload was interrupted before the whole file arrived. Please try again."));
    });
    body.pipe(parser);
  });
  const refused = refusal as AppError | null; // set in a handler: TypeScript cannot see it
  if (refused) {
    await reading.catch(() => undefined); // it saw the file cut short; the limit is the answer
    throw refused;
  }
  await reading;
  return upload;
}

/** The file part given to its reader from its first byte on; an empty part (no file chosen) is no file. */
async function readPart<T>(stream: Readable, name: string, readFile: (chunks: AsyncIterable<Buffer>, name: string) => Promise<T>): Promise<Upload<T>["file"]> {
  // Not destroyed when the reader stops early: busboy then reads on to the end of the body.
  const chunks = stream.iterator({ destroyOnReturn: false }) as AsyncIterableIterator<Buffer>;
  const first = await chunks.next();
  if (first.done) return null;
  const head: Buffer = first.value;
  let size = 0;
  async function* counted() {
    size += head.byteLength;
    yield head;
    for await (const chunk of chunks) {
      size += chunk.byteLength;
      yield chunk;
    }
  }
  try {
    const read = await readFile(counted(), name);
    return { name, size, read };
  } finally {
    await chunks.return?.(); // lets the stream flow again if the reader stopped before its end
  }
}
