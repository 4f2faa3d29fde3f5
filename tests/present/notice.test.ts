/**
 * The notice's generated Japanese (NOTICE.md): the opening's words at the severe and zero boundaries,
 * the 現状 sentence's words following the signs, the 他の戦略 line, and the analysts' sections that
 * are still to be written (（執筆中） and a warning).
 */
import { describe, expect, it } from 'vitest';
import { buildNoticeViewModel, PENDING } from '../../src/present/notice-view-model.js';
import {
  joinedNames,
  openingParagraph,
  openingVerdict,
  otherStrategyLine,
  sinceLaunchSentence,
} from '../../src/present/notice-narrative.js';
import type { NoticeCommentary, NoticeModel } from '../../src/types.js';
import { fixtureConfig, reportFixture } from '../helpers/report-fixture.js';

describe('the opening: 大幅な劣後 / 劣後 / 同水準 / 上回る by the excess return', () => {
  const severe = 0.05;
  it('at and around −severe and 0', () => {
    expect(openingVerdict(-0.05, severe)).toBe('severe');
    expect(openingVerdict(-0.0501, severe)).toBe('severe');
    expect(openingVerdict(-0.0499, severe)).toBe('lag');
    expect(openingVerdict(-1e-12, severe)).toBe('lag');
    expect(openingVerdict(0, severe)).toBe('level');
    expect(openingVerdict(1e-12, severe)).toBe('ahead');
  });

  it('names the month, the style and the name, and the benchmark by its name', () => {
    const { result } = reportFixture();
    const s = result.report.strategies.find((x) => x.id === 'NEXT100')!;
    const text = openingParagraph({ ...s, sinceLaunch: { start: s.base, return: 0, benchmarkReturn: 0 }, excessReturn: -0.1016 }, fixtureConfig, 'WG');
    expect(text).toContain('2026年3月の運用実績におきまして、中小型ハイグロース戦略である「ネクストメジャー100」がベンチマーク（Russell 2000）に対し大幅な劣後となりました。');
    const ahead = openingParagraph({ ...s, sinceLaunch: { start: s.base, return: 0, benchmarkReturn: 0 }, excessReturn: 0.002 }, fixtureConfig, 'WG');
    expect(ahead).toContain('がベンチマーク（Russell 2000）を上回る結果となりました。');
  });
});

describe('the 現状 sentence: words follow the signs', () => {
  it('both negative: マイナス圏 … シャープレシオも … マイナス', () => {
    expect(sinceLaunchSentence({ start: '2025-02-13', return: -0.1361, benchmarkReturn: 0.0827 }, -0.34, '2025-02-13', 'Russell 2000', '△')).toBe(
      '設定来（2025年2月～）のパフォーマンスは△13.61%とマイナス圏で推移しており、シャープレシオも-0.34とマイナスになっております（同期間のベンチマーク（Russell 2000）は+8.27%）。',
    );
  });
  it('negative return, positive Sharpe: …おりますが、シャープレシオは0.28とプラス', () => {
    expect(sinceLaunchSentence({ start: '2025-02-13', return: -0.1361, benchmarkReturn: 0.05 }, 0.28, '2025-02-13', 'R', '△')).toContain(
      '△13.61%とマイナス圏で推移しておりますが、シャープレシオは0.28とプラスになっております',
    );
  });
  it('a return that prints 0.00% is neither plus nor minus', () => {
    expect(sinceLaunchSentence({ start: '2025-02-13', return: -0.00001, benchmarkReturn: 0 }, 0.5, '2025-02-13', 'R', '△')).toContain(
      '0.00%と設定時と同水準で推移しており、シャープレシオは0.50とプラスになっております',
    );
  });
  it('no Sharpe ratio: said so, no word for it', () => {
    expect(sinceLaunchSentence({ start: '2025-02-13', return: 0.1, benchmarkReturn: 0 }, null, '2025-02-13', 'R', '△')).toContain('シャープレシオは、算出に必要な期間');
  });
});

describe('他の戦略', () => {
  it('a generated line: its 設定来 against its benchmark\'s over the same window', () => {
    expect(otherStrategyLine({ start: '2020-12-01', return: 2.0795, benchmarkReturn: 1.2962 }, '2020-12-01', 'TOPIX', '△')).toBe(
      '設定来（2020年12月～）は+207.95%となり、同期間のベンチマーク（TOPIX）の+129.62%を上回っています。',
    );
  });
  it('names joined by 及び', () => {
    expect(joinedNames(['メジャー100', 'SAMURAI25'])).toBe('メジャー100及びSAMURAI25');
    expect(joinedNames(['A', 'B', 'C'])).toBe('A、B及びC');
  });
});

describe('the notice view model: the analysts\' sections', () => {
  const { result } = reportFixture();
  const s = result.report.strategies.find((x) => x.id === 'NEXT100')!;
  const notice: NoticeModel = {
    schemaVersion: 1,
    month: result.report.month,
    date: '2026-04-13',
    asOf: result.report.asOf,
    partial: false,
    sample: false,
    strategy: { ...s, sinceLaunch: { start: '2025-02-13', return: -0.12, benchmarkReturn: 0.08 } },
    others: result.report.strategies
      .filter((x) => x.id !== 'NEXT100')
      .map((o) => ({ id: o.id, name: o.name, monthReturn: o.monthReturn, excessReturn: o.excessReturn, sinceLaunch: { start: '2025-02-13', return: 0.2, benchmarkReturn: 0.1 } })),
    generator: { name: 'wg-report', version: '9.9.9' },
    inputs: {},
    warnings: [],
  };
  const build = (commentary: NoticeCommentary | null) =>
    buildNoticeViewModel({ notice, report: result.report, config: fixtureConfig, commentary, commentaryFile: 'commentary/notice-2026-03-NEXT100.md', chart: null, chartDir: 'charts/notice-NEXT100' });

  it('a missing section reads （執筆中） with a warning naming it', () => {
    const vm = build({ market: '市況の本文。', strategies: new Map(), qa: [] });
    expect(vm.market.text.markdown).toBe('市況の本文。');
    expect(vm.outlook.text.markdown).toBe(PENDING);
    expect(vm.qa.pending?.markdown).toBe(PENDING);
    expect(vm.warnings).toEqual([
      'commentary/notice-2026-03-NEXT100.md: section "## 今後の方針" is missing or empty: the notice shows （執筆中） there',
      'commentary/notice-2026-03-NEXT100.md: section "## Q&A" has no question (### heading) with an answer: the notice shows （執筆中） there',
    ]);
  });

  it('no file: every analysts\' section reads （執筆中）, the loader\'s one warning is enough', () => {
    const vm = build(null);
    expect([vm.market.text.markdown, vm.outlook.text.markdown, vm.qa.pending?.markdown]).toEqual([PENDING, PENDING, PENDING]);
    expect(vm.warnings).toEqual([]);
    // The generated sections stand without the analysts.
    expect(vm.policy.policy).toContain('「ネクストメジャー100」は、');
    expect(vm.others.rows.at(-1)!.noticed).toBe(true);
    expect(vm.others.rows.map((r) => r.cells[0]!.text)).toEqual([...notice.others.map((o) => o.name), 'ネクストメジャー100']);
  });

  it('the analysts\' 特徴・現状 replaces the generated line for that strategy only', () => {
    const vm = build({ strategies: new Map([['MAJOR100', 'アナリストの文。']]), qa: [{ question: 'なぜ？', answer: '答え。' }] });
    expect(vm.others.rows[0]!.note.markdown).toBe('アナリストの文。');
    expect(vm.others.rows.at(-1)!.note.markdown).toMatch(/^設定来（2025年2月～）は△12.00%となり/);
    expect(vm.qa.items).toEqual([{ question: 'Q1. なぜ？', answer: { html: '<p>答え。</p>', markdown: '答え。' } }]);
  });
});
