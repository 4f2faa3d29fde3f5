/**
 * A market's price model, part 1: the market factor m and the indices. Index returns are
 * beta · m + Σ_k b_k · f_k + noise, with b the benchmark exposures (drifting a little month to month), and
 * index levels are rounded to 2 decimals as indices.csv writes them. The scenario's anchor index (beta 1)
 * steers m: shifting m, not the index's noise, moves every security with the market, as a real month does.
 */
import { K, factorDot } from './factors.js';
import type { Market, PriceModel } from './market.js';
import { round, solveShift } from './numeric.js';
import type { Streams } from './rng.js';
import type { Timeline } from './timeline.js';
import type { World } from './world.js';

export interface MarketFactor {
  /** Daily market return; m[0] = 0 (day 0 has no return). */
  m: Float64Array;
  /** Each day's volatility relative to normal, which also scales the factor returns. */
  volScale: Float64Array;
}

export function marketFactor(model: PriceModel, tl: Timeline, rng: Streams): MarketFactor {
  const r = rng(model.stream);
  const m = new Float64Array(tl.D);
  const volScale = new Float64Array(tl.D);
  let lv = 0;
  for (let t = 0; t < tl.D; t++) {
    lv = model.volPersistence * lv + model.volShock * r.normal();
    const mult = model.volMult[tl.monthOfDay[t]!] ?? 1;
    volScale[t] = Math.exp(lv) * mult;
    const x = model.drift + model.vol * volScale[t]! * r.normal();
    m[t] = t === 0 ? 0 : x;
  }
  return { m, volScale };
}

export interface Indices {
  /** Index → benchmark exposures, one K-row per exposure date, rounded to 4 decimals. */
  bexpo: Map<string, Float64Array>;
  /** Index → daily level. */
  levels: Map<string, Float64Array>;
}

/** The indices of the market; shifts m in place so that the anchor index meets its month and week targets. */
export function simulateIndices(market: Market, tl: Timeline, rng: Streams, m: Float64Array, f: Float64Array): Indices {
  const J = tl.expDays.length;
  const bexpo = new Map<string, Float64Array>();
  const rest = new Map<string, Float64Array>();
  for (const def of market.indices) {
    const r = rng(`index:${def.id}`);
    const be = new Float64Array(J * K);
    const dev = new Float64Array(K);
    for (let j = 0; j < J; j++) {
      for (let k = 0; k < K; k++) {
        dev[k] = 0.8 * dev[k]! + 0.03 * r.normal();
        be[j * K + k] = round(def.expo[k]! + dev[k]!, 4);
      }
    }
    bexpo.set(def.id, be);
    const x = new Float64Array(tl.D);
    for (let t = 1; t < tl.D; t++) x[t] = factorDot(f, tl.D, be, tl.expRow[t]! * K, t) + def.noise * r.normal();
    rest.set(def.id, x);
  }
  const sc = market.scenario;
  const anchor = rest.get(sc.anchor)!;
  const periods: [number, number, number][] = [];
  for (const [month, target] of Object.entries(sc.anchorMonths)) {
    const sp = tl.span(month);
    periods.push([sp.first, sp.last, target]);
  }
  for (const [a, b, target] of sc.anchorWeeks) periods.push([tl.dayOf(a), tl.dayOf(b), target]);
  for (const [a, b, target] of periods) {
    const ts = tl.rangeDays(a, b);
    const c = solveShift(ts.map((t) => m[t]! + anchor[t]!), target);
    for (const t of ts) m[t] = m[t]! + c;
  }
  // The other indices' month targets move their own noise only: m is spoken for by the anchor.
  for (const [month, targets] of Object.entries(sc.indexMonths)) {
    const sp = tl.span(month);
    const ts = tl.rangeDays(sp.first, sp.last);
    for (const [id, target] of Object.entries(targets)) {
      const def = market.indices.find((x) => x.id === id)!;
      const r = rest.get(id)!;
      const c = solveShift(ts.map((t) => def.beta * m[t]! + r[t]!), target);
      for (const t of ts) r[t] = r[t]! + c;
    }
  }
  const levels = new Map<string, Float64Array>();
  for (const def of market.indices) {
    const r = rest.get(def.id)!;
    const lvl = new Float64Array(tl.D);
    lvl[0] = def.level;
    for (let t = 1; t < tl.D; t++) {
      const x = def.beta * m[t]! + r[t]!;
      lvl[t] = round(lvl[t - 1]! * (1 + x), 2);
    }
    levels.set(def.id, lvl);
  }
  return { bexpo, levels };
}

/** An index's price return over (a, b]. */
export function indexReturn(world: Pick<World, 'idxLevel'>, id: string, a: number, b: number): number {
  const lvl = world.idxLevel.get(id)!;
  return lvl[b]! / lvl[a]! - 1;
}
