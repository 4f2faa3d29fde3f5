/**
 * Compact per-key row storage for the universe-sized files (prices.csv, factor_exposures.csv):
 * one RowTrack per ticker holds each row's day number and line in growing Int32Arrays (8 bytes a row,
 * so duplicates among millions of rows are found without a Map of millions of strings), plus the
 * row's numbers in a Float64Array only for the tickers that are kept.
 */

export class RowTrack {
  days: Int32Array;
  lines: Int32Array;
  /** `width` numbers per row, or null when the key's values are not kept. */
  values: Float64Array | null;
  n = 0;
  /** True while every day pushed is later than the one before: then no duplicate is possible. */
  increasing = true;
  private last = -Infinity;

  constructor(
    readonly width: number,
    keepValues: boolean,
    capacity = 16,
  ) {
    this.days = new Int32Array(capacity);
    this.lines = new Int32Array(capacity);
    this.values = keepValues && width > 0 ? new Float64Array(capacity * width) : null;
  }

  /** Append a row; returns its index (its values go at `index * width`). */
  push(day: number, line: number): number {
    if (this.n === this.days.length) this.grow();
    const i = this.n++;
    this.days[i] = day;
    this.lines[i] = line;
    if (day <= this.last) this.increasing = false;
    this.last = day;
    return i;
  }

  private grow(): void {
    const cap = this.days.length * 2;
    const days = new Int32Array(cap);
    days.set(this.days);
    this.days = days;
    const lines = new Int32Array(cap);
    lines.set(this.lines);
    this.lines = lines;
    if (this.values !== null) {
      const values = new Float64Array(cap * this.width);
      values.set(this.values);
      this.values = values;
    }
  }

  /** Row indexes in (day, line) order. */
  order(): Uint32Array {
    const idx = new Uint32Array(this.n);
    for (let i = 0; i < this.n; i++) idx[i] = i;
    if (!this.increasing) {
      const { days, lines } = this;
      idx.sort((a, b) => days[a]! - days[b]! || lines[a]! - lines[b]!);
    }
    return idx;
  }

  /** Every row whose day repeats an earlier row's: its line, and the first row's line. */
  duplicates(): { day: number; line: number; firstLine: number }[] {
    if (this.increasing) return [];
    const out: { day: number; line: number; firstLine: number }[] = [];
    const idx = this.order();
    let firstLine = -1;
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k]!;
      const day = this.days[i]!;
      if (k > 0 && day === this.days[idx[k - 1]!]) out.push({ day, line: this.lines[i]!, firstLine });
      else firstLine = this.lines[i]!;
    }
    return out;
  }
}

/** RowTracks by key, with a one-entry cache for files sorted by key. */
export class RowTracks {
  readonly map = new Map<string, RowTrack>();
  private lastKey: string | null = null;
  private lastTrack: RowTrack | null = null;

  constructor(
    private readonly width: number,
    private readonly keep: (key: string) => boolean,
  ) {}

  get(key: string): RowTrack {
    if (key === this.lastKey) return this.lastTrack!;
    let t = this.map.get(key);
    if (t === undefined) {
      const keep = this.keep(key);
      t = new RowTrack(this.width, keep, keep ? 64 : 16);
      this.map.set(key, t);
    }
    this.lastKey = key;
    this.lastTrack = t;
    return t;
  }
}
