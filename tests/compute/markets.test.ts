/**
 * REPORT.md with several markets: each strategy's windows on its own market's calendar, each index's
 * on its market's, the report's base/end/weeks and the null rule on the first market's. The data is
 * tests/helpers/two-markets.ts; every expected figure is worked out there by hand.
 */
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { UsageError } from '../../src/errors.js';
import { loadDataset } from '../../src/load/dataset.js';
import type { ComputeOptions } from '../../src/types.js';
import { testdir, type FileTree } from '../helpers/testdir.js';
import { twoMarketConfig, twoMarketFiles } from '../helpers/two-markets.js';

const options: ComputeOptions = { month: '2026-03', asOf: '2026-04-01', partial: false, generator: { name: 'wg-report', version: '9.9.9' } };

async function compute(files: FileTree = twoMarketFiles(), o: Partial<ComputeOptions> = {}) {
  const dataset = await loadDataset(await testdir(files), { month: '2026-03', allowGaps: false });
  return computeReport(dataset, { ...options, ...o });
}

const withoutDay = (files: FileTree, day: string, pattern: RegExp): FileTree => {
  const out = { ...files };
  for (const f of ['prices.csv', 'indices.csv']) {
    out[f] = (files[f] as string)
      .split('\n')
      .filter((l) => !(l.startsWith(day) && pattern.test(l)))
      .join('\n');
  }
  return out;
};

describe('a strategy’s month on its own market’s calendar', () => {
  it('base and end fall on the last trading days of its market (Tokyo closed on the US base and end)', async () => {
    const { report } = await compute();
    expect([report.base, report.end]).toEqual(['2026-02-27', '2026-03-31']);
    const [s1, s3] = report.strategies;
    expect([s1!.market, s1!.base, s1!.end]).toEqual(['US', '2026-02-27', '2026-03-31']);
    expect([s3!.market, s3!.base, s3!.end]).toEqual(['JP', '2026-02-26', '2026-03-30']);
  });

  it('month returns: S1 120/100 − 1, S3 1100/1000 − 1, TOPIX on JP windows 2100/2000 − 1 (not the stray 03-31 level)', async () => {
    const { report } = await compute();
    const [s1, s3] = report.strategies;
    expect(s1!.monthReturn).toBeCloseTo(0.2, 12);
    expect(s1!.benchmarkReturn).toBeCloseTo(0.1, 12);
    expect(s3!.monthReturn).toBeCloseTo(0.1, 12);
    expect(s3!.benchmarkReturn).toBeCloseTo(0.05, 12);
    expect(s3!.excessReturn).toBeCloseTo(0.05, 12);
    expect(report.indices.map((i) => [i.id, Number(i.monthReturn.toFixed(12))])).toEqual([
      ['SPX', 0.1],
      ['TOPIX', 0.05],
    ]);
  });

  it('trailing windows: 1m from its own base; 3m–1y null for every row as decided on the first market; 設定来 from its own launch close', async () => {
    const { report } = await compute();
    const s3 = report.strategies[1]!;
    expect(s3.trailing['1m']).toBeCloseTo(0.1, 12);
    expect([s3.trailing['3m'], s3.trailing['6m'], s3.trailing['1y']]).toEqual([null, null, null]);
    expect(s3.trailing.sinceLaunch).toBeCloseTo(1100 / 900 - 1, 12);
    const topix = report.indices[1]!;
    expect(topix.trailing.sinceLaunch).toBeCloseTo(2100 / 1900 - 1, 12);
  });

  it('the null rule is the first market’s: a JP 1m window starting before launch is not null when the US one is not', async () => {
    // launchDate 02-27: the US 1m start (02-27) is on it; the JP one (02-26) is a day before.
    const files = twoMarketFiles({
      'config.json': twoMarketConfig((c) => {
        c.service.launchDate = '2026-02-27';
        delete c.strategies[1].launchDate;
      }),
    });
    const { report } = await compute(files);
    const s3 = report.strategies[1]!;
    expect(s3.trailing['1m']).toBeCloseTo(0.1, 12);
    // 設定来 from the JP launch close: the last Tokyo day on or before 02-27, 02-26.
    expect(s3.trailing.sinceLaunch).toBeCloseTo(0.1, 12);
  });

  it('the factor model covers its market only: the JP strategy has no attribution, the US one has', async () => {
    const { report } = await compute();
    expect(report.strategies[0]!.attribution).not.toBeNull();
    expect(report.strategies[1]!.attribution).toBeNull();
  });

  it('chart series of the JP pair are on Tokyo days', async () => {
    const { charts } = await compute();
    const pair = charts.sinceLaunch.pairs[1]!;
    expect(pair.strategy.points.map((p) => p.date)).toEqual(['2026-01-29', '2026-01-30', '2026-02-02', '2026-02-26', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-30']);
    expect(pair.strategy.points.at(-1)!.value).toBeCloseTo(1100 / 900 - 1, 12);
    expect(pair.benchmark.points.at(-1)!.value).toBeCloseTo(2100 / 1900 - 1, 12);
    expect(charts.sinceLaunch.end).toBe('2026-03-31');
  });
});

describe('weeks on the first market’s calendar; an index of another market read on its own dates', () => {
  it('a Tokyo-only day (03-04) is no week day; TOPIX weeks use its levels on or before each week’s last day', async () => {
    const { report } = await compute();
    expect(report.weeks.map((w) => [w.start, w.end])).toEqual([
      ['2026-03-02', '2026-03-03'],
      ['2026-03-31', '2026-03-31'],
    ]);
    expect(report.weeks[0]!.returns.TOPIX).toBeCloseTo(2040 / 2000 - 1, 12);
    expect(report.weeks[1]!.returns.TOPIX).toBeCloseTo(2200 / 2040 - 1, 12);
  });
});

describe('completeness per market a strategy uses', () => {
  it('Tokyo without a day after March: an error naming the market and its last date; --partial marks 速報', async () => {
    const files = withoutDay(twoMarketFiles(), '2026-04-01', /,(J01|J02|TOPIX),/);
    await expect(compute(files)).rejects.toThrow(
      new UsageError('2026-03 is not complete: prices.csv has, for market JP, no date after 2026-03 (last date 2026-03-30); use --partial for a preliminary (速報) report'),
    );
    const { report } = await compute(files, { partial: true });
    expect(report.partial).toBe(true);
  });

  it('complete in both markets: not partial', async () => {
    expect((await compute()).report.partial).toBe(false);
  });
});
