// What the per-partner charts show: with 1,000 partners a chart of every one is unreadable, so
// the top ones get a bar each and the rest share one "others" bar. Pure functions.
import type { PartnerFigures } from "./event-figures";

export const TOP_PARTNERS = 20;

export type VisitRow = { label: string; visitors: number; scans: number; partners: number };
export type ShareRow = { label: string; decided: number; shared: number; rate: number; partners: number };

const labelOf = (p: PartnerFigures) => `${p.name} (booth ${p.booth})`;
const othersLabel = (n: number) => `Others (${n} ${n === 1 ? "partner" : "partners"})`;
const byName = (a: PartnerFigures, b: PartnerFigures) => a.name.localeCompare(b.name) || a.id - b.id;

/**
 * Distinct visitors per booth, most visited first. The partners after the top `n` share one row
 * with their average per booth: their sum would dwarf every bar above it (980 small booths
 * together outweigh any one) and hide the comparison the chart is for.
 */
export function visitRows(partners: PartnerFigures[], n = TOP_PARTNERS): VisitRow[] {
  const sorted = [...partners].sort((a, b) => b.visitors - a.visitors || byName(a, b));
  const rows = sorted.slice(0, n).map((p) => ({ label: labelOf(p), visitors: p.visitors, scans: p.scans, partners: 1 }));
  const rest = sorted.slice(n);
  if (rest.length > 0) {
    const average = (key: "visitors" | "scans") => Math.round((rest.reduce((s, p) => s + p[key], 0) / rest.length) * 10) / 10;
    rows.push({
      label: `${othersLabel(rest.length)}, average per booth`,
      visitors: average("visitors"),
      scans: average("scans"),
      partners: rest.length,
    });
  }
  return rows;
}

/** Share rate of the partners with decisions, most decisions first; the rest as one row. */
export function shareRows(partners: PartnerFigures[], n = TOP_PARTNERS): ShareRow[] {
  const decided = partners.filter((p) => p.decided > 0).sort((a, b) => b.decided - a.decided || byName(a, b));
  const row = (label: string, group: PartnerFigures[]): ShareRow => {
    const d = group.reduce((s, p) => s + p.decided, 0);
    const sh = group.reduce((s, p) => s + p.shared, 0);
    return { label, decided: d, shared: sh, rate: d === 0 ? 0 : sh / d, partners: group.length };
  };
  const rows = decided.slice(0, n).map((p) => row(labelOf(p), [p]));
  const rest = decided.slice(n);
  if (rest.length > 0) rows.push(row(othersLabel(rest.length), rest));
  return rows;
}
