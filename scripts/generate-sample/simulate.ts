/**
 * One market's world, built in dependency order: market factor → factors → indices (which steer the
 * market factor) → securities → holdings → shaping. Each stage draws from its own PRNG streams, so the
 * order fixes no random numbers; it is the data each stage needs that fixes it.
 */
import { factorReturns } from './factors.js';
import { selectHoldings } from './holdings.js';
import type { Market } from './market.js';
import { marketFactor, simulateIndices } from './market-model.js';
import { streamsOf } from './rng.js';
import { END_DATE } from './sample.js';
import { securities } from './securities.js';
import { settle } from './shaping.js';
import { Timeline } from './timeline.js';
import type { World } from './world.js';

export function simulate(market: Market, seed: number, universe: number, log: (line: string) => void): World {
  const tl = new Timeline(market.calendar, market.start, END_DATE);
  const rng = streamsOf(seed);
  const { m, volScale } = marketFactor(market.priceModel, tl, rng);
  const f = factorReturns(tl, rng(market.priceModel.factorStream), volScale, market.scenario.factorMonths);
  const { bexpo, levels } = simulateIndices(market, tl, rng, m, f);
  const secs = securities(market, tl, rng, m, f, universe);
  const bySym = new Map(secs.map((s) => [s.ticker, s]));
  const poolBase = new Map(secs.filter((s) => s.kind !== 'synthetic').map((s) => [s.ticker, Float64Array.from(s.ret)]));
  const world: World = {
    market, tl, rng, m, f, bexpo, idxLevel: levels, secs, bySym, poolBase,
    snaps: Object.fromEntries(market.strategies.map((s) => [s.id, []])),
    snapDays: Object.fromEntries(market.strategies.map((s) => [s.id, new Set<number>()])),
  };
  selectHoldings(world);
  settle(world, log);
  return world;
}
