/**
 * Trailing returns at M's end (REPORT.md "trailing returns"): `1m` from base, `3m`/`6m`/`1y` from the
 * last trading day of the month 3, 6, 12 months before M, `sinceLaunch` from service.launchDate's
 * close (or the last trading day before it). A 1m–1y window starting before launchDate is null for
 * every row; a strategy's window starting before its first snapshot is null.
 */
import { DataError } from '../errors.js';
import type { IndexSeries, IsoDate, Trailing, WindowStarts } from '../types.js';
import { shiftMonth } from '../dates.js';
import { indexOnOrBefore, lastTradingDayOfMonth, type MonthBounds } from './calendar.js';
import { indexReturn } from './index-returns.js';
import { navReturn, type StrategyNav } from './nav.js';

export type { WindowStarts } from '../types.js';

/** The launch close: launchDate if it is a trading day, else the last trading day before it. */
export function launchStart(calendar: readonly IsoDate[], launchDate: IsoDate): IsoDate {
  const i = indexOnOrBefore(calendar, launchDate);
  if (i < 0) {
    throw new DataError([
      { file: 'prices.csv', message: `has no trading day on or before service.launchDate ${launchDate} (first date ${calendar[0]})` },
    ]);
  }
  return calendar[i] as IsoDate;
}

/** Start dates of the trailing windows for month M, with the launch rule applied. */
export function trailingWindowStarts(
  calendar: readonly IsoDate[],
  bounds: MonthBounds,
  launchDate: IsoDate,
): WindowStarts {
  const monthsBack = (k: number): IsoDate | null => {
    const i = lastTradingDayOfMonth(calendar, shiftMonth(bounds.month, -k));
    const start = i < 0 ? null : (calendar[i] as IsoDate);
    return start === null || start < launchDate ? null : start;
  };
  return {
    '1m': monthsBack(1), // = base
    '3m': monthsBack(3),
    '6m': monthsBack(6),
    '1y': monthsBack(12),
    sinceLaunch: launchStart(calendar, launchDate),
  };
}

/**
 * The windows of another market than the first (REPORT.md): each starts on that market's own last
 * trading day of the month k months back, but whether a 1m–1y window is null at all is decided by the
 * first market's starts (`decided`), for every row alike.
 */
export function windowStartsLike(
  calendar: readonly IsoDate[],
  bounds: MonthBounds,
  launchDate: IsoDate,
  decided: WindowStarts,
): WindowStarts {
  const monthsBack = (k: number, key: '1m' | '3m' | '6m' | '1y'): IsoDate | null => {
    if (decided[key] === null) return null;
    const i = lastTradingDayOfMonth(calendar, shiftMonth(bounds.month, -k));
    return i < 0 ? null : (calendar[i] as IsoDate);
  };
  return {
    '1m': monthsBack(1, '1m'),
    '3m': monthsBack(3, '3m'),
    '6m': monthsBack(6, '6m'),
    '1y': monthsBack(12, '1y'),
    sinceLaunch: launchStart(calendar, launchDate),
  };
}

/** Each window's return from its start to the end, via `returnFrom` (null start → null). */
export function trailingReturns(starts: WindowStarts, returnFrom: (start: IsoDate) => number | null): Trailing {
  const from = (start: IsoDate | null): number | null => (start === null ? null : returnFrom(start));
  return {
    '1m': from(starts['1m']),
    '3m': from(starts['3m']),
    '6m': from(starts['6m']),
    '1y': from(starts['1y']),
    sinceLaunch: from(starts.sinceLaunch),
  };
}

/** A strategy's trailing returns: NAV(end) / NAV(start) − 1, null for a window starting before its first snapshot. */
export function strategyTrailing(
  nav: StrategyNav,
  calendar: readonly IsoDate[],
  starts: WindowStarts,
  endIndex: number,
): Trailing {
  const firstSnapshot = calendar[nav.firstIndex] as IsoDate;
  return trailingReturns(starts, (start) =>
    start < firstSnapshot ? null : navReturn(nav, indexOnOrBefore(calendar, start), endIndex),
  );
}

/** An index's trailing returns on its own calendar. */
export function indexTrailing(index: IndexSeries, starts: WindowStarts, end: IsoDate): Trailing {
  return trailingReturns(starts, (start) => indexReturn(index, start, end));
}
