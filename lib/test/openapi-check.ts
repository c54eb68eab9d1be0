// Test helper: a response checked against the OpenAPI document the app serves (lib/api/openapi.ts),
// read as JSON as any client would read it: the status must be documented for the operation,
// and the body must match the schema documented for that status (rebuilt from its JSON Schema
// with zod's z.fromJSONSchema, so nothing of the app's own zod objects is reused).
import { z } from "zod";

type Json = Record<string, unknown>;

function at(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Json)[k] : undefined), value);
}

/** The documented body schema of one response, or null when the status has no body (304). Throws for an undocumented status. */
export function documentedBody(doc: unknown, path: string, method: string, status: number): z.ZodType | null {
  const response = at(doc, "paths", path, method.toLowerCase(), "responses", String(status));
  if (!response) throw new Error(`${method} ${path} answered ${status}, which its OpenAPI document does not name`);
  const schema = at(response, "content", "application/json", "schema") as Json | undefined;
  if (!schema) return null;
  const name = typeof schema.$ref === "string" ? /^#\/components\/schemas\/(\w+)$/.exec(schema.$ref)?.[1] : undefined;
  const resolved = name ? at(doc, "components", "schemas", name) : schema;
  if (!resolved) throw new Error(`No schema ${String(schema.$ref)} in the document's components`);
  return z.fromJSONSchema(resolved as Parameters<typeof z.fromJSONSchema>[0]);
}

/** Throws unless the status is documented and the body (parsed JSON, or null for none) matches what is documented for it. */
export function checkResponse(doc: unknown, path: string, method: string, status: number, body: unknown): void {
  const schema = documentedBody(doc, path, method, status);
  if (!schema) {
    if (body !== null && body !== "") throw new Error(`${status} is documented without a body, but one came`);
    return;
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new Error(`${method} ${path} ${status}: the body does not match its documented schema: ${z.prettifyError(result.error)}\n${JSON.stringify(body).slice(0, 500)}`);
}
