/**
 * The sample-data generator as a function: simulate the market, write DATA.md's files, and return their
 * sizes and the facts the README states. scripts/generate-sample.ts is its command line.
 *
 * Two markets: US (MAJOR100, NEXT100, the synthetic universe and the factor model) and JP (SAMURAI25 on
 * the TSE calendar). Each is simulated alone, on its own timeline; the writers merge them into one set of
 * files (prices and indices by date across markets, holdings market by market).
 *
 * Module map: markets/<id>/ is all that is market-specific (calendar, price model, indices, strategies,
 * pools, scenario) as one Market value; simulate.ts builds that market's World (timeline, market-model,
 * factors, securities, holdings, shaping, nav); writers.ts, facts.ts and readme.ts turn a World into files;
 * config.ts and commentary.ts are the fixed texts.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COMMENTARY, NOTICE_COMMENTARY } from './commentary.js';
import { CONFIG_JSON } from './config.js';
import { type Facts, type MarketFacts, computeFacts, computeMarketFacts } from './facts.js';
import { JP } from './markets/jp/index.js';
import { US } from './markets/us/index.js';
import { readme } from './readme.js';
import { DEFAULT_SEED, DEFAULT_UNIVERSE } from './sample.js';
import { simulate } from './simulate.js';
import {
  writeBenchmarkExposures, writeExposures, writeFactorReturns, writeHoldings, writeIndices, writePrices,
  writeSecurities, writeText,
} from './writers.js';

export { DEFAULT_SEED, DEFAULT_UNIVERSE, END_DATE, FIRST_SNAPSHOT, START_DATE } from './sample.js';
export { FACTOR_IDS } from './factors.js';
export type { Facts, MarketFacts } from './facts.js';

export interface GenerateOptions {
  out: string;
  universe?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  /** File (relative to out) → bytes written, in writing order. */
  files: Record<string, number>;
  /** The US market's (the first, the factor model's): with the breach and the commentary months. */
  facts: Facts;
  /** The JP market's: SAMURAI25 and TOPIX. */
  jp: MarketFacts;
}

export function generateSample(opts: GenerateOptions): GenerateResult {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? DEFAULT_SEED;
  const universe = opts.universe ?? DEFAULT_UNIVERSE;
  if (!Number.isInteger(universe) || universe < 1) throw new Error(`--universe must be a positive integer: ${universe}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`--seed must be an integer 0..4294967295: ${seed}`);
  // --universe sizes the US estimation universe (the factor model's); the JP market is its pool only.
  const world = simulate(US, seed, universe, log);
  const jpWorld = simulate(JP, seed, 0, log);
  const worlds = [world, jpWorld];

  const out = resolve(opts.out);
  mkdirSync(join(out, 'commentary'), { recursive: true });
  const files: Record<string, number> = {};
  files['config.json'] = writeText(join(out, 'config.json'), CONFIG_JSON);
  // prices.csv first: writing it replaces the held names' returns by the realised ones the facts need.
  const prices = writePrices(worlds, join(out, 'prices.csv'));
  files['prices.csv'] = prices.bytes;
  files['holdings.csv'] = writeHoldings(worlds, join(out, 'holdings.csv'));
  files['indices.csv'] = writeIndices(worlds, join(out, 'indices.csv'));
  files['securities.csv'] = writeSecurities(worlds, join(out, 'securities.csv'));
  files['factor_exposures.csv'] = writeExposures(world, join(out, 'factor_exposures.csv'));
  files['benchmark_exposures.csv'] = writeBenchmarkExposures(world, join(out, 'benchmark_exposures.csv'));
  files['factor_returns.csv'] = writeFactorReturns(world, join(out, 'factor_returns.csv'));
  for (const [month, text] of Object.entries(COMMENTARY)) {
    files[`commentary/${month}.md`] = writeText(join(out, 'commentary', `${month}.md`), text);
  }
  for (const [name, text] of Object.entries(NOTICE_COMMENTARY)) {
    files[`commentary/${name}.md`] = writeText(join(out, 'commentary', `${name}.md`), text);
  }
  const facts = computeFacts(world, prices.rows[0]!);
  const jp = computeMarketFacts(jpWorld, prices.rows[1]!);
  files['README.md'] = writeText(join(out, 'README.md'), readme([US, JP], facts, jp, { seed, universe }));
  return { files, facts, jp };
}
