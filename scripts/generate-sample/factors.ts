/**
 * The 14 style factors of the sample (config.json's factors, in file column order) and their daily
 * return model. Vectors over factors are plain arrays in FACTOR_IDS order; vec() lets definitions name
 * only the factors they set.
 */

export const FACTOR_IDS = [
  'profitability', 'growth', 'activity', 'financial_safety', 'value', 'shareholder_return', 'surprise',
  'eps_stability', 'us_beta', 'size', 'price_level', 'momentum', 'volatility', 'liquidity',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];
export const K = FACTOR_IDS.length;
export const FI = Object.fromEntries(FACTOR_IDS.map((f, i) => [f, i])) as Record<FactorId, number>;
export function vec(partial: Partial<Record<FactorId, number>>): number[] {
  return FACTOR_IDS.map((f) => partial[f] ?? 0);
}

/** Daily volatility of each factor's return (before the market's volatility clustering scales it). */
export const FACTOR_SD = vec({
  profitability: 0.0018, growth: 0.0025, activity: 0.0018, financial_safety: 0.0016, value: 0.0022,
  shareholder_return: 0.0018, surprise: 0.0017, eps_stability: 0.0015, us_beta: 0.0028, size: 0.0022,
  price_level: 0.0015, momentum: 0.0025, volatility: 0.0028, liquidity: 0.002,
});
/** Daily mean of each factor's return. */
export const FACTOR_MU = vec({
  profitability: 0.0001, growth: 0.00008, activity: 0.00003, financial_safety: 0.00004, value: -0.00002,
  shareholder_return: 0.00002, surprise: 0.00008, eps_stability: 0.00004, us_beta: 0.00005, size: 0.00003,
  momentum: 0.00005, volatility: -0.00006, liquidity: 0.00002,
});
