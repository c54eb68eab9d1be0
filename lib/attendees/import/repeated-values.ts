// A registration export repeats a few values down a column (a country, a ticket type, "Yes", a
// company): each such value is kept once, as a workbook keeps its shared strings, not once per
// row. Per column, short values only, and at most a thousand or so: a column of unique values
// (emails, order numbers) stops being looked up once its table is full.
const MAX_CHARS = 40;
const MAX_VALUES = 1_024;

export class RepeatedValues {
  // null: the column holds too many different values to be worth it.
  private readonly columns: (Map<string, string> | null | undefined)[] = [];

  /** The value, or the equal string already kept for this column. */
  of(column: number, value: string): string {
    if (value.length > MAX_CHARS) return value;
    let seen = this.columns[column];
    if (seen === null) return value;
    if (seen === undefined) this.columns[column] = seen = new Map();
    const known = seen.get(value);
    if (known !== undefined) return known;
    if (seen.size >= MAX_VALUES) this.columns[column] = null;
    else seen.set(value, value);
    return value;
  }
}
