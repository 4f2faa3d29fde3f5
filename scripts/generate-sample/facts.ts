/**
 * What the generated data add up to, computed with REPORT.md's rules from the written closes: the
 * README states these figures, the CLI prints them, and the tests check the planted breach with them.
 * A mismatch between these and the report is a bug in one of the two.
 */
import { isoWeekMonday } from '../../src/dates.js';
import { FACTOR_IDS, K } from './factors.js';
import { indexReturn } from './market-model.js';
import { periodReturn, weightsAt } from './nav.js';
import type { World } from './world.js';

/** What every market's data add up to. */
export interface MarketFacts {
  /** config.json's market id. */
  market: string;
  tradingDays: number;
  /** Securities of the market. */
  universe: number;
  /** prices.csv rows of the market's securities. */
  priceRows: number;
  /** The snapshots of 2026-02 and later, as the README lists them. */
  snapshots: { strategy: string; date: string; tickers: string[]; weights: Record<string, number> }[];
  /** Complete months with a base: strategy returns (null before the first snapshot) and index returns, by id. */
  months: { month: string; returns: Record<string, number | null> }[];
}

/** The first market's facts: also the planted breach and the commentary months, which only it has. */
export interface Facts extends MarketFacts {
  breach: { strategy: string; ticker: string; snapshotDate: string; snapshotWeight: number; baseDate: string; driftedWeight: number };
  maxOtherDriftedWeight: { strategy: string; date: string; ticker: string; weight: number };
  /** The weeks (Monday to Friday, cut at the month's ends) of the commentary months: index returns by id. */
  weeks: { month: string; start: string; end: string; returns: Record<string, number> }[];
  factorMonths: { month: string; returns: Record<string, number> }[];
  /** REPORT.md's factor attribution for the commentary months (weights and exposures at base). */
  attribution: { month: string; strategy: string; excess: number; specific: number; active: Record<string, number>; contributions: Record<string, number> }[];
}

export function computeMarketFacts(world: World, priceRows: number): MarketFacts {
  const { market, tl } = world;
  const firstSnap = tl.dayOf(market.firstSnapshot);
  const months: Facts['months'] = [];
  for (const sp of tl.months) {
    if (sp.first === 0 || sp.last === tl.D - 1) continue; // no base, or the incomplete last month
    const a = sp.first - 1;
    const returns: Record<string, number | null> = {};
    for (const s of market.strategies) returns[s.id] = a >= firstSnap ? periodReturn(world, s.id, a, sp.last) : null;
    for (const x of market.indices) returns[x.id] = indexReturn(world, x.id, a, sp.last);
    months.push({ month: sp.key, returns });
  }
  const snapshots = market.strategies.flatMap((x) => world.snaps[x.id]!)
    .filter((s) => s.month >= '2026-02')
    .map((s) => ({ strategy: s.strategy, date: tl.days[s.day]!, tickers: [...s.tickers, ...(s.cashMicro > 0 ? ['CASH'] : [])],
      weights: Object.fromEntries(s.weights) }));
  return { market: market.id, tradingDays: tl.D, universe: world.secs.length, priceRows, snapshots, months };
}

export function computeFacts(world: World, priceRows: number): Facts {
  const { market, tl } = world;
  if (!market.breach) throw new Error(`market ${market.id} has no planted breach: use computeMarketFacts`);
  const base = computeMarketFacts(world, priceRows);
  const firstSnap = tl.dayOf(market.firstSnapshot);
  const weeks: Facts['weeks'] = [];
  const factorMonths: Facts['factorMonths'] = [];
  const attribution: Facts['attribution'] = [];
  for (const key of market.scenario.commentaryMonths) {
    const sp = tl.span(key);
    let t = sp.first;
    while (t <= sp.last) {
      const wk = isoWeekMonday(tl.days[t]!);
      let e = t;
      while (e + 1 <= sp.last && isoWeekMonday(tl.days[e + 1]!) === wk) e++;
      const returns: Record<string, number> = {};
      for (const x of market.indices) returns[x.id] = indexReturn(world, x.id, t - 1, e);
      weeks.push({ month: key, start: tl.days[t]!, end: tl.days[e]!, returns });
      t = e + 1;
    }
    const returns: Record<string, number> = {};
    FACTOR_IDS.forEach((fid, k) => {
      let g = 1;
      for (let d = sp.first; d <= sp.last; d++) g *= 1 + world.f[k * tl.D + d]!;
      returns[fid] = g - 1;
    });
    factorMonths.push({ month: key, returns });
    for (const { id: strategy, benchmark } of market.strategies) {
      const a = sp.first - 1;
      const w = weightsAt(world, strategy, a)!;
      const row = tl.rowOn(a);
      const be = world.bexpo.get(benchmark)!;
      const excess = periodReturn(world, strategy, a, sp.last) - indexReturn(world, benchmark, a, sp.last);
      const contributions: Record<string, number> = {};
      const active: Record<string, number> = {};
      let sum = 0;
      FACTOR_IDS.forEach((fid, k) => {
        let x = -be[row * K + k]!;
        for (const [tk, v] of w) if (tk !== 'CASH') x += v * world.bySym.get(tk)!.expo[row * K + k]!;
        active[fid] = x;
        contributions[fid] = x * returns[fid]!;
        sum += contributions[fid]!;
      });
      attribution.push({ month: key, strategy, excess, specific: excess - sum, active, contributions });
    }
  }
  const breach = market.breach;
  const bSnap = world.snaps[breach.strategy]!.find((s) => s.month === breach.snapshotMonth)!;
  const bBase = tl.span(breach.snapshotMonth).last;
  const drifted = weightsAt(world, breach.strategy, bBase)!.get(breach.ticker)!;
  // The largest weight other than the breach, at every snapshot and every base (where compliance looks).
  let maxOther = { strategy: '', date: '', ticker: '', weight: 0 };
  for (const { id: strategy } of market.strategies) {
    for (let t = firstSnap; t < tl.D; t++) {
      const isBase = world.snapDays[strategy]!.has(t + 1) || t === tl.D - 1;
      const isSnap = world.snapDays[strategy]!.has(t);
      if (!isBase && !isSnap) continue;
      const w = weightsAt(world, strategy, t)!;
      for (const [tk, v] of w) {
        const planned = strategy === breach.strategy && tk === breach.ticker && t >= bSnap.day && t <= bBase;
        if (tk === 'CASH' || planned) continue;
        if (v > maxOther.weight) maxOther = { strategy, date: tl.days[t]!, ticker: tk, weight: v };
      }
    }
  }
  return {
    ...base,
    breach: { strategy: breach.strategy, ticker: breach.ticker, snapshotDate: tl.days[bSnap.day]!,
      snapshotWeight: bSnap.weights.get(breach.ticker)!, baseDate: tl.days[bBase]!, driftedWeight: drifted },
    maxOtherDriftedWeight: maxOther, weeks, factorMonths, attribution,
  };
}
