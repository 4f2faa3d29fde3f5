/**
 * A security's daily total return (DATA.md "prices.csv"), dividends included (配当込みリターン):
 * `r_t = split_t × (close_t + dividend_t) / close_(t−1) − 1`, t−1 the previous trading day.
 */
import { DataError } from '../errors.js';
import type { IsoDate, PriceSeries } from '../types.js';

/** Ticker of the cash line: return 0, never in prices.csv. */
export const CASH = 'CASH';

/** The security's return on calendar day `i` (close of i−1 to close of i), decimal; NaN if either close is missing. */
export function securityDailyReturn(series: PriceSeries, i: number): number {
  const prev = series.close[i - 1];
  const close = series.close[i];
  if (prev === undefined || close === undefined) return Number.NaN;
  return ((series.split[i] ?? 1) * (close + (series.dividend[i] ?? 0))) / prev - 1;
}

/**
 * The security's return from the close of calendar day `from` to the close of day `to`
 * (daily returns compounded), decimal; NaN if a close is missing on the way.
 */
export function securityReturnBetween(series: PriceSeries, from: number, to: number): number {
  let growth = 1;
  for (let i = from + 1; i <= to; i++) growth *= 1 + securityDailyReturn(series, i);
  return growth - 1;
}

/**
 * A held line's return from the close of calendar day `from` to the close of day `to`: 0 for CASH,
 * else the security's compounded total return.
 * @throws DataError naming prices.csv when the ticker or one of its closes is missing while held.
 */
export function heldReturnBetween(
  prices: ReadonlyMap<string, PriceSeries>,
  calendar: readonly IsoDate[],
  ticker: string,
  from: number,
  to: number,
  holder: string,
): number {
  if (ticker === CASH) return 0;
  const series = prices.get(ticker);
  if (series === undefined) {
    throw new DataError([{ file: 'prices.csv', message: `${ticker} (held by ${holder}) has no rows` }]);
  }
  const r = securityReturnBetween(series, from, to);
  if (Number.isNaN(r)) {
    const missing: IsoDate[] = [];
    for (let i = from; i <= to; i++) if (Number.isNaN(series.close[i] ?? Number.NaN)) missing.push(calendar[i] as IsoDate);
    throw new DataError([
      { file: 'prices.csv', message: `${ticker} (held by ${holder}) has no close on ${missing.join(', ')}` },
    ]);
  }
  return r;
}
