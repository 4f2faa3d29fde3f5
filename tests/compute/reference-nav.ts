/**
 * A second, deliberately plain implementation of a strategy's NAV and contributions, for cross-checking
 * src/compute: it holds positions in currency units instead of weights.
 *
 * - At a snapshot's close the portfolio's value is split by the snapshot's weights: shares = w × value / close,
 *   and CASH is an amount of currency.
 * - Each day: a split multiplies the shares; a dividend (per post-split share) is paid in cash and
 *   bought back into the same security at that day's close (which is what a total return means).
 * - NAV is the portfolio's value over its value at the first snapshot.
 * - A security's contribution to a month is the money it made in that month over the value at base.
 */
import type { Dataset, IsoDate } from '../../src/types.js';

export interface ReferenceDay {
  /** Value of each line (ticker → currency) at the close, before any rebalance that day. */
  before: Map<string, number>;
  /** Value of each line after that day's rebalance (the same as `before` on other days). */
  after: Map<string, number>;
  total: number;
}

/** Calendar index → the portfolio on that day, from the first snapshot to `lastIndex`. */
export function referencePortfolio(dataset: Dataset, strategy: string, lastIndex: number): Map<number, ReferenceDay> {
  const { calendar, prices } = dataset;
  const snapshots = new Map(
    (dataset.snapshots.get(strategy) ?? []).map((s) => [calendar.indexOf(s.date), s.weights] as const),
  );
  const first = Math.min(...snapshots.keys());
  const shares = new Map<string, number>(); // securities
  let cash = 0;
  const days = new Map<number, ReferenceDay>();

  const closeOf = (ticker: string, i: number): number => prices.get(ticker)!.close[i]!;
  const values = (i: number): Map<string, number> => {
    const v = new Map<string, number>();
    for (const [ticker, n] of shares) v.set(ticker, n * closeOf(ticker, i));
    if (cash !== 0) v.set('CASH', cash);
    return v;
  };
  const sum = (v: Map<string, number>): number => [...v.values()].reduce((a, b) => a + b, 0);

  for (let i = first; i <= lastIndex; i++) {
    if (i > first) {
      for (const [ticker, n] of shares) {
        const p = prices.get(ticker)!;
        const afterSplit = n * p.split[i]!;
        const dividendCash = afterSplit * p.dividend[i]!;
        shares.set(ticker, afterSplit + dividendCash / p.close[i]!);
      }
    }
    const before = i === first ? new Map<string, number>() : values(i);
    const total = i === first ? 1 : sum(before);
    const weights = snapshots.get(i);
    if (weights !== undefined) {
      shares.clear();
      cash = 0;
      for (const [ticker, w] of weights) {
        if (ticker === 'CASH') cash = w * total;
        else shares.set(ticker, (w * total) / closeOf(ticker, i));
      }
    }
    days.set(i, { before, after: values(i), total });
  }
  return days;
}

export interface ReferenceContribution {
  weight: number;
  return: number;
  contribution: number;
}

/**
 * Each security's money made between base and end over the portfolio's value at base; its weight when
 * first held in the month; its return over the stretches it was held (value at the end of a stretch over
 * its value at the start).
 */
export function referenceContributions(
  dataset: Dataset,
  strategy: string,
  baseIndex: number,
  endIndex: number,
): { monthReturn: number; byTicker: Map<string, ReferenceContribution> } {
  const days = referencePortfolio(dataset, strategy, endIndex);
  const day = (i: number): ReferenceDay => days.get(i)!;
  const snapshotDates = new Set((dataset.snapshots.get(strategy) ?? []).map((s) => s.date));
  const isRebalance = (i: number): boolean => snapshotDates.has(dataset.calendar[i] as IsoDate);

  const baseValue = day(baseIndex).total;
  const rows = new Map<string, { weight: number; growth: number; money: number }>();
  let stretchStart = baseIndex;
  for (let i = baseIndex + 1; i <= endIndex; i++) {
    // money made on day i by each line held after the close of i − 1
    for (const [ticker, v] of day(i - 1).after) {
      if (ticker === 'CASH') continue;
      const row = rows.get(ticker) ?? { weight: v / day(i - 1).total, growth: 1, money: 0 };
      row.money += (day(i).before.get(ticker) ?? 0) - v;
      rows.set(ticker, row);
    }
    if (i === endIndex || isRebalance(i)) {
      // a stretch ends: compound each held line's return over it
      for (const [ticker, v] of day(stretchStart).after) {
        if (ticker === 'CASH') continue;
        rows.get(ticker)!.growth *= day(i).before.get(ticker)! / v;
      }
      stretchStart = i;
    }
  }
  const byTicker = new Map<string, ReferenceContribution>();
  for (const [ticker, row] of rows) {
    byTicker.set(ticker, { weight: row.weight, return: row.growth - 1, contribution: row.money / baseValue });
  }
  return { monthReturn: day(endIndex).total / baseValue - 1, byTicker };
}
