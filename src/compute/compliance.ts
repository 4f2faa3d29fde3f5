/**
 * Compliance checks (REPORT.md "compliance", "holdingsCount"), CASH left out of every rule:
 * on the last snapshot on or before end — holdingsCount within [minHoldings, maxHoldings], maxWeight,
 * maxSectorWeight; and maxWeight on the weights at base, dated base. The checks are figures: their
 * `detail` text and the warning of each breach are worded by present/compliance.ts.
 */
import type { ComplianceCheck, IsoDate, Limits, NamedWeight, Security } from '../types.js';
import type { Weights } from './nav.js';
import { CASH } from './returns.js';
import { requireSecurity } from './securities.js';

/** The number of securities other than CASH. */
export function holdingsCount(weights: Weights): number {
  let n = 0;
  for (const ticker of weights.keys()) if (ticker !== CASH) n++;
  return n;
}

/**
 * How far above a limit a weight must be to breach it. Renormalised weights carry float noise
 * (0.1 / 0.9999999999999999 = 0.10000000000000002): a weight held exactly at the limit is not a breach.
 */
export const LIMIT_TOLERANCE = 1e-12;

/** Named amounts, largest first; a tie goes to the name that sorts first. */
function largestFirst(amounts: Iterable<[string, number]>): NamedWeight[] {
  return [...amounts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, weight]) => ({ name, weight }));
}

/** A "nothing above the limit" check on named amounts (tickers or sectors). */
function limitCheck(
  rule: 'maxWeight' | 'maxSectorWeight',
  date: IsoDate,
  amounts: Iterable<[string, number]>,
  limit: number,
): ComplianceCheck {
  const sorted = largestFirst(amounts);
  const over = sorted.filter((a) => a.weight - limit > LIMIT_TOLERANCE);
  return { rule, ok: over.length === 0, date, limit, over, largest: sorted[0] ?? null };
}

/** Every weight (CASH aside) ≤ limits.maxWeight. */
export function maxWeightCheck(weights: Weights, date: IsoDate, limits: Limits): ComplianceCheck {
  const securities = [...weights].filter(([ticker]) => ticker !== CASH);
  return limitCheck('maxWeight', date, securities, limits.maxWeight);
}

/** Every sector's weight (CASH aside) ≤ limits.maxSectorWeight. */
export function maxSectorWeightCheck(
  weights: Weights,
  date: IsoDate,
  limits: Limits,
  securities: ReadonlyMap<string, Security>,
): ComplianceCheck {
  const sectors = new Map<string, number>();
  for (const [ticker, w] of weights) {
    if (ticker === CASH) continue;
    const sector = requireSecurity(securities, ticker).sector;
    sectors.set(sector, (sectors.get(sector) ?? 0) + w);
  }
  return limitCheck('maxSectorWeight', date, sectors, limits.maxSectorWeight);
}

/** holdingsCount within [minHoldings, maxHoldings]. */
export function holdingsCountCheck(weights: Weights, date: IsoDate, limits: Limits): ComplianceCheck {
  const n = holdingsCount(weights);
  const { minHoldings: min, maxHoldings: max } = limits;
  return { rule: 'holdingsCount', ok: n >= min && n <= max, date, count: n, min, max };
}

/**
 * A strategy's checks: maxWeight on the weights at base (dated base), then holdingsCount, maxWeight and
 * maxSectorWeight on the last snapshot on or before end (dated that snapshot).
 */
export function complianceChecks(args: {
  baseWeights: Weights;
  base: IsoDate;
  snapshotWeights: Weights;
  snapshotDate: IsoDate;
  limits: Limits;
  securities: ReadonlyMap<string, Security>;
}): ComplianceCheck[] {
  const { limits } = args;
  return [
    maxWeightCheck(args.baseWeights, args.base, limits),
    holdingsCountCheck(args.snapshotWeights, args.snapshotDate, limits),
    maxWeightCheck(args.snapshotWeights, args.snapshotDate, limits),
    maxSectorWeightCheck(args.snapshotWeights, args.snapshotDate, limits, args.securities),
  ];
}
