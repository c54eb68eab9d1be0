// The organizer's "New drawing" form, as strings, turned into createDrawing's input. The form
// edge only converts; NewDrawingInput (create-drawing.ts) validates and names the bad fields.
import { z } from "zod";
import type { NewDrawingInput } from "./create-drawing";

const Text = z.string().optional().default("");

export const DrawingForm = z.object({
  name: Text,
  prize: Text,
  nameDe: Text,
  prizeDe: Text,
  winners: Text,
  rule: z.enum(["booths", "fraction"], { message: "Choose how many booths make an entry eligible." }),
  minPartners: Text,
  minFraction: Text,
  /** "YYYY-MM-DDTHH:mm" from a datetime-local input, in the browser's time zone. */
  closesAt: Text,
  /** Minutes after the close during which offline phones' visits still arrive in time. */
  graceMinutes: Text,
  /** Named witnesses, one per line. */
  witnesses: Text,
  /** The browser's Date#getTimezoneOffset(): minutes to add to local time to get UTC. */
  tzOffset: z.coerce.number().int().min(-1000).max(1000).catch(0),
});
export type DrawingFormValues = z.input<typeof DrawingForm>;

const number = (s: string) => (s.trim() === "" ? undefined : Number(s));

export function drawingInputFromForm(values: z.output<typeof DrawingForm>): z.input<typeof NewDrawingInput> {
  const rule = values.rule;
  return {
    name: values.name,
    prize: values.prize,
    nameDe: values.nameDe,
    prizeDe: values.prizeDe,
    winners: number(values.winners),
    minPartners: rule === "booths" ? (number(values.minPartners) ?? Number.NaN) : null,
    minFraction: rule === "fraction" ? (number(values.minFraction) ?? Number.NaN) : null,
    closesAt: localToUtc(values.closesAt, values.tzOffset),
    graceMinutes: number(values.graceMinutes),
    witnesses: values.witnesses
      .split(/\r?\n/)
      .map((w) => w.trim())
      .filter((w) => w !== ""),
  };
}

/** A datetime-local value read in the browser's zone; anything else goes on to be refused as a date. */
export function localToUtc(local: string, tzOffsetMinutes: number): Date | string | null {
  const trimmed = local.trim();
  if (trimmed === "") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(trimmed);
  if (!m) return trimmed;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi) + tzOffsetMinutes * 60_000);
}
