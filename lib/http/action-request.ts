// What proxy.ts checks on a server action's request before Next decodes it. Next answers what
// it cannot decode (a body that is not JSON, nests a few thousand levels deep, or is a form
// without its root field) and a call from another site with a 500 and a digest: to the caller
// that looks like a crash, and the log fills with stack traces. Refused here instead, with the
// app's typed error body (lib/errors.ts): 403, 413 or 400. A well-formed call passes untouched
// and the action's own guard answers { ok: false, code } as before (lib/http/action.ts).
// No `import "server-only"`: the proxy bundle and its unit test import it.
import { AppError, toErrorBody } from "../errors";
import { parseJson, readBody } from "./read-body";

/** Next's own limit for an action's body (next.config.ts serverActions.bodySizeLimit). */
export const MAX_ACTION_BYTES = 1024 * 1024;

/** null: let Next handle it. Otherwise the refusal to send. */
export async function refuseMalformedAction(request: Request): Promise<Response | null> {
  try {
    checkOrigin(request);
    const type = request.headers.get("content-type") ?? "";
    if (type.startsWith("text/plain")) checkArguments(await text(request));
    else if (type.startsWith("multipart/form-data")) await checkForm(request, type);
    return null;
  } catch (error) {
    const { status, body } = toErrorBody(error);
    return Response.json(body, { status, headers: { "cache-control": "no-store" } });
  }
}

/** As Next decides it (action-handler's CSRF check): an Origin whose host is not this host is refused. */
function checkOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return; // Next lets these through (no browser sends credentials without it)
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  let originHost = "null";
  try {
    if (origin !== "null") originHost = new URL(origin).host;
  } catch {
    /* garbage: not this host */
  }
  if (originHost !== host) throw new AppError("forbidden", "This request came from another site and was refused.");
}

async function text(request: Request): Promise<string> {
  const bytes = await readBody(request, MAX_ACTION_BYTES, "less");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalid", "The request body is not UTF-8 text.");
  }
}

/** The arguments of a call: a JSON array (React's encodeReply), nested no deeper than the limit. */
function checkArguments(json: string): void {
  if (!Array.isArray(parseJson(json))) throw new AppError("invalid", "A server action's arguments are a JSON array.");
}

/** A call with a FormData argument: its root field "0" holds the arguments. */
async function checkForm(request: Request, type: string): Promise<void> {
  const bytes = await readBody(request, MAX_ACTION_BYTES, "less");
  const form = await new Response(bytes, { headers: { "content-type": type } }).formData().catch(() => {
    throw new AppError("invalid", "The form could not be read.");
  });
  const root = form.get("0");
  if (typeof root !== "string") throw new AppError("invalid", "The form is not a server action's arguments.");
  checkArguments(root);
}


