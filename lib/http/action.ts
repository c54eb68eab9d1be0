// The one shape of a server action (saas-starter's validatedActionWithUser): parse the input
// with zod, resolve the actor with a guard, call lib, and turn what went wrong into the
// caller's answer here and nowhere else. An action never hand-writes that mapping.
//
// No `import "server-only"`: its unit test runs outside Next. The actions that use it are
// server-only by their "use server".
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { fromZodError, toErrorBody, type ActionResult } from "../errors";

/**
 * Called two ways: directly with one input (`openScan(read)`, which reads ActionResult), or by
 * a form under useActionState with (previous state, FormData), or by a plain <form> with FormData.
 */
export type Action<T> = (input: unknown, form?: FormData) => Promise<ActionResult<T>>;

export type ActionOptions = {
  /** The form's summary when the answer marks fields beside the inputs; otherwise the error's own message. */
  invalid?: string;
};

/** The guard of an action whose credential is its input (a password, a pairing or invitation token): lib checks it. */
export const anyone = (): null => null;

/**
 * `guard` is a `require*` from lib/auth/guards.ts: the actor comes from the session, never from
 * the input. It receives the parsed input only so that a page whose token is its credential
 * (the attendee's /me/<token>) can check that token.
 *
 * The schema reads what the action needs; lib validates its own input again, so the same rules
 * hold at every edge (route handlers, the CLI).
 */
export function action<S extends z.ZodType, A, T>(
  schema: S,
  guard: (data: z.output<S>) => A | Promise<A>,
  fn: (actor: A, data: z.output<S>) => T | Promise<T>,
  options: ActionOptions = {},
): Action<T> {
  return async (input, form) => {
    const raw = form ?? input;
    const submitted = raw instanceof FormData ? raw : null;
    try {
      const parsed = schema.safeParse(submitted ? Object.fromEntries(submitted) : raw);
      if (!parsed.success) throw fromZodError(parsed.error);
      return { ok: true, value: await fn(await guard(parsed.data), parsed.data) };
    } catch (error) {
      // redirect() and notFound() work by throwing: they are Next's to handle, not failures.
      unstable_rethrow(error);
      const { code, message, fields, limit, retryAfter } = toErrorBody(error).body.error; // hides (and logs) the unexpected
      return {
        ok: false,
        code,
        error: fields && options.invalid ? options.invalid : message,
        ...(fields && { fields }),
        ...(limit !== undefined && retryAfter !== undefined && { limit, retryAfter }),
        ...(submitted && { values: echo(submitted) }),
      };
    }
  };
}

/** What was typed, so a refused form keeps it (React resets a form after its action). Never a password. */
function echo(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === "string" && !/password/i.test(key)) values[key] = value;
  return values;
}
