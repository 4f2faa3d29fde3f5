/**
 * Weeks of M (REPORT.md "weeks"): M's trading days (the prices.csv calendar) grouped by ISO week,
 * Monday–Sunday, numbered 1..n in order. An index's return for week k runs from its level on or
 * before the trading day preceding the week's first day to its level on or before the week's last
 * day, so the weeks chain and compound to the month return.
 */
import type { IndexSeries, IsoDate, WeekReport } from '../types.js';
import { isoWeekMonday } from '../dates.js';
import type { MonthBounds } from './calendar.js';
import { indexReturn, requireIndex } from './index-returns.js';

export interface TradingWeek {
  number: number;
  /** First and last trading day of the week inside M. */
  start: IsoDate;
  end: IsoDate;
  /** The trading day before `start` (may be in the previous month): where the week's return starts. */
  previous: IsoDate;
}

/** M's trading weeks, in order. */
export function tradingWeeks(calendar: readonly IsoDate[], bounds: MonthBounds): TradingWeek[] {
  const weeks: TradingWeek[] = [];
  let monday = '';
  for (let i = bounds.firstIndex; i <= bounds.endIndex; i++) {
    const day = calendar[i] as IsoDate;
    const m = isoWeekMonday(day);
    const current = weeks[weeks.length - 1];
    if (current !== undefined && m === monday) {
      current.end = day;
    } else {
      monday = m;
      weeks.push({ number: weeks.length + 1, start: day, end: day, previous: calendar[i - 1] as IsoDate });
    }
  }
  return weeks;
}

/** Each week's return of each weekly index, keyed in weeklyIndices order. */
export function weekReports(
  weeks: readonly TradingWeek[],
  indices: ReadonlyMap<string, IndexSeries>,
  weeklyIndices: readonly string[],
): WeekReport[] {
  const series = weeklyIndices.map((id) => ({ id, index: requireIndex(indices, id) }));
  return weeks.map((w) => {
    const returns: Record<string, number> = {};
    for (const { id, index } of series) returns[id] = indexReturn(index, w.previous, w.end);
    return { number: w.number, start: w.start, end: w.end, returns };
  });
}
