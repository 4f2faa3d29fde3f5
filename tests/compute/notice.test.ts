/**
 * The client notice's figures (NOTICE.md): 設定来 from each strategy's own launchDate (hand-worked),
 * the month's figures equal to the report's, and the monthly run's trigger at and just past
 * notice.threshold.
 */
import { describe, expect, it } from 'vitest';
import { computeNotice, requireNoticeStrategy, sinceOwnLaunch } from '../../src/compute/notice.js';
import { noticeCandidates, noticeWarning } from '../../src/present/notice-trigger.js';
import { figureWarnings } from '../../src/present/warnings.js';
import { computeReport } from '../../src/compute/report.js';
import { UsageError } from '../../src/errors.js';
import { closest } from '../../src/suggest.js';
import type { StrategyReport } from '../../src/types.js';
import { buildDataset, testConfig, weekdays } from '../helpers/dataset-builder.js';

// Fri 30 Jan … Wed 1 Apr 2026, no holidays: 30 Jan is day 0, Fri 13 Feb day 10, Tue 31 Mar day 42.
const calendar = weekdays('2026-01-30', '2026-04-01');
const day = (i: number) => calendar[i]!;
const config = testConfig(calendar, {
  strategies: [
    { id: 'MAJOR', name: 'メジャー', benchmark: 'SPX', market: 'US', traits: [] },
    // Its own launch on Sunday 15 Feb: 設定来 starts from Friday 13 Feb's close.
    { id: 'NEXT', name: 'ネクスト', benchmark: 'RUT', market: 'US', traits: [], launchDate: '2026-02-15' },
  ],
});
const dataset = buildDataset({
  calendar,
  config,
  // A = 100 + i (NEXT, buy and hold), B = 100 − 0.5 i (MAJOR).
  tickers: { A: calendar.map((_, i) => 100 + i), B: calendar.map((_, i) => 100 - 0.5 * i) },
  snapshots: [
    { strategy: 'MAJOR', date: day(0), weights: { B: 1 } },
    { strategy: 'NEXT', date: day(0), weights: { A: 1 } },
  ],
  // SPX = 200 + i, RUT = 50 + i.
  indices: { SPX: calendar.map((_, i) => 200 + i), RUT: calendar.map((_, i) => 50 + i) },
});
const options = { month: '2026-03', asOf: '2026-04-01', partial: false, generator: { name: 'wg-report', version: '9.9.9' } };

describe('設定来 from each strategy\'s own launchDate', () => {
  const since = sinceOwnLaunch(dataset, '2026-03', false);

  it('NEXT: from Friday 13 Feb (day 10), the last trading day before its Sunday launch, to 31 Mar (day 42)', () => {
    expect(day(10)).toBe('2026-02-13');
    expect(day(42)).toBe('2026-03-31');
    const s = since.get('NEXT')!;
    expect(s.start).toBe('2026-02-13');
    expect(s.return).toBeCloseTo(142 / 110 - 1, 14); // A: 110 → 142
    expect(s.benchmarkReturn).toBeCloseTo(92 / 60 - 1, 14); // RUT: 60 → 92
  });

  it('MAJOR: without a launchDate of its own, from the service launch, equal to the report\'s 設定来', () => {
    const s = since.get('MAJOR')!;
    expect(s.start).toBe('2026-01-30');
    expect(s.return).toBeCloseTo(79 / 100 - 1, 14); // B: 100 → 79
    expect(s.benchmarkReturn).toBeCloseTo(242 / 200 - 1, 14); // SPX: 200 → 242
    const { report } = computeReport(dataset, options);
    const major = report.strategies.find((x) => x.id === 'MAJOR')!;
    expect(s.return).toBe(major.trailing.sinceLaunch);
    expect(s.benchmarkReturn).toBe(report.indices.find((x) => x.id === 'SPX')!.trailing.sinceLaunch);
  });

  it('a launch before the first snapshot has no 設定来 return (null), its benchmark still has one', () => {
    const late = buildDataset({
      calendar,
      config,
      tickers: { A: calendar.map((_, i) => 100 + i), B: calendar.map((_, i) => 100 - 0.5 * i) },
      snapshots: [
        { strategy: 'MAJOR', date: day(5), weights: { B: 1 } },
        { strategy: 'NEXT', date: day(0), weights: { A: 1 } },
      ],
      indices: { SPX: calendar.map((_, i) => 200 + i), RUT: calendar.map((_, i) => 50 + i) },
    });
    const s = sinceOwnLaunch(late, '2026-03', false).get('MAJOR')!;
    expect(s.return).toBeNull();
    expect(s.benchmarkReturn).toBeCloseTo(242 / 200 - 1, 14);
  });
});

describe('computeNotice: notice.json', () => {
  const result = computeReport(dataset, options);
  const notice = computeNotice(dataset, result, { strategy: 'NEXT', partial: false, inputs: { 'config.json': 'x'.repeat(64) } });

  it('keys in NOTICE.md order; the month\'s figures are the report\'s', () => {
    expect(Object.keys(notice)).toEqual([
      'schemaVersion', 'month', 'date', 'asOf', 'partial', 'sample', 'strategy', 'others', 'generator', 'inputs', 'warnings',
    ]);
    const r = result.report.strategies.find((x) => x.id === 'NEXT')!;
    expect(notice.strategy).toMatchObject({
      id: 'NEXT', benchmark: 'RUT', base: r.base, end: r.end, monthReturn: r.monthReturn, benchmarkReturn: r.benchmarkReturn,
      excessReturn: r.excessReturn, sharpe: r.sharpe, attribution: r.attribution,
    });
    expect(notice.date).toBe('2026-04-01'); // --date absent: asOf
    expect(notice.others.map((o) => o.id)).toEqual(['MAJOR']);
  });

  it('--date is the issue date', () => {
    expect(computeNotice(dataset, result, { strategy: 'NEXT', date: '2026-04-03', partial: false, inputs: {} }).date).toBe('2026-04-03');
  });

  it('an unknown strategy is a usage error naming the configured ones and the closest', () => {
    expect(() => requireNoticeStrategy(config, 'NXET', closest)).toThrow(UsageError);
    expect(() => requireNoticeStrategy(config, 'NXET', closest)).toThrow(
      '--strategy NXET: no such strategy in config.json (strategies: MAJOR, NEXT) (did you mean NEXT?)',
    );
  });
});

describe('the trigger: excess ≤ −notice.threshold', () => {
  const strategy = (id: string, excessReturn: number) => ({ id, benchmark: 'RUT', excessReturn }) as StrategyReport;
  const threshold = config.notice.threshold; // 0.03

  it('at the threshold it warns; just past it (a hair above −3%) it does not', () => {
    const at = strategy('AT', -threshold);
    const past = strategy('PAST', -threshold + 1e-12);
    const below = strategy('BELOW', -0.0452);
    expect(noticeCandidates([at, past, below], config).map((s) => s.id)).toEqual(['AT', 'BELOW']);
  });

  it('names the excess and prints the command that drafts the notice', () => {
    expect(noticeWarning(strategy('NEXT100', -0.0452), '2026-01', config, true)).toBe(
      "NEXT100's excess return over RUT in 2026-01 is -4.52%, at or below -notice.threshold (-3.00%): a client notice may be needed; " +
        'draft it with: wg-report notice 2026-01 --strategy NEXT100',
    );
    expect(noticeWarning(strategy('NEXT100', -0.0452), '2026-01', config, false)).toMatch(/--strategy NEXT100 \(add this run's --data and --out\)$/);
  });

  it('the monthly run lists it in its warnings (after the figures\' other warnings)', () => {
    const { report } = computeReport(dataset, options);
    const warnings = figureWarnings(report, dataset.securities, config);
    // MAJOR: B falls while SPX rises, more than 3% behind; NEXT: A 121 → 142 against RUT 71 → 92 in March.
    const lagging = report.strategies.filter((s) => s.excessReturn <= -0.03).map((s) => s.id);
    expect(lagging.length).toBeGreaterThan(0);
    for (const id of lagging) expect(warnings.some((w) => w.includes(`--strategy ${id}`))).toBe(true);
    expect(figureWarnings(report, dataset.securities).some((w) => w.includes('client notice'))).toBe(false);
  });
});
