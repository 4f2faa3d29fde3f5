/**
 * The gap rule (DATA.md, prices.csv): a held security must have a row on every trading day from the
 * snapshot date on which it enters through the last trading day it is held. A snapshot's securities
 * are held from its date's close until the close of the strategy's next snapshot date (so a security
 * the next snapshot drops still needs that date's close); those of the last snapshot through the last
 * calendar day, each on the calendar of the security's own market. A gap is an error listing ticker and missing dates; with --allow-gaps the last close is
 * carried forward (dividend 0, split 1: return 0) and each gap is a warning.
 */
import type { Snapshot } from '../types.js';
import type { LoadContext } from './context.js';
import { PRICES, type Prices } from './prices.js';

const LISTED_DATES = 10;

export function checkGaps(
  ctx: LoadContext,
  prices: Prices,
  snapshots: ReadonlyMap<string, readonly Snapshot[]>,
  allowGaps: boolean,
): void {
  // Ticker → which days of its market's calendar it must have a row on, and which strategies hold it.
  const needed = new Map<string, { calendar: readonly string[]; mask: Uint8Array; by: Set<string> }>();
  for (const [strategy, list] of snapshots) {
    for (let s = 0; s < list.length; s++) {
      const snap = list[s]!;
      const next = list[s + 1];
      for (const ticker of snap.weights.keys()) {
        if (ticker === 'CASH' || !prices.series.has(ticker)) continue; // absent tickers: reported by holdings
        const calendar = prices.markets[prices.marketOf.get(ticker)!]!.calendar;
        const n = calendar.length;
        const from = binarySearch(calendar, snap.date);
        if (from < 0) continue; // not a trading day of its market: reported by holdings
        const nextIdx = next === undefined ? -1 : binarySearch(calendar, next.date);
        const to = nextIdx < 0 ? n - 1 : nextIdx;
        let e = needed.get(ticker);
        if (e === undefined) {
          e = { calendar, mask: new Uint8Array(n), by: new Set() };
          needed.set(ticker, e);
        }
        e.mask.fill(1, from, to + 1);
        e.by.add(strategy);
      }
    }
  }

  for (const ticker of [...needed.keys()].sort()) {
    const { calendar, mask, by } = needed.get(ticker)!;
    const n = calendar.length;
    const series = prices.series.get(ticker)!;
    const close = series.close;
    const holders = [...by].join(', ');
    const missing: number[] = [];
    for (let i = 0; i < n; i++) if (mask[i] === 1 && Number.isNaN(close[i]!)) missing.push(i);
    if (missing.length === 0) continue;

    if (!allowGaps) {
      const listed = missing.slice(0, LISTED_DATES).map((i) => calendar[i]!).join(', ');
      const more = missing.length > LISTED_DATES ? `, … (${missing.length} days in all)` : '';
      ctx.error({
        file: PRICES,
        column: 'ticker',
        value: ticker,
        message: `is held (by ${holders}) but has no row on ${missing.length === 1 ? 'trading day' : `${missing.length} trading days`}: ${listed}${more}`,
      });
      continue;
    }

    // --allow-gaps: fill each run of missing days from the last close before it.
    let k = 0;
    while (k < missing.length) {
      let end = k;
      while (end + 1 < missing.length && missing[end + 1] === missing[end]! + 1) end++;
      const first = missing[k]!;
      const last = missing[end]!;
      let prev = first - 1;
      while (prev >= 0 && Number.isNaN(close[prev]!)) prev--;
      const span = first === last ? calendar[first]! : `${calendar[first]!}..${calendar[last]!}`;
      if (prev < 0) {
        ctx.error({
          file: PRICES,
          column: 'ticker',
          value: ticker,
          message: `is held (by ${holders}) but has no row on ${span}, and no earlier close to carry forward (even with --allow-gaps)`,
        });
      } else {
        for (let i = first; i <= last; i++) {
          close[i] = close[prev]!;
          series.dividend[i] = 0;
          series.split[i] = 1;
        }
        ctx.warn({
          file: PRICES,
          column: 'ticker',
          value: ticker,
          message: `is held (by ${holders}) but has no row on ${span} (${last - first + 1} trading day${last === first ? '' : 's'}): the close of ${calendar[prev]!} is carried forward (--allow-gaps)`,
        });
      }
      k = end + 1;
    }
  }
}

/** Index of `x` in an ascending array, or -1. */
export function binarySearch(sorted: readonly string[], x: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
