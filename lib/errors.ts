// One error type with a fixed set of codes, mapped to HTTP status in one place.
import { ZodError } from "zod";

export const ERROR_STATUS = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** What a rate_limited refusal adds: the limit's name and whole seconds to wait. */
export type RetryInfo = { limit: string; retryAfter: number };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Per-field messages for forms. */
    readonly fields?: Record<string, string>,
    /** A rate limit's name and the seconds to wait (lib/rate-limit/rate-limited.ts). */
    readonly retry?: RetryInfo,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);

/** Turns a zod failure into an AppError that names each bad field. */
export function fromZodError(error: ZodError, prefix = "Please check"): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] = fields[key] ? `${fields[key]}; ${issue.message}` : issue.message;
  }
  const summary = Object.entries(fields)
    .map(([key, message]) => (key === "_" ? message : `${key}: ${message}`))
    .join("; ");
  return new AppError("invalid", `${prefix}: ${summary}`, fields);
}

/** Parses with a zod schema, throwing an AppError("invalid") that names the bad fields. */
export function parseInput<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZodError(result.error);
  return result.data;
}

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: Record<string, string> } & Partial<RetryInfo> };

/** What a caller outside lib may show: expected errors keep their message, others are hidden. */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ZodError) error = fromZodError(error);
  if (error instanceof AppError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message, fields: error.fields, ...error.retry } } };
  }
  console.error(error);
  return {
    status: 500,
    body: { error: { code: "internal", message: "Something went wrong on our side. Nothing was saved; please try again." } },
  };
}

/**
 * What a server action answers (lib/http/action.ts): a value, or a message to show. A form's
 * answer also names its bad fields and gives back what was typed (never a password).
 */
export type ActionResult<T> =
  | { ok: true; value: T }
  | ({ ok: false; error: string; code: ErrorCode; fields?: Record<string, string>; values?: Record<string, string> } & Partial<RetryInfo>);

/** A form's state under useActionState: null before the first submit, then the last answer. */
export type FormState<T> = ActionResult<T> | null;

/** A server action as a form under useActionState calls it. */
export type FormAction<T> = (prev: FormState<T>, form: FormData) => Promise<FormState<T>>;
