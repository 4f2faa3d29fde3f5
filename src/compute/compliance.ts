/**
 * Compliance checks (REPORT.md "compliance", "holdingsCount"), CASH left out of every rule:
 * on the last snapshot on or before end — holdingsCount within [minHoldings, maxHoldings], maxWeight,
 * maxSectorWeight; and maxWeight on the weights at base, dated base. Every breach is also a warning.
 */
import { formatPercent } from '../present/percent.js';
import type { ComplianceCheck, IsoDate, Limits, Security } from '../types.js';
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
function largestFirst(amounts: Iterable<[string, number]>): [string, number][] {
  return [...amounts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

/** A "nothing above the limit" check on named amounts (tickers or sectors). */
function limitCheck(
  rule: 'maxWeight' | 'maxSectorWeight',
  date: IsoDate,
  amounts: Iterable<[string, number]>,
  limit: number,
): ComplianceCheck {
  const sorted = largestFirst(amounts);
  const over = sorted.filter(([, w]) => w - limit > LIMIT_TOLERANCE);
  if (over.length > 0) {
    const detail = over.map(([name, w]) => `${name} ${formatPercent(w)} > ${formatPercent(limit)}`).join(', ');
    return { rule, ok: false, date, detail };
  }
  const top = sorted[0];
  return { rule, ok: true, date, detail: top === undefined ? 'no securities' : `max ${top[0]} ${formatPercent(top[1])}` };
}

/** Every weight (CASH aside) ≤ limits.maxWeight. Detail: the offenders, or the largest weight. */
export function maxWeightCheck(weights: Weights, date: IsoDate, limits: Limits): ComplianceCheck {
  const securities = [...weights].filter(([ticker]) => ticker !== CASH);
  return limitCheck('maxWeight', date, securities, limits.maxWeight);
}

/** Every sector's weight (CASH aside) ≤ limits.maxSectorWeight. Detail: the offending sectors, or the largest. */
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

/** holdingsCount within [minHoldings, maxHoldings]. Detail: the count. */
export function holdingsCountCheck(weights: Weights, date: IsoDate, limits: Limits): ComplianceCheck {
  const n = holdingsCount(weights);
  return { rule: 'holdingsCount', ok: n >= limits.minHoldings && n <= limits.maxHoldings, date, detail: String(n) };
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

/** One warning per failed check: `MAJOR100: maxWeight on 2026-02-27: XYZ 10.90% > 10.00%`. */
export function complianceWarnings(strategy: string, checks: readonly ComplianceCheck[], limits: Limits): string[] {
  return checks
    .filter((c) => !c.ok)
    .map((c) =>
      c.rule === 'holdingsCount'
        ? `${strategy}: holdingsCount on ${c.date}: ${c.detail} securities, outside ${limits.minHoldings}–${limits.maxHoldings}`
        : `${strategy}: ${c.rule} on ${c.date}: ${c.detail}`,
    );
}

