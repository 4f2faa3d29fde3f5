/**
 * The US market of the sample: NYSE calendar, S&P 500 / Russell 2000 / Dow / NASDAQ, and the two
 * strategies MAJOR100 (large-cap quality, against the S&P 500) and NEXT100 (small/mid-cap growth, against
 * the Russell 2000).
 */
import { vec } from '../../factors.js';
import type { IndexDef, Market } from '../../market.js';
import { FIRST_SNAPSHOT, START_DATE } from '../../sample.js';
import { NYSE } from './calendar.js';
import { MAJOR_POOL, NEXT_POOL } from './pools.js';
import { US_SCENARIO } from './scenario.js';
import { US_SYNTHETIC } from './universe.js';

export const INDICES: IndexDef[] = [
  { id: 'SPX', level: 5018.39, beta: 1.0, noise: 0.0006, expo: vec({
    profitability: 0.35, growth: 0.1, financial_safety: 0.25, value: -0.1, shareholder_return: 0.15, surprise: 0.1,
    eps_stability: 0.3, size: 1.1, price_level: 0.3, momentum: 0.05, volatility: -0.3, liquidity: 0.9 }) },
  { id: 'RUT', level: 1981.12, beta: 1.2, noise: 0.0025, expo: vec({
    profitability: -0.35, growth: 0.15, activity: 0.05, financial_safety: -0.3, value: 0.2, shareholder_return: -0.2,
    surprise: -0.05, eps_stability: -0.35, us_beta: 0.2, size: -0.9, price_level: -0.4, volatility: 0.45, liquidity: -0.6 }) },
  { id: 'DJI', level: 37903.29, beta: 0.88, noise: 0.002, expo: vec({
    profitability: 0.3, financial_safety: 0.3, value: 0.1, shareholder_return: 0.35, eps_stability: 0.35,
    size: 1.2, price_level: 0.8, volatility: -0.35, liquidity: 0.8 }) },
  { id: 'IXIC', level: 15605.48, beta: 1.2, noise: 0.0018, expo: vec({
    profitability: 0.25, growth: 0.35, value: -0.3, shareholder_return: -0.1, surprise: 0.1, us_beta: 0.2,
    size: 0.7, momentum: 0.15, volatility: 0.1, liquidity: 0.8 }) },
];

const TILT_MAJOR = vec({
  profitability: 1.0, growth: 0.2, activity: 0.1, financial_safety: 0.8, value: -0.3, shareholder_return: 0.3,
  surprise: 0.5, eps_stability: 0.9, size: 1.6, price_level: 0.6, momentum: 0.2, volatility: -0.5, liquidity: 1.3,
});
const TILT_NEXT = vec({
  profitability: -0.1, growth: 1.3, activity: 0.9, financial_safety: -0.2, value: -0.5, shareholder_return: -0.6,
  surprise: 0.8, eps_stability: -0.4, us_beta: 0.9, size: -0.6, price_level: -0.5, momentum: 0.6, volatility: 0.9,
  liquidity: -0.1,
});

/** Real splits inside held periods: ticker → [ISO date, new shares per old share]. */
const SPLITS: Record<string, [string, number][]> = {
  NVDA: [['2024-06-10', 10]],
  AVGO: [['2024-07-15', 10]],
  DECK: [['2024-09-17', 6]],
};

export const US: Market = {
  id: 'US',
  calendar: NYSE,
  start: START_DATE,
  firstSnapshot: FIRST_SNAPSHOT,
  quoting: { dividends: 'quarterly', exMonths: [], closeDecimals: 4, dividendDecimals: 2 },
  // The stream is called 'market' from before there was a second market; a new one takes its own label.
  priceModel: {
    stream: 'market', drift: 0.0003, vol: 0.0085, volPersistence: 0.97, volShock: 0.12,
    volMult: { '2024-08': 1.4, '2025-03': 1.5, '2025-04': 2.0, '2026-03': 1.5 },
    betaFactor: 'us_beta', factorStream: 'factors',
  },
  indices: INDICES,
  scenario: US_SCENARIO,
  strategies: [
    {
      id: 'MAJOR100', benchmark: 'SPX', pool: MAJOR_POOL, tilt: TILT_MAJOR, idio: { lo: 0.009, span: 0.006 },
      traits: ['profitability', 'eps_stability', 'financial_safety', 'shareholder_return', 'surprise'], firstSize: 22,
      core: ['MSFT'],
      // NVDA and AVGO split while held; LLY carries the breach. 2025-12's names are that month's contributors
      // in the report tests/helpers/report-fixture.ts models.
      forced: {
        '2024-06': ['NVDA', 'AVGO'], '2024-07': ['NVDA', 'AVGO'], '2025-12': ['MU', 'ADBE', 'NVDA'],
        '2026-01': ['LLY'], '2026-02': ['LLY'], '2026-03': ['LLY'],
      },
      cash: {},
    },
    {
      id: 'NEXT100', benchmark: 'RUT', pool: NEXT_POOL, tilt: TILT_NEXT, idio: { lo: 0.016, span: 0.008 },
      traits: ['growth', 'activity', 'surprise', 'us_beta'], firstSize: 23,
      core: ['PLTR'],
      // DECK splits while held; 2025-12's names: as for MAJOR100.
      forced: { '2024-09': ['DECK'], '2025-12': ['CRMD', 'ALHC', 'XERS', 'ESPR', 'BCRX'] },
      cash: { '2025-04': 0.025, '2025-05': 0.015, '2026-03': 0.02 },
    },
  ],
  splits: SPLITS,
  synthetic: US_SYNTHETIC,
  // The deliberate compliance breach: LLY's weight in MAJOR100 drifts above maxWeight by 2026-02-27.
  breach: { strategy: 'MAJOR100', ticker: 'LLY', snapshotMonth: '2026-02', snapshotWeight: 0.095, target: 0.109 },
};
