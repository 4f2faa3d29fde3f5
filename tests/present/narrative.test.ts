import { describe, expect, it } from 'vitest';
import { attributionOpeningSentence, bestCourseSentence, factorScopeSentence, firstMarketName } from '../../src/present/narrative.js';
import type { Config, ReportModel } from '../../src/types.js';
import { fixtureConfig, reportFixture } from '../helpers/report-fixture.js';

function withBest(monthReturn: number, excessReturn: number, config: Config = fixtureConfig): string | null {
  const { report } = reportFixture().result;
  const courses = report.courses.map((c) => (c.rank === 1 ? { ...c, monthReturn, excessReturn } : c));
  return bestCourseSentence({ ...report, courses }, config);
}

describe('bestCourseSentence', () => {
  it('names the rank-1 course with its headline figures (69+448=517 bp: the second phrasing)', () => {
    expect(withBest(-0.0069, 0.0448)).toBe(
      'WEALTH GROWTH（ウェルスグロース）で最も月間成績が良かった運用コースは「ネクストメジャー100」でした。' +
        '月間で△0.69%、ベンチマーク（Russell2000）に対する超過収益では+4.48%となり、ベンチマークを大きくアウトパフォームしました。',
    );
  });

  it('has a first phrasing (200+100=300 bp)', () => {
    expect(withBest(0.02, 0.01)).toBe(
      '当月、WEALTH GROWTH（ウェルスグロース）の運用コースのなかで月間パフォーマンスが最も高かったのは「ネクストメジャー100」でした。' +
        '月間騰落率は+2.00%、ベンチマーク（Russell2000）に対する超過収益は+1.00%となり、ベンチマークを大きくアウトパフォームしました。',
    );
  });

  it('uses 大きく from |excess| ≥ 1% on the unrounded value', () => {
    expect(withBest(0.02, 0.01)).toContain('を大きくアウトパフォーム');
    expect(withBest(0.02, 0.009999)).toContain('をアウトパフォーム'); // prints +1.00% but is below 1%
    expect(withBest(0.02, 0.009999)).toContain('+1.00%');
    expect(withBest(0.02, 0.009999)).not.toContain('大きく');
    expect(withBest(-0.03, -0.01)).toContain('を大きくアンダーパフォーム');
    expect(withBest(-0.03, -0.0042)).toContain('をアンダーパフォームしました');
  });

  it('says わずかに below 0.1% and 同じ水準 when the excess is exactly 0', () => {
    expect(withBest(0.01, 0.00001)).toContain('超過収益は0.00%となり、ベンチマークをわずかにアウトパフォーム');
    expect(withBest(0.01, 0.0009)).toContain('わずかにアウトパフォーム');
    expect(withBest(0.01, 0.001)).not.toContain('わずかに');
    expect(withBest(0.01, -0.00001)).toContain('わずかにアンダーパフォーム');
    expect(withBest(0.01, 0)).toContain('ベンチマークと同じ水準となりました。');
  });

  it('uses the configured negative mark', () => {
    expect(withBest(-0.0227, -0.0153, { ...fixtureConfig, negativeMark: '▲' })).toContain('月間騰落率は▲2.27%');
  });

  it('is null without courses', () => {
    const { report } = reportFixture().result;
    expect(bestCourseSentence({ ...report, courses: [] }, fixtureConfig)).toBeNull();
  });
});

/** Strategies and courses with given [month, excess]; course i takes the weights of the fixture's course i. */
function reportWith(strategies: [number, number][], courses: [number, number][]): ReportModel {
  const { report } = reportFixture().result;
  return {
    ...report,
    strategies: strategies.map(([m, e], i) => ({ ...report.strategies[i % 2]!, monthReturn: m, excessReturn: e })),
    courses: courses.map(([m, e], i) => ({ ...report.courses[i % 5]!, rank: i + 1, monthReturn: m, excessReturn: e })),
  };
}

const LABEL = 'WEALTH GROWTH（ウェルスグロース）';

describe('attributionOpeningSentence', () => {
  it('counts as the firm does: 2 strategies + 3 blended courses = 5 戦略 (December 2025 of the real report)', () => {
    const r = reportWith(
      [[0.0303, 0.0308], [-0.0227, -0.0153]],
      [[0.0303, 0.0308], [0.0144, 0.0169], [0.0038, 0.0077], [-0.0068, -0.0015], [-0.0227, -0.0153]],
    );
    // items: the two strategies and courses 2–4; 303+227+144+38+68 = 780 bp: the first phrasing
    expect(attributionOpeningSentence(r, fixtureConfig)).toBe(
      `こうした市場環境のなか、${LABEL}がご提供している5戦略のうち、3戦略がプラスのリターンとなり、3戦略がベンチマークをアウトパフォームしました。`,
    );
  });

  it('does not refer to a market environment no commentary described', () => {
    const r = reportWith([[0.01, 0.02], [-0.01, -0.02]], [[0.01, 0.01], [0.005, 0.0], [-0.01, -0.01]]);
    // items: 2 strategies + courses 2 and 3 (course 1 is MAJOR100 alone); 100+100+50+100 = 350 bp
    expect(attributionOpeningSentence(r, fixtureConfig, false)).toBe(
      `当月、${LABEL}がご提供している4戦略のうち、2戦略がプラスのリターンとなり、1戦略がベンチマークをアウトパフォームしました。`,
    );
  });

  it('words the all and none cases', () => {
    const all = reportWith([[0.01, 0.01], [0.02, 0.02]], [[0.01, 0.01]]);
    expect(attributionOpeningSentence(all, fixtureConfig)).toBe(
      `こうした市場環境のなか、${LABEL}がご提供している2戦略のうち、すべての戦略がプラスのリターンとなり、すべての戦略がベンチマークをアウトパフォームしました。`,
    );
    const none = reportWith([[-0.01, -0.01], [0, 0]], [[-0.01, -0.01]]);
    expect(attributionOpeningSentence(none, fixtureConfig)).toBe(
      `こうした市場環境のなか、${LABEL}がご提供している2戦略のうち、プラスのリターンとなった戦略はなく、ベンチマークをアウトパフォームした戦略はありませんでした。`,
    );
  });

  it('has a second phrasing (100+201=301 bp)', () => {
    expect(attributionOpeningSentence(reportWith([[0.01, 0.01], [-0.0201, -0.02]], [[0.01, 0.01]]), fixtureConfig)).toBe(
      `こうした市場環境のなか、${LABEL}がご提供している2戦略は、1戦略がプラスとなり、1戦略がベンチマークを上回る結果となりました。`,
    );
    expect(attributionOpeningSentence(reportWith([[0.01, 0.01], [0.0201, 0.02]], [[0.01, 0.01]]), fixtureConfig)).toBe(
      `こうした市場環境のなか、${LABEL}がご提供している2戦略は、すべてがプラスとなり、すべてがベンチマークを上回る結果となりました。`,
    );
  });
});

describe('firstMarketName', () => {
  it('is 米国市場 without markets, else the first market', () => {
    expect(firstMarketName(fixtureConfig)).toBe('米国市場');
    const withMarkets = { ...fixtureConfig, markets: [{ id: 'JP', name: '日本市場' }, { id: 'US', name: '米国市場' }] };
    expect(firstMarketName(withMarkets)).toBe('日本市場');
  });
});

describe('factorScopeSentence: one sentence when the factor model does not cover every strategy', () => {
  it('names the factor model’s market and the strategies it covers; null when it covers all', () => {
    const report = reportFixture().result.report;
    expect(factorScopeSentence(report, fixtureConfig)).toBeNull();
    const jp = { ...report.strategies[0]!, id: 'SAMURAI25', name: 'サムライ25', market: 'JP', attribution: null };
    const three: ReportModel = { ...report, strategies: [...report.strategies, jp] };
    expect(factorScopeSentence(three, fixtureConfig)).toBe('ファクター分析は、米国市場の戦略（メジャー100、ネクストメジャー100）を対象としています。');
  });
});
