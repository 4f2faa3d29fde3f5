/**
 * The 14 style factors of the sample (config.json's factors, in file column order) and their daily
 * return model. Vectors over factors are plain arrays in FACTOR_IDS order; vec() lets definitions name
 * only the factors they set.
 */
import { round, solveShift } from './numeric.js';
import type { Rng } from './rng.js';
import type { Timeline } from './timeline.js';

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

/**
 * Daily factor returns, k * D + t, rounded to 6 decimals as factor_returns.csv writes them (the model then
 * uses exactly the written values). Volatile market days are volatile factor days too.
 */
export function factorReturns(
  tl: Timeline, r: Rng, volScale: Float64Array, monthTargets: Record<string, Partial<Record<FactorId, number>>>,
): Float64Array {
  const D = tl.D;
  const f = new Float64Array(K * D);
  for (let t = 0; t < D; t++) {
    const scale = 0.6 + 0.4 * volScale[t]!;
    for (let k = 0; k < K; k++) f[k * D + t] = FACTOR_MU[k]! + FACTOR_SD[k]! * scale * r.normal();
  }
  for (const [month, targets] of Object.entries(monthTargets)) {
    const sp = tl.span(month);
    const ts = tl.rangeDays(sp.first, sp.last);
    for (const [fid, target] of Object.entries(targets)) {
      const k = FI[fid as FactorId];
      const c = solveShift(ts.map((t) => f[k * D + t]!), target!);
      for (const t of ts) f[k * D + t] = f[k * D + t]! + c;
    }
  }
  for (let i = 0; i < f.length; i++) f[i] = round(f[i]!, 6);
  return f;
}

/** Σ_k x_k · f_k,t for the exposure row starting at rowOffset. */
export function factorDot(f: Float64Array, D: number, expo: ArrayLike<number>, rowOffset: number, t: number): number {
  let s = 0;
  for (let k = 0; k < K; k++) s += expo[rowOffset + k]! * f[k * D + t]!;
  return s;
}
