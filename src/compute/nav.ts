/**
 * A strategy's daily NAV (REPORT.md "NAV"), built from its snapshots by the recurrence
 *   NAV_t = NAV_(t−1) × (1 + Σ_i w_(i,t−1) × r_(i,t)),   w_(i,t) = w_(i,t−1) (1 + r_(i,t)) / (1 + R_(p,t)),
 * the weights drifting between snapshots and reset to a snapshot's weights at the close of its date.
 * NAV = 1 at the close of the first snapshot. Float64 throughout, nothing rounded.
 */
import { DataError } from '../errors.js';
import type { IsoDate, PriceSeries, Snapshot } from '../types.js';
import { indexOfDate } from './calendar.js';
import { heldReturnBetween } from './returns.js';

/** Ticker → weight (decimal fraction), summing to 1. */
export type Weights = ReadonlyMap<string, number>;

export interface StrategyNav {
  strategy: string;
  /** Calendar index of the first snapshot: NAV = 1 at its close. */
  firstIndex: number;
  /** Calendar index of the last day computed. */
  lastIndex: number;
  /** NAV at the close of calendar day i, for firstIndex ≤ i ≤ lastIndex (NaN before). */
  nav: Float64Array;
  /** R_(p,i): the portfolio's return on calendar day i, for firstIndex < i ≤ lastIndex (NaN before). */
  dailyReturn: Float64Array;
  /** "The weights at date i": held after i's close (drifted, then replaced on a snapshot date). */
  weights: (Weights | undefined)[];
  /** Calendar indices of the snapshot dates up to lastIndex, ascending. */
  snapshotIndices: number[];
}

/** Calendar index of each snapshot's date. @throws DataError for a snapshot dated on a non-trading day. */
export function snapshotIndices(calendar: readonly IsoDate[], snapshots: readonly Snapshot[]): number[] {
  return snapshots.map((s) => {
    const i = indexOfDate(calendar, s.date);
    if (i < 0) {
      throw new DataError([
        { file: 'holdings.csv', line: s.line, message: `snapshot ${s.date} of ${s.strategy} is not a trading day in prices.csv` },
      ]);
    }
    return i;
  });
}

/**
 * The strategy's NAV, daily returns and weights from its first snapshot through calendar day `lastIndex`.
 * Snapshots dated after `lastIndex` are ignored.
 * @throws DataError when the strategy has no snapshot by `lastIndex`, or a held security lacks a close.
 */
export function computeNav(
  calendar: readonly IsoDate[],
  prices: ReadonlyMap<string, PriceSeries>,
  snapshots: readonly Snapshot[],
  lastIndex: number,
  strategy: string,
): StrategyNav {
  const snapshotAt = new Map<number, Snapshot>();
  snapshotIndices(calendar, snapshots).forEach((i, k) => {
    if (i <= lastIndex) snapshotAt.set(i, snapshots[k] as Snapshot);
  });
  const indices = [...snapshotAt.keys()].sort((a, b) => a - b);
  const firstIndex = indices[0];
  if (firstIndex === undefined) {
    throw new DataError([{ file: 'holdings.csv', message: `strategy ${strategy} has no snapshot on or before ${calendar[lastIndex]}` }]);
  }

  const nav = new Float64Array(lastIndex + 1).fill(Number.NaN);
  const dailyReturn = new Float64Array(lastIndex + 1).fill(Number.NaN);
  const weights: (Weights | undefined)[] = new Array<Weights | undefined>(lastIndex + 1).fill(undefined);

  nav[firstIndex] = 1;
  let w: Weights = new Map((snapshotAt.get(firstIndex) as Snapshot).weights);
  weights[firstIndex] = w;
  for (let t = firstIndex + 1; t <= lastIndex; t++) {
    const r = new Map<string, number>();
    let rp = 0;
    for (const [ticker, wi] of w) {
      const ri = heldReturnBetween(prices, calendar, ticker, t - 1, t, strategy);
      r.set(ticker, ri);
      rp += wi * ri;
    }
    nav[t] = (nav[t - 1] as number) * (1 + rp);
    dailyReturn[t] = rp;
    const snapshot = snapshotAt.get(t);
    if (snapshot !== undefined) {
      w = new Map(snapshot.weights);
    } else {
      const drifted = new Map<string, number>();
      for (const [ticker, wi] of w) drifted.set(ticker, (wi * (1 + (r.get(ticker) as number))) / (1 + rp));
      w = drifted;
    }
    weights[t] = w;
  }
  return { strategy, firstIndex, lastIndex, nav, dailyReturn, weights, snapshotIndices: indices };
}

/** NAV at calendar day i. @throws RangeError outside the computed days (a bug, not bad data). */
export function navAt(nav: StrategyNav, i: number): number {
  const v = nav.nav[i];
  if (v === undefined || Number.isNaN(v)) throw new RangeError(`${nav.strategy}: no NAV on calendar day ${i}`);
  return v;
}

/** The weights at calendar day i (after its close). @throws RangeError outside the computed days. */
export function weightsAt(nav: StrategyNav, i: number): Weights {
  const w = nav.weights[i];
  if (w === undefined) throw new RangeError(`${nav.strategy}: no weights on calendar day ${i}`);
  return w;
}

/** The strategy's return from the close of day `from` to the close of day `to`: NAV(to) / NAV(from) − 1. */
export function navReturn(nav: StrategyNav, from: number, to: number): number {
  return navAt(nav, to) / navAt(nav, from) - 1;
}
