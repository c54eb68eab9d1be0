// A ledger row in a receipt: every field the row's hash covers, so that the hash can be
// recomputed from the receipt alone with the ledger's own function (entryHash in ../ledger.ts).
// Generic over the row's columns, so a field the ledger adds to its hash travels with it.
import type { ConsentEvent } from "@/db/schema";
import type { LedgerEntry } from "../ledger";

type Encoded = Record<string, unknown>;

export function encodeEntry(row: ConsentEvent): Encoded {
  const { id: _id, prevHash: _prev, hash: _hash, ...entry } = row;
  return Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, v instanceof Date ? { $date: v.toISOString() } : v]));
}

const isDate = (v: unknown): v is { $date: string } =>
  typeof v === "object" && v !== null && Object.keys(v).length === 1 && typeof (v as { $date?: unknown }).$date === "string";

/** The entry back as the ledger hashes it; throws on a time that is not one. */
export function decodeEntry(encoded: Encoded): LedgerEntry {
  return Object.fromEntries(
    Object.entries(encoded).map(([k, v]) => {
      if (!isDate(v)) return [k, v];
      const date = new Date(v.$date);
      if (Number.isNaN(date.getTime())) throw new Error(`${k} is not a time`);
      return [k, date];
    }),
  ) as LedgerEntry;
}
