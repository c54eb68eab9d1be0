// Request bodies read with a cap: the stream is read chunk by chunk and broken off as soon as
// it passes the limit, so a 20 MB body costs at most the limit in memory, whatever its
// Content-Length says (absent, or a lie). JSON is then parsed and its nesting bounded before
// anything walks it: V8's JSON.parse takes a million nested arrays, but JSON.stringify, a
// structured clone to the writer thread or a recursive check would overflow the stack (a 500).
// No `import "server-only"`: its unit test runs outside Next.
import { AppError } from "../errors";

/** How deep a JSON body may nest: a booth item is 3 levels deep; room to spare, far from the stack. */
export const MAX_JSON_DEPTH = 32;

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export function tooLarge(maxBytes: number, what: string): AppError {
  return new AppError("too_large", `The request is larger than ${mb(maxBytes)}: send ${what} in smaller parts.`);
}

export async function readBody(request: Request, maxBytes: number, what: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  // Cancels are not awaited: on a clone's branch of a tee'd body, cancel() settles only once
  // the other branch is cancelled too, and the refusal must not wait for that.
  if (declared > maxBytes) {
    request.body?.cancel().catch(() => {});
    throw tooLarge(maxBytes, what);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw tooLarge(maxBytes, what);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** Text as JSON: 400 for what is not JSON or nests deeper than `maxDepth`, never a thrown RangeError. */
export function parseJson(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("invalid", "The request body is not valid JSON.");
  }
  if (depthExceeds(value, maxDepth)) throw new AppError("invalid", `The JSON nests more than ${maxDepth} levels deep.`);
  return value;
}

export async function readJson(request: Request, maxBytes: number, what: string): Promise<unknown> {
  const bytes = await readBody(request, maxBytes, what);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalid", "The request body is not UTF-8 text.");
  }
  return parseJson(text);
}

/** Recursive, but never deeper than `maxDepth` + 1 calls: it stops at the first too-deep value, so it cannot overflow. */
function depthExceeds(value: unknown, maxDepth: number, depth = 1): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (depth > maxDepth) return true;
  if (Array.isArray(value)) {
    for (const child of value) if (depthExceeds(child, maxDepth, depth + 1)) return true;
    return false;
  }
  for (const key in value) if (depthExceeds((value as Record<string, unknown>)[key], maxDepth, depth + 1)) return true;
  return false;
}
