/**
 * nav.ts and contributions.ts against the currency-units reference (reference-nav.ts) on a few hundred
 * random small datasets: random walks with dividends and splits, snapshots before and inside the month
 * (sometimes on base or end), CASH lines, tickers entering and leaving. Seeded, so every run is the same.
 */
import { describe, expect, it } from 'vitest';
import { monthBounds } from '../../src/compute/calendar.js';
import { monthContributions } from '../../src/compute/contributions.js';
import { computeNav, navAt, navReturn, weightsAt } from '../../src/compute/nav.js';
import type { Dataset } from '../../src/types.js';
import { buildDataset, weekdays, type SnapshotInput, type TickerInput } from '../helpers/dataset-builder.js';
import { referenceContributions, referencePortfolio } from './reference-nav.js';

/** mulberry32: a small seeded PRNG, uniform on [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  dataset: Dataset;
  month: string;
}

function randomCase(seed: number): Case {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const calendar = weekdays('2026-01-19', '2026-04-10').filter(() => rnd() > 0.05);
  const month = rnd() < 0.5 ? '2026-02' : '2026-03';
  const n = calendar.length;

  const tickers: Record<string, TickerInput> = {};
  const names = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].slice(0, int(2, 5));
  for (const name of names) {
    const close: number[] = [];
    const dividend: Record<string, number> = {};
    const split: Record<string, number> = {};
    let price = 10 + rnd() * 190;
    for (let i = 0; i < n; i++) {
      if (i > 0) {
        const r = (rnd() - 0.5) * 0.1; // daily total return in (−5%, 5%)
        const d = rnd() < 0.04 ? price * rnd() * 0.03 : 0;
        const s = rnd() < 0.015 ? ([2, 3, 0.5, 10][int(0, 3)] as number) : 1;
        // split × (close + dividend) / prev = 1 + r
        price = (price * (1 + r)) / s - d;
        if (d > 0) dividend[calendar[i]!] = d;
        if (s !== 1) split[calendar[i]!] = s;
      }
      close.push(price);
    }
    tickers[name] = { close, dividend, split };
  }

  const bounds = monthBounds(calendar, month);
  const randomWeights = (): Record<string, number> => {
    const w: Record<string, number> = {};
    for (const t of names) if (rnd() < 0.7) w[t] = 0.05 + rnd();
    if (rnd() < 0.3) w['CASH'] = 0.05 + rnd() * 0.3;
    if (Object.keys(w).length === 0) w[names[0]!] = 1;
    return w;
  };
  const dates = new Set<number>([int(0, bounds.baseIndex)]);
  for (let k = int(0, 4); k > 0; k--) dates.add(int(Math.min(...dates), bounds.endIndex));
  if (rnd() < 0.25) dates.add(bounds.baseIndex);
  if (rnd() < 0.25) dates.add(bounds.endIndex);
  const snapshots: SnapshotInput[] = [...dates].sort((a, b) => a - b).map((i) => ({ date: calendar[i]!, weights: randomWeights() }));

  return { dataset: buildDataset({ calendar, tickers, snapshots }), month };
}

const CASES = 300;

describe('cross-check against a currency-units reference on random datasets', () => {
  it(`NAV and the weights at every date agree (${CASES} seeded cases)`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { dataset, month } = randomCase(seed);
      const bounds = monthBounds(dataset.calendar, month);
      const nav = computeNav(dataset.calendar, dataset.prices, dataset.snapshots.get('S1')!, bounds.endIndex, 'S1');
      const reference = referencePortfolio(dataset, 'S1', bounds.endIndex);
      for (const [i, day] of reference) {
        expect(Math.abs(navAt(nav, i) / day.total - 1), `seed ${seed} day ${i} NAV`).toBeLessThan(1e-12);
        const weights = weightsAt(nav, i);
        expect([...weights.keys()].sort(), `seed ${seed} day ${i} tickers`).toEqual([...day.after.keys()].sort());
        for (const [ticker, value] of day.after) {
          expect(Math.abs(weights.get(ticker)! - value / day.total), `seed ${seed} day ${i} ${ticker}`).toBeLessThan(1e-12);
        }
      }
    }
  });

  it(`contributions agree and add up to the month return (${CASES} seeded cases)`, () => {
    for (let seed = 1; seed <= CASES; seed++) {
      const { dataset, month } = randomCase(seed);
      const bounds = monthBounds(dataset.calendar, month);
      const nav = computeNav(dataset.calendar, dataset.prices, dataset.snapshots.get('S1')!, bounds.endIndex, 'S1');
      const rows = monthContributions(nav, bounds, dataset.calendar, dataset.prices);
      const reference = referenceContributions(dataset, 'S1', bounds.baseIndex, bounds.endIndex);
      const monthReturn = navReturn(nav, bounds.baseIndex, bounds.endIndex);

      expect(Math.abs(monthReturn - reference.monthReturn), `seed ${seed} month`).toBeLessThan(1e-12);
      expect(rows.map((r) => r.ticker).sort(), `seed ${seed} contributors`).toEqual([...reference.byTicker.keys()].sort());
      for (const row of rows) {
        const ref = reference.byTicker.get(row.ticker)!;
        expect(Math.abs(row.contribution - ref.contribution), `seed ${seed} ${row.ticker} contribution`).toBeLessThan(1e-12);
        expect(Math.abs(row.weight - ref.weight), `seed ${seed} ${row.ticker} weight`).toBeLessThan(1e-12);
        expect(Math.abs(row.return - ref.return), `seed ${seed} ${row.ticker} return`).toBeLessThan(1e-12);
      }
      const total = rows.reduce((s, r) => s + r.contribution, 0);
      expect(Math.abs(total - monthReturn), `seed ${seed} sum`).toBeLessThan(1e-14);
    }
  });
});
