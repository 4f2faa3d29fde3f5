/**
 * Compact per-key row storage for the universe-sized files (prices.csv, factor_exposures.csv):
 * one RowTrack per ticker holds each row's day number and line in growing Int32Arrays (8 bytes a row,
 * so duplicates among millions of rows are found without a Map of millions of strings), plus the
 * row's numbers in a Float64Array only for the tickers that are kept. The rows of the keys that are
 * not kept (most of a universe) go to one RowLog instead, in file order: thousands of keys then cost
 * no typed arrays of their own, which are slow to make and to grow. A key's rows are only needed when
 * its days do not increase (a duplicate is possible): they are gathered from the log then.
 */

const EMPTY = new Int32Array(0);

/** Rows a segment of the log holds (each segment is made once and never copied). */
const SEGMENT_ROWS = 1 << 16;

/** The rows of the keys that are not kept, in file order: (key id, day, line), 12 bytes a row. */
class RowLog {
  private readonly segments: Int32Array[] = [];
  private segment = EMPTY;
  /** Where the next row goes in `segment`. */
  private k = 0;
  readonly tracks: RowTrack[] = [];
  private gathered = false;

  push(id: number, day: number, line: number): void {
    let k = this.k;
    if (k === this.segment.length) {
      this.segment = new Int32Array(3 * SEGMENT_ROWS);
      this.segments.push(this.segment);
      k = 0;
    }
    const r = this.segment;
    r[k] = id;
    r[k + 1] = day;
    r[k + 2] = line;
    this.k = k + 3;
  }

  /**
   * Gives `track` its own days and lines, with (the first time) every track whose days do not increase,
   * in one pass over the log. Only once the file has been read.
   */
  gather(track: RowTrack): void {
    const want = this.tracks.map((t) => t === track || (!this.gathered && !t.increasing));
    this.gathered = true;
    this.tracks.forEach((t, id) => {
      if (want[id]) {
        t.days = new Int32Array(t.n);
        t.lines = new Int32Array(t.n);
      }
    });
    const fill = new Int32Array(this.tracks.length);
    this.segments.forEach((r, s) => {
      const end = s === this.segments.length - 1 ? this.k : r.length;
      for (let k = 0; k < end; k += 3) {
        const id = r[k]!;
        if (!want[id]) continue;
        const t = this.tracks[id]!;
        const j = fill[id]!++;
        t.days[j] = r[k + 1]!;
        t.lines[j] = r[k + 2]!;
      }
    });
  }
}

export class RowTrack {
  days: Int32Array;
  lines: Int32Array;
  /** `width` numbers per row, or null when the key's values are not kept. */
  values: Float64Array | null;
  n = 0;
  /** True while every day pushed is later than the one before: then no duplicate is possible. */
  increasing = true;
  private last = -Infinity;

  /** `log`: where the rows go when the values are not kept (then `days` and `lines` are filled only when needed). */
  constructor(
    readonly width: number,
    keepValues: boolean,
    capacity = 16,
    private readonly log: RowLog | null = null,
    private readonly id = -1,
  ) {
    const own = log === null ? capacity : 0;
    this.days = own === 0 ? EMPTY : new Int32Array(own);
    this.lines = own === 0 ? EMPTY : new Int32Array(own);
    this.values = keepValues && width > 0 ? new Float64Array(own * width) : null;
  }

  /** Append a row; returns its index (its values go at `index * width`). */
  push(day: number, line: number): number {
    if (day <= this.last) this.increasing = false;
    this.last = day;
    if (this.log !== null) {
      this.log.push(this.id, day, line);
      return this.n++;
    }
    if (this.n === this.days.length) this.grow();
    const i = this.n++;
    this.days[i] = day;
    this.lines[i] = line;
    return i;
  }

  /** The rows in `days` and `lines` (a logged track's are gathered from the log). */
  private own(): void {
    if (this.log !== null && this.days.length < this.n) this.log.gather(this);
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
    this.own();
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
    this.own();
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
  private readonly log = new RowLog();
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
      if (this.keep(key)) t = new RowTrack(this.width, true, 64);
      else {
        t = new RowTrack(this.width, false, 0, this.log, this.log.tracks.length);
        this.log.tracks.push(t);
      }
      this.map.set(key, t);
    }
    this.lastKey = key;
    this.lastTrack = t;
    return t;
  }
}
