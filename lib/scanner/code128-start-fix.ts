// zxing-js 0.23.0 misreads where a Code 128 starts when anything dark precedes it on the row
// (every camera frame): Code128Reader.findStartPattern slides its six bar widths with
// Int32Array.slice(2), which leaves an array of four, so the next candidate is compared on four
// widths and Start B passes for Start C. Codes that begin with four or more digits (ticket
// numbers) then fail their checksum on almost every frame. This is the Java original's logic
// (arraycopy within the six), installed once over the static method the reader calls.
import { BitArray, Code128Reader, NotFoundException, OneDReader } from "@zxing/library";

type Internals = {
  findStartPattern: (row: BitArray) => Int32Array;
  CODE_PATTERNS: Int32Array[];
  MAX_AVG_VARIANCE: number;
  MAX_INDIVIDUAL_VARIANCE: number;
  CODE_START_A: number;
  CODE_START_C: number;
};
type WithVariance = { patternMatchVariance: (counters: Int32Array, pattern: Int32Array, max: number) => number };

function findStartPattern(row: BitArray): Int32Array {
  const reader = Code128Reader as unknown as Internals;
  const variance = (OneDReader as unknown as WithVariance).patternMatchVariance;
  const width = row.getSize();
  const rowOffset = row.getNextSet(0);
  const counters = new Int32Array(6);
  let counterPosition = 0;
  let patternStart = rowOffset;
  let isWhite = false;
  for (let i = rowOffset; i < width; i++) {
    if (row.get(i) !== isWhite) {
      counters[counterPosition]!++;
      continue;
    }
    if (counterPosition === 5) {
      let bestVariance = reader.MAX_AVG_VARIANCE;
      let bestMatch = -1;
      for (let start = reader.CODE_START_A; start <= reader.CODE_START_C; start++) {
        const v = variance(counters, reader.CODE_PATTERNS[start]!, reader.MAX_INDIVIDUAL_VARIANCE);
        if (v < bestVariance) [bestVariance, bestMatch] = [v, start];
      }
      // Quiet zone before the start pattern: at least half its width.
      if (bestMatch >= 0 && row.isRange(Math.max(0, patternStart - (i - patternStart) / 2), patternStart, false)) {
        return Int32Array.from([patternStart, i, bestMatch]);
      }
      patternStart += counters[0]! + counters[1]!;
      counters.copyWithin(0, 2); // keep all six: the bug was here
      counters[4] = 0;
      counters[5] = 0;
      counterPosition--;
    } else {
      counterPosition++;
    }
    counters[counterPosition] = 1;
    isWhite = !isWhite;
  }
  throw new NotFoundException();
}

let installed = false;

/** Replaces the faulty start-pattern search (idempotent). */
export function fixCode128StartPattern(): void {
  if (installed) return;
  (Code128Reader as unknown as Internals).findStartPattern = findStartPattern;
  installed = true;
}
