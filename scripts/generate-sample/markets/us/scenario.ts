/**
 * What the US market does in the sample: the moves the commentary files describe (2025-12, 2026-03), the
 * month targets that give the S&P 500 a plausible path in between, and a January 2026 in which NEXT100
 * lags the Russell 2000 by more than the client-notice threshold (3%), the case NOTICE.md is about.
 */
import type { FactorId } from '../../factors.js';
import type { Scenario } from '../../market.js';

/** Target monthly S&P 500 return (price index), by month. Missing months are free. */
const SPX_MONTH_TARGETS: Record<string, number> = {
  '2024-05': 0.042, '2024-06': 0.031, '2024-07': 0.014, '2024-08': 0.019, '2024-09': 0.022, '2024-10': -0.013,
  '2024-11': 0.05, '2024-12': -0.022, '2025-01': 0.024, '2025-02': -0.016, '2025-03': -0.054, '2025-04': -0.012,
  '2025-05': 0.056, '2025-06': 0.046, '2025-07': 0.02, '2025-08': 0.016, '2025-09': 0.032, '2025-10': 0.021,
  '2025-11': 0.003, '2026-01': 0.012, '2026-02': -0.011, '2026-04': 0.01,
};
/** Weekly S&P 500 targets for the two months with commentary: [first ISO date, last ISO date, return]. */
const SPX_WEEK_TARGETS: [string, string, number][] = [
  ['2025-12-01', '2025-12-05', 0.004], ['2025-12-08', '2025-12-12', -0.005], ['2025-12-15', '2025-12-19', 0.002],
  ['2025-12-22', '2025-12-26', 0.013], ['2025-12-29', '2025-12-31', -0.014],
  ['2026-03-02', '2026-03-06', -0.022], ['2026-03-09', '2026-03-13', -0.012], ['2026-03-16', '2026-03-20', 0.009],
  ['2026-03-23', '2026-03-27', -0.031], ['2026-03-30', '2026-03-31', 0.004],
];
/** Month returns of the other indices in the two commentary months (their own noise term is shifted). */
const INDEX_MONTH_TARGETS: Record<string, Record<string, number>> = {
  '2025-12': { RUT: -0.0072, DJI: 0.0068 },
  '2026-01': { RUT: 0.039 },
  '2026-03': { RUT: -0.0521, DJI: -0.043 },
};
/** Monthly factor returns for the two commentary months. */
const FACTOR_MONTH_TARGETS: Record<string, Partial<Record<FactorId, number>>> = {
  '2025-12': {
    profitability: -0.005, growth: 0.009, activity: -0.024, financial_safety: 0.002, value: -0.006,
    shareholder_return: -0.005, surprise: -0.016, eps_stability: -0.003, us_beta: 0.01, size: 0.012,
    price_level: 0.003, momentum: 0.002, volatility: 0.008, liquidity: 0.01,
  },
  '2026-03': {
    profitability: -0.015, growth: 0.02, activity: 0.015, financial_safety: 0.005, value: 0.006,
    shareholder_return: 0.003, surprise: 0.015, eps_stability: -0.01, us_beta: -0.006, size: -0.008,
    price_level: -0.002, momentum: -0.008, volatility: -0.008, liquidity: -0.006,
  },
};
/** Strategy excess over its benchmark in the two commentary months. */
const EXCESS_TARGETS: Record<string, Record<string, number>> = {
  '2025-12': { MAJOR100: 0.03, NEXT100: -0.016 },
  // Small-cap growth out of favour while the index rallies: about −0.6% against +3.9%, a gap of ~4.5 points.
  '2026-01': { NEXT100: -0.0435 },
  '2026-03': { MAJOR100: -0.013, NEXT100: 0.042 },
};

export const US_SCENARIO: Scenario = {
  anchor: 'SPX',
  anchorMonths: SPX_MONTH_TARGETS,
  anchorWeeks: SPX_WEEK_TARGETS,
  indexMonths: INDEX_MONTH_TARGETS,
  factorMonths: FACTOR_MONTH_TARGETS,
  excess: EXCESS_TARGETS,
  commentaryMonths: ['2025-12', '2026-03'],
};
