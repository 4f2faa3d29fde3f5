/**
 * A market's trading days over the sample window, as indices 0…D−1: the model works on day indices
 * (arrays indexed by t), the files on the ISO dates. Also the months and the exposure dates, because
 * exposures, snapshots and targets are all stated per month.
 */
import type { TradingCalendar } from './calendar.js';

export interface MonthSpan {
  key: string;
  first: number;
  last: number;
}

export class Timeline {
  readonly days: string[];
  readonly D: number;
  readonly monthOfDay: string[];
  readonly months: MonthSpan[] = [];
  /** Exposure dates (day indices): the data start and the first trading day of every later month. */
  readonly expDays: number[];
  /** Exposure row in effect for the return of day t (latest row dated ≤ t − 1): DATA.md's "from the day after". */
  readonly expRow: Int32Array;

  constructor(calendar: TradingCalendar, from: string, to: string) {
    this.days = calendar.tradingDays(from, to);
    this.D = this.days.length;
    this.monthOfDay = this.days.map((d) => d.slice(0, 7));
    for (let t = 0; t < this.D; t++) {
      const key = this.monthOfDay[t]!;
      const last = this.months.at(-1);
      if (last && last.key === key) last.last = t;
      else this.months.push({ key, first: t, last: t });
    }
    this.expDays = this.months.map((mo) => mo.first);
    this.expRow = new Int32Array(this.D);
    let row = 0;
    for (let t = 1; t < this.D; t++) {
      while (row + 1 < this.expDays.length && this.expDays[row + 1]! <= t - 1) row++;
      this.expRow[t] = row;
    }
  }

  dayOf(iso: string): number {
    const i = this.days.indexOf(iso);
    if (i < 0) throw new Error(`not a trading day in range: ${iso}`);
    return i;
  }
  span(key: string): MonthSpan {
    const s = this.months.find((x) => x.key === key);
    if (!s) throw new Error(`no month ${key}`);
    return s;
  }
  /** The days a period's returns fall on; day 0 has no return. */
  rangeDays(a: number, b: number): number[] {
    const out: number[] = [];
    for (let t = Math.max(1, a); t <= b; t++) out.push(t);
    return out;
  }
  /** The exposure row dated on or before the day: what a snapshot (or a month's base) on that day sees. */
  rowOn(day: number): number {
    return this.expDays.filter((d) => d <= day).length - 1;
  }
}
