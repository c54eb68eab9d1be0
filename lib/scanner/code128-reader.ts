// zxing-js 0.23.0's Code128Reader misplaces where a Code 128 starts once anything dark precedes
// it on the row (every camera frame): its start-pattern search slides its six bar widths with
// Int32Array.slice(2), which leaves four, so every later candidate is compared on four widths
// and Start B passes for Start C. Codes that begin with four or more digits (ticket numbers)
// then fail their checksum. Its search is right on a row's first six widths, so this reader
// finds the start as the Java original does and hands zxing the row with everything before
// that start made white. docs/decisions/017-zxing-fixes.md; delete this file when
// code128-reader.test.ts reports that stock zxing reads ticket numbers.
import { BitArray, Code128Reader, NotFoundException, type DecodeHintType, type Result } from "@zxing/library";

/** Start A, B and C (ISO/IEC 15417), as bar and space widths in modules. */
const START_PATTERNS = [
  [2, 1, 1, 4, 1, 2],
  [2, 1, 1, 2, 1, 4],
  [2, 1, 1, 2, 3, 2],
].map((p) => Int32Array.from(p));
// zxing's own thresholds for Code 128 (private in Code128Reader).
const MAX_AVG_VARIANCE = 0.25;
const MAX_INDIVIDUAL_VARIANCE = 0.7;

export class TicketSafeCode128Reader extends Code128Reader {
  override decodeRow(rowNumber: number, row: BitArray, hints?: Map<DecodeHintType, unknown>): Result {
    const start = TicketSafeCode128Reader.startOf(row);
    return super.decodeRow(rowNumber, start === row.getNextSet(0) ? row : whiteBefore(row, start), hints);
  }

  /** Where the first start pattern with a quiet zone (half its width) begins. */
  private static startOf(row: BitArray): number {
    const width = row.getSize();
    const counters = new Int32Array(6);
    let counterPosition = 0;
    let patternStart = row.getNextSet(0);
    let isWhite = false;
    for (let i = patternStart; i < width; i++) {
      if (row.get(i) !== isWhite) {
        counters[counterPosition]!++;
        continue;
      }
      if (counterPosition === 5) {
        const matches = START_PATTERNS.some((p) => this.patternMatchVariance(counters, p, MAX_INDIVIDUAL_VARIANCE) < MAX_AVG_VARIANCE);
        if (matches && row.isRange(Math.max(0, patternStart - (i - patternStart) / 2), patternStart, false)) return patternStart;
        patternStart += counters[0]! + counters[1]!;
        counters.copyWithin(0, 2); // keep all six widths: zxing-js 0.23 keeps four here
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
}

/** A copy of `row` with every bit before `start` cleared (zxing reuses and reverses its row). */
function whiteBefore(row: BitArray, start: number): BitArray {
  const bits = row.getBitArray().slice();
  const word = start >> 5;
  bits.fill(0, 0, word);
  bits[word]! &= -1 << (start & 31);
  return new BitArray(row.getSize(), bits);
}
