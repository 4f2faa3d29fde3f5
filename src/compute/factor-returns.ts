/**
 * The month's factor returns (REPORT.md "factor attribution"): factorReturn_k = Π_(t in M) (1 + f_(k,t)) − 1
 * over M's trading days.
 */
import { DataError, type Issue } from '../errors.js';
import type { FactorConfig, FactorMonthReturn, FactorRow, IsoDate } from '../types.js';

/**
 * Each configured factor's return compounded over `tradingDays` (M's trading days), config order.
 * @throws DataError naming factor_returns.csv and each trading day of M that has no row.
 */
export function factorMonthReturns(
  factors: readonly FactorConfig[],
  rows: readonly FactorRow[],
  tradingDays: readonly IsoDate[],
): FactorMonthReturn[] {
  const byDate = new Map(rows.map((row) => [row.date, row]));
  const growth = factors.map(() => 1);
  const issues: Issue[] = [];
  for (const day of tradingDays) {
    const row = byDate.get(day);
    if (row === undefined) {
      issues.push({ file: 'factor_returns.csv', message: `no row for trading day ${day}` });
      continue;
    }
    factors.forEach((_, k) => {
      growth[k] = (growth[k] as number) * (1 + (row.values[k] as number));
    });
  }
  if (issues.length > 0) throw new DataError(issues);
  return factors.map((f, k) => ({ id: f.id, name: f.name, monthReturn: (growth[k] as number) - 1 }));
}
