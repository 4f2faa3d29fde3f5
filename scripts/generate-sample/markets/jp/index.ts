/**
 * The JP market of the sample: the Tokyo Stock Exchange calendar, TOPIX, and SAMURAI25 (Japanese large
 * caps with a value and shareholder-return tilt, against TOPIX), launched on 2020-12-01, years before the
 * US strategies. Its closes and dividends are in yen. It is outside the factor model (config factorMarket
 * US): its exposures and factor returns drive the simulation only and are not written.
 */
import { vec } from '../../factors.js';
import type { IndexDef, Market } from '../../market.js';
import { TSE } from './calendar.js';
import { SAMURAI_POOL } from './pools.js';
import { JP_SCENARIO } from './scenario.js';

export const JP_START = '2020-11-02';
/** SAMURAI25's first snapshot and config launchDate. */
export const JP_FIRST_SNAPSHOT = '2020-12-01';

export const JP_INDICES: IndexDef[] = [
  { id: 'TOPIX', level: 1622.59, beta: 1.0, noise: 0.0005, expo: vec({
    profitability: 0.1, financial_safety: 0.1, value: 0.15, shareholder_return: 0.2, eps_stability: 0.1, size: 1.0,
    price_level: 0.1, volatility: -0.2, liquidity: 0.8 }) },
];

const TILT_SAMURAI = vec({
  profitability: 0.5, financial_safety: 0.3, value: 1.1, shareholder_return: 1.0, surprise: 0.3, eps_stability: 0.3,
  size: 1.4, price_level: 0.2, momentum: 0.3, volatility: -0.3, liquidity: 1.1,
});

/**
 * Real splits of the pool's names in the data window: the ex-rights day (two trading days before the
 * effective date under T+2) and the ratio. The close drops by the ratio on that day, as on the TSE.
 */
const SPLITS: Record<string, [string, number][]> = {
  '7203': [['2021-09-29', 5]],
  '8766': [['2022-09-29', 3]],
  '7974': [['2022-09-29', 10]],
  '8035': [['2023-03-30', 3]],
  '4063': [['2023-03-30', 5]],
  '9432': [['2023-06-28', 25]],
  '6857': [['2023-09-28', 4]],
  '8058': [['2023-12-28', 3]],
  '9983': [['2024-02-28', 3]],
  '7011': [['2024-03-28', 10]],
  '6501': [['2024-06-27', 5]],
  '6758': [['2024-09-27', 5]],
  '8316': [['2024-09-27', 3]],
  '9433': [['2025-03-28', 2]],
  '5401': [['2025-09-29', 5]],
  '8001': [['2025-12-29', 5]],
};

export const JP: Market = {
  id: 'JP',
  calendar: TSE,
  start: JP_START,
  firstSnapshot: JP_FIRST_SNAPSHOT,
  // TSE quotes large caps in whole yen or tenths; dividends are semiannual, at the March and September year halves.
  quoting: { dividends: 'semiannual', exMonths: [3, 9], closeDecimals: 1, dividendDecimals: 2 },
  priceModel: {
    stream: 'jp:market', drift: 0.0003, vol: 0.0062, volPersistence: 0.97, volShock: 0.12,
    volMult: { '2022-03': 1.4, '2024-08': 2.2, '2025-04': 1.8 },
    betaFactor: 'volatility', factorStream: 'jp:factors',
  },
  indices: JP_INDICES,
  scenario: JP_SCENARIO,
  strategies: [
    {
      id: 'SAMURAI25', benchmark: 'TOPIX', pool: SAMURAI_POOL, tilt: TILT_SAMURAI, idio: { lo: 0.009, span: 0.007 },
      traits: ['value', 'shareholder_return', 'profitability'], firstSize: 22,
      core: ['7203'],
      // Toyota (core) splits while held; so does Nintendo in its month.
      forced: { '2022-09': ['7974'] },
      cash: { '2022-03': 0.02 },
    },
  ],
  splits: SPLITS,
  synthetic: null,
  breach: null,
};
