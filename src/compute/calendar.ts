/**
 * The trading calendar (REPORT.md "Definitions"): the distinct dates of prices.csv, ascending.
 * Dates are ISO strings, so string order is date order; calendar-day arithmetic is src/dates.ts.
 */
import { lastDayOfMonth, shiftMonth } from '../dates.js';
import { UsageError } from '../errors.js';
import type { IsoDate, Month } from '../types.js';

/** Index of the last date ≤ `date` in an ascending list of dates; −1 when every date is later. */
export function indexOnOrBefore(dates: readonly IsoDate[], date: IsoDate): number {
  let lo = 0;
  let hi = dates.length; // invariant: dates[<lo] ≤ date < dates[≥hi]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] as IsoDate) <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of `date` in an ascending list of dates; −1 when absent. */
export function indexOfDate(dates: readonly IsoDate[], date: IsoDate): number {
  const i = indexOnOrBefore(dates, date);
  return i >= 0 && dates[i] === date ? i : -1;
}

/**
 * Calendar index of the last trading day of `month`, or of the last trading day before it when the
 * calendar has none in that month; −1 when the calendar starts later.
 */
export function lastTradingDayOfMonth(calendar: readonly IsoDate[], month: Month): number {
  return indexOnOrBefore(calendar, lastDayOfMonth(month));
}

/** Where month M sits in the calendar. */
export interface MonthBounds {
  month: Month;
  /** The last trading day before M, and its calendar index. */
  base: IsoDate;
  baseIndex: number;
  /** The last trading day in M, and its calendar index. */
  end: IsoDate;
  endIndex: number;
  /** Calendar index of the first trading day in M (= baseIndex + 1). */
  firstIndex: number;
  /** The trading days of M, ascending. */
  days: IsoDate[];
  /** M is complete: prices.csv has a date after M. */
  complete: boolean;
}

/**
 * Base, end and trading days of `month`.
 * @param market named in the messages when there are several markets
 * @throws UsageError when the calendar has no trading day in M or none before it.
 */
export function monthBounds(calendar: readonly IsoDate[], month: Month, market?: string): MonthBounds {
  const source = market === undefined ? 'prices.csv' : `prices.csv (market ${market})`;
  const last = calendar[calendar.length - 1];
  const endIndex = lastTradingDayOfMonth(calendar, month);
  const baseIndex = lastTradingDayOfMonth(calendar, shiftMonth(month, -1));
  if (endIndex === baseIndex) {
    const where = last === undefined ? 'prices.csv has no rows' : `last date ${last}`;
    throw new UsageError(`no prices for ${month} in ${source} (${where})`);
  }
  if (baseIndex < 0) {
    throw new UsageError(
      `no trading day before ${month} in ${source} (first date ${calendar[0] as IsoDate}): ` +
        `the month's return starts from the close of the last trading day before ${month}`,
    );
  }
  return {
    month,
    base: calendar[baseIndex] as IsoDate,
    baseIndex,
    end: calendar[endIndex] as IsoDate,
    endIndex,
    firstIndex: baseIndex + 1,
    days: calendar.slice(baseIndex + 1, endIndex + 1),
    complete: endIndex < calendar.length - 1,
  };
}

/**
 * Refuses an incomplete month unless the run is a preliminary (速報) one.
 * @throws UsageError naming the last date of prices.csv and suggesting --partial.
 */
export function assertMonthComplete(bounds: MonthBounds, partial: boolean, market?: string): void {
  if (bounds.complete || partial) return;
  const where = market === undefined ? 'prices.csv has' : `prices.csv has, for market ${market},`;
  throw new UsageError(
    `${bounds.month} is not complete: ${where} no date after ${bounds.month} (last date ${bounds.end}); ` +
      `use --partial for a preliminary (速報) report`,
  );
}

/**
 * Why an explicit --as-of date does not fit the report, or null: it may not be before `end` (the
 * report would be dated before its own figures) nor after `lastDate`, the last date of prices.csv
 * (dated after any data the run has).
 */
export function asOfProblem(asOf: IsoDate, end: IsoDate, lastDate: IsoDate): string | null {
  if (asOf < end) return `--as-of ${asOf} is before ${end}, the last trading day the report covers: it would be dated before its own figures`;
  if (asOf > lastDate) return `--as-of ${asOf} is after ${lastDate}, the last date in prices.csv: it would be dated after any data it has`;
  return null;
}
