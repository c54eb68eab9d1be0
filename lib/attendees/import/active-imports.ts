// The imports this server process is writing right now. An import recorded as "running" that
// no process is writing (the server restarted mid-way) is shown as interrupted, not as
// running for ever. Kept on globalThis so it survives Next.js' module reloads.
const globalForImports = globalThis as unknown as { fairleadActiveImports?: Set<number> };

export function activeImports(): Set<number> {
  return (globalForImports.fairleadActiveImports ??= new Set());
}
