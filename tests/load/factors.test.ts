/** DATA.md, factor_exposures.csv / benchmark_exposures.csv / factor_returns.csv. */
import { describe, expect, it } from 'vitest';
import { baseDate } from '../../src/load/factors.js';
import {
  appendLines,
  benchmarkExposuresCsv,
  DAYS,
  exposuresCsv,
  factorReturnsCsv,
  filesWith,
  lineOf,
  load,
  problems,
  replaceLine,
  theProblem,
} from './fixture.js';

describe('the three factor files come together', () => {
  it('none: factors null and a warning that the factor sections are left out', async () => {
    const dataset = await load(
      filesWith({ 'factor_exposures.csv': undefined, 'benchmark_exposures.csv': undefined, 'factor_returns.csv': undefined }),
    );
    expect(dataset.factors).toBeNull();
    expect(dataset.warnings).toEqual([
      'factor_exposures.csv, benchmark_exposures.csv and factor_returns.csv are absent: the factor sections (ファクター動向, ファクター寄与度) are left out of the report',
    ]);
  });

  it('some but not all: an error naming each missing one', async () => {
    expect(await problems(filesWith({ 'factor_returns.csv': undefined, 'benchmark_exposures.csv': undefined }))).toEqual([
      'benchmark_exposures.csv: is missing: the three factor files come together (factor_exposures.csv present)',
      'factor_returns.csv: is missing: the three factor files come together (factor_exposures.csv present)',
    ]);
  });

  it('all three: exposures, benchmark exposures and returns in config.factors order, ascending by date', async () => {
    const { factors } = await load(filesWith({}));
    expect(factors!.exposures.get('BBB')).toEqual([{ date: '2026-02-27', values: [-1.25, 0.75] }]);
    expect(factors!.exposures.get('DDD')).toEqual([{ date: '2026-02-27', values: [0.1, -0.35] }]);
    expect([...factors!.benchmarkExposures.keys()]).toEqual(['SPX', 'RUT']);
    expect(factors!.returns.map((r) => r.date)).toEqual(DAYS.slice(1));
    expect(factors!.returns[1]).toEqual({ date: '2026-02-27', values: [0.001, -0.001] });
  });
});

describe('a factor column missing from any of the three is an error naming the column', () => {
  it('factor_exposures.csv', async () => {
    const text = exposuresCsv().replace('growth,value', 'growth,valu');
    expect(await theProblem(filesWith({ 'factor_exposures.csv': text }))).toBe(
      'factor_exposures.csv:1: column "value": required column is missing from the header',
    );
  });

  it('benchmark_exposures.csv', async () => {
    const text = benchmarkExposuresCsv().replace('growth,value', 'value');
    expect(await theProblem(filesWith({ 'benchmark_exposures.csv': text }))).toBe(
      'benchmark_exposures.csv:1: column "growth": required column is missing from the header',
    );
  });

  it('factor_returns.csv', async () => {
    const text = factorReturnsCsv().replace('date,growth,value', 'date,growth');
    expect(await theProblem(filesWith({ 'factor_returns.csv': text }))).toBe(
      'factor_returns.csv:1: column "value": required column is missing from the header',
    );
  });
});

describe('factor values are numbers (no default)', () => {
  it('an empty exposure is an error', async () => {
    const text = replaceLine(exposuresCsv(), ',ZZZ,', '2026-02-27,ZZZ,,0');
    expect(await theProblem(filesWith({ 'factor_exposures.csv': text }))).toBe(
      `factor_exposures.csv:${lineOf(exposuresCsv(), ',ZZZ,')}: column "growth": "" is empty: a number is required`,
    );
  });

  it('a factor return that is not a number is an error', async () => {
    const text = replaceLine(factorReturnsCsv(), '2026-03-02', '2026-03-02,NaN,0');
    expect(await theProblem(filesWith({ 'factor_returns.csv': text }))).toBe(
      `factor_returns.csv:${lineOf(factorReturnsCsv(), '2026-03-02')}: column "growth": "NaN" is not a number`,
    );
  });
});

describe('keys: (date, ticker), (date, benchmark), date', () => {
  it('a duplicate exposure row is an error naming both lines', async () => {
    const text = appendLines(exposuresCsv(), '2026-02-27,ZZZ,1,1');
    expect(await theProblem(filesWith({ 'factor_exposures.csv': text }))).toBe(
      `factor_exposures.csv:7: duplicate date "2026-02-27", ticker "ZZZ" (first at line ${lineOf(exposuresCsv(), ',ZZZ,')})`,
    );
  });

  it('a duplicate benchmark exposure row is an error naming both lines', async () => {
    const text = appendLines(benchmarkExposuresCsv(), '2026-02-27,SPX,0,0');
    expect(await theProblem(filesWith({ 'benchmark_exposures.csv': text }))).toBe(
      'benchmark_exposures.csv:4: duplicate date "2026-02-27", benchmark "SPX" (first at line 2)',
    );
  });

  it('a duplicate factor return date is an error naming both lines', async () => {
    const text = appendLines(factorReturnsCsv(), '2026-03-02,0,0');
    expect(await theProblem(filesWith({ 'factor_returns.csv': text }))).toBe(
      `factor_returns.csv:9: duplicate date "2026-03-02" (first at line ${lineOf(factorReturnsCsv(), '2026-03-02')})`,
    );
  });
});

describe('factor_returns.csv: dates are trading days', () => {
  it('a date that is not in the calendar is an error', async () => {
    const text = appendLines(factorReturnsCsv(), '2026-03-07,0,0');
    expect(await theProblem(filesWith({ 'factor_returns.csv': text }))).toBe(
      'factor_returns.csv:9: column "date": "2026-03-07" is not a trading day (no prices.csv row has this date)',
    );
  });
});

describe('factor_exposures.csv is a universe: only held tickers are kept', () => {
  it('drops the rows of tickers nobody holds', async () => {
    const { factors } = await load(filesWith({}));
    expect([...factors!.exposures.keys()]).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
  });

  it('benchmark_exposures.csv: an id that is not a configured index is a warning, its rows ignored', async () => {
    const text = appendLines(benchmarkExposuresCsv(), '2026-02-27,N225,0,0');
    const dataset = await load(filesWith({ 'benchmark_exposures.csv': text }));
    expect(dataset.warnings).toEqual(['benchmark_exposures.csv:4: column "benchmark": "N225" is not an index of config.json: its rows are ignored']);
    expect(dataset.factors!.benchmarkExposures.has('N225')).toBe(false);
  });
});

describe('a held ticker with no exposure row on or before the date needed is an error', () => {
  it('the base date is the last trading day before the month', () => {
    expect(baseDate(DAYS, '2026-03')).toBe('2026-02-27');
    expect(baseDate(DAYS, '2026-02')).toBeNull();
    expect(baseDate(DAYS, '2026-04')).toBe('2026-03-06');
  });

  it('a security in the weights at base whose rows all come after base', async () => {
    // AAA's only row moves to 2026-03-02, after base 2026-02-27.
    const text = replaceLine(exposuresCsv(), ',AAA,', '2026-03-02,AAA,0.5,-0.2');
    expect(await theProblem(filesWith({ 'factor_exposures.csv': text }))).toBe(
      'factor_exposures.csv: column "ticker": "AAA" has no row dated on or before 2026-02-27 (held by S1 at 2026-02-27, the base date of 2026-03)',
    );
  });

  it('a strategy\'s benchmark without a row on or before base', async () => {
    const text = replaceLine(benchmarkExposuresCsv(), ',RUT,', '2026-03-02,RUT,0.3,-0.1');
    expect(await theProblem(filesWith({ 'benchmark_exposures.csv': text }))).toBe(
      'benchmark_exposures.csv: column "benchmark": "RUT" has no row dated on or before 2026-02-27 (benchmark of S2, needed at 2026-02-27, the base date of 2026-03)',
    );
  });

  it('only the weights at base matter: CCC enters after base and needs no row before it', async () => {
    await expect(load(filesWith({}))).resolves.toBeDefined(); // CCC's only row is 2026-03-04
  });

  it('the check uses the latest snapshot on or before base: for 2026-04 (base 03-06) CCC is checked', async () => {
    const text = replaceLine(exposuresCsv(), ',CCC,', '2026-03-09,CCC,0.1,0.2');
    expect(await theProblem(filesWith({ 'factor_exposures.csv': text, 'commentary/2026-04.md': '' }), { month: '2026-04' })).toBe(
      'factor_exposures.csv: column "ticker": "CCC" has no row dated on or before 2026-03-06 (held by S1 at 2026-03-06, the base date of 2026-04)',
    );
  });

  it('a month without a base date yet skips the check (compute reports the month)', async () => {
    const text = replaceLine(exposuresCsv(), ',AAA,', '2026-03-02,AAA,0.5,-0.2');
    await expect(load(filesWith({ 'factor_exposures.csv': text }), { month: '2026-02' })).resolves.toBeDefined();
  });
});
