/**
 * What the JP market does in the sample: month targets that give TOPIX a plausible path from the autumn
 * of 2020 (the vaccine rally, the 2022 correction, the 2023–2024 re-rating, August 2024's sell-off), and
 * SAMURAI25's excess in the months the report and the client notice look at. No commentary describes it.
 */
import type { Scenario } from '../../market.js';

const TOPIX_MONTH_TARGETS: Record<string, number> = {
  '2020-11': 0.111, '2020-12': 0.028, '2021-01': 0.002, '2021-02': 0.03, '2021-03': 0.056, '2021-09': 0.043,
  '2022-01': -0.048, '2022-03': 0.034, '2022-06': -0.022, '2022-09': -0.055, '2022-12': -0.051,
  '2023-04': 0.027, '2023-05': 0.036, '2023-06': 0.074, '2024-01': 0.078, '2024-03': 0.044, '2024-04': 0.009,
  '2024-08': -0.029, '2025-03': -0.002, '2025-04': 0.003, '2025-06': 0.019, '2025-10': 0.062, '2025-12': 0.008,
  '2026-01': 0.046, '2026-02': 0.021, '2026-03': -0.038,
};

/** SAMURAI25 against TOPIX: its value and shareholder-return names ahead in most of these months. */
const EXCESS_TARGETS: Record<string, Record<string, number>> = {
  '2022-03': { SAMURAI25: 0.024 },
  '2023-06': { SAMURAI25: 0.031 },
  '2024-03': { SAMURAI25: 0.018 },
  '2025-10': { SAMURAI25: 0.015 },
  '2026-01': { SAMURAI25: -0.0029 },
  '2026-03': { SAMURAI25: 0.012 },
};

export const JP_SCENARIO: Scenario = {
  anchor: 'TOPIX',
  anchorMonths: TOPIX_MONTH_TARGETS,
  anchorWeeks: [],
  indexMonths: {},
  factorMonths: {},
  excess: EXCESS_TARGETS,
  commentaryMonths: [],
};
