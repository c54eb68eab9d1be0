// What the build serves, read from its manifests (NEXT_DIST_DIR as next.config.ts): every page
// and route handler with its methods, and every server action by id. The role × route test
// and the action refusal test compare these with their tables, so nothing the build serves is
// left out of them.
import fs from "node:fs";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR || ".next";
const readJson = <T>(...parts: string[]) => JSON.parse(fs.readFileSync(path.join(distDir, ...parts), "utf8")) as T;

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/**
 * "METHOD /path" for every page (GET) and route handler of the build. Next's own pages
 * (/_not-found, /_global-error) are not the app's. A route handler's methods are what its
 * source exports: the manifest names the file, not its methods; a metadata route
 * (app/manifest.ts) answers GET.
 */
export function buildRoutes(): string[] {
  const manifest = readJson<Record<string, string>>("app-path-routes-manifest.json");
  const routes: string[] = [];
  for (const [entry, route] of Object.entries(manifest)) {
    if (route.startsWith("/_")) continue;
    if (entry.endsWith("/page")) {
      routes.push(`GET ${route}`);
      continue;
    }
    const source = path.join("app", entry.replace(/\/route$/, ""), "route.ts");
    if (!fs.existsSync(source)) {
      routes.push(`GET ${route}`); // a metadata route: app/manifest.ts and the like
      continue;
    }
    const text = fs.readFileSync(source, "utf8");
    const exported = METHODS.filter((m) => new RegExp(`export (async )?(function|const) ${m}\\b`).test(text));
    if (exported.length === 0) throw new Error(`${source} exports no HTTP method`);
    for (const m of exported) routes.push(`${m} ${route}`);
  }
  return routes.sort();
}

export type BuildAction = { id: string; name: string; filename: string; worker: string };

type ActionManifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

/** The app's server actions by id, with the page they are called on (its first worker). */
export function buildActions(): BuildAction[] {
  const manifest = readJson<ActionManifest>("server", "server-reference-manifest.json");
  return Object.entries(manifest.node)
    .filter(([, a]) => a.filename.startsWith("app/"))
    .map(([id, a]) => ({ id, name: a.exportedName, filename: a.filename, worker: Object.keys(a.workers)[0]! }));
}
