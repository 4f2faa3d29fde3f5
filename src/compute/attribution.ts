/**
 * Factor attribution of a strategy's excess return in M (REPORT.md "factor attribution"), on the
 * weights at base:
 *   activeExposure_k = Σ_i w_i x_(i,k) − b_k,  contribution_k = activeExposure_k × factorReturn_k,
 *   specific = excessReturn − Σ_k contribution_k   (the parts add up to the excess return).
 * Each security uses its latest factor_exposures row dated on or before base, the benchmark its latest
 * benchmark_exposures row; CASH has exposure 0 and needs no row.
 */
import { DataError } from '../errors.js';
import type { Attribution, FactorData, FactorMonthReturn, FactorRow, IsoDate } from '../types.js';
import { indexOnOrBefore } from './calendar.js';
import type { Weights } from './nav.js';
import { CASH } from './returns.js';

/** The latest row dated on or before `date` in rows ascending by date; undefined when none. */
export function latestRowOnOrBefore(rows: readonly FactorRow[], date: IsoDate): FactorRow | undefined {
  return rows[indexOnOrBefore(rows.map((r) => r.date), date)];
}

/** Σ_i w_i x_(i,k) for each factor k. @throws DataError naming factor_exposures.csv, the ticker and the date. */
export function portfolioExposures(
  weights: Weights,
  exposures: FactorData['exposures'],
  factorCount: number,
  date: IsoDate,
  strategy: string,
): number[] {
  const total = new Array<number>(factorCount).fill(0);
  for (const [ticker, w] of weights) {
    if (ticker === CASH) continue;
    const row = latestRowOnOrBefore(exposures.get(ticker) ?? [], date);
    if (row === undefined) {
      throw new DataError([
        { file: 'factor_exposures.csv', message: `${ticker} (held by ${strategy}) has no row dated on or before ${date}` },
      ]);
    }
    for (let k = 0; k < factorCount; k++) total[k] = (total[k] as number) + w * (row.values[k] as number);
  }
  return total;
}

/** The benchmark's exposures b_k. @throws DataError naming benchmark_exposures.csv, the benchmark and the date. */
export function benchmarkExposures(data: FactorData, benchmark: string, date: IsoDate): number[] {
  const row = latestRowOnOrBefore(data.benchmarkExposures.get(benchmark) ?? [], date);
  if (row === undefined) {
    throw new DataError([{ file: 'benchmark_exposures.csv', message: `${benchmark} has no row dated on or before ${date}` }]);
  }
  return row.values;
}

/** The strategy's factor attribution for M. `factorReturns` in config.factors order. */
export function factorAttribution(args: {
  strategy: string;
  benchmark: string;
  /** The weights at base. */
  weights: Weights;
  base: IsoDate;
  data: FactorData;
  factorReturns: readonly FactorMonthReturn[];
  excessReturn: number;
}): Attribution {
  const n = args.factorReturns.length;
  const portfolio = portfolioExposures(args.weights, args.data.exposures, n, args.base, args.strategy);
  const bench = benchmarkExposures(args.data, args.benchmark, args.base);
  let explained = 0;
  const factors = args.factorReturns.map((f, k) => {
    const activeExposure = (portfolio[k] as number) - (bench[k] as number);
    const contribution = activeExposure * f.monthReturn;
    explained += contribution;
    return { id: f.id, name: f.name, activeExposure, factorReturn: f.monthReturn, contribution };
  });
  return { excessReturn: args.excessReturn, specific: args.excessReturn - explained, factors };
}
