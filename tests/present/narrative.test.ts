import { describe, expect, it } from 'vitest';
import {
  attributionOpeningSentence,
  bestCourseSentence,
  strategyAttributionSentence,
} from '../../src/present/narrative.js';
import type { Config, ReportModel, StrategyReport } from '../../src/types.js';
import { fixtureConfig, reportFixture } from '../helpers/report-fixture.js';

function withBest(monthReturn: number, excessReturn: number, config: Config = fixtureConfig): string | null {
  const { report } = reportFixture().result;
  const courses = report.courses.map((c) => (c.rank === 1 ? { ...c, monthReturn, excessReturn } : c));
  return bestCourseSentence({ ...report, courses }, config);
}

describe('bestCourseSentence', () => {
  it('names the rank-1 course with its headline figures', () => {
    const s = withBest(-0.0069, 0.0448)!;
    expect(s).toContain('「ネクストメジャー100」');
    expect(s).toContain('月間騰落率は△0.69%');
    expect(s).toContain('超過収益は+4.48%');
    expect(s).toContain('ベンチマーク（Russell2000）');
    expect(s).toContain('ベンチマークを大きくアウトパフォームしました。');
  });

  it('uses 大きく from |excess| ≥ 1% on the unrounded value', () => {
    expect(withBest(0.02, 0.01)).toContain('を大きくアウトパフォーム');
    expect(withBest(0.02, 0.009999)).toContain('をアウトパフォーム'); // prints +1.00% but is below 1%
    expect(withBest(0.02, 0.009999)).toContain('+1.00%');
    expect(withBest(0.02, 0.009999)).not.toContain('大きく');
    expect(withBest(-0.03, -0.01)).toContain('を大きくアンダーパフォーム');
    expect(withBest(-0.03, -0.0042)).toContain('をアンダーパフォームしました');
  });

  it('says わずかに when the excess rounds to 0.00% and 同じ水準 when it is exactly 0', () => {
    expect(withBest(0.01, 0.00001)).toContain('超過収益は0.00%となり、ベンチマークをわずかにアウトパフォーム');
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

function reportWith(strategies: [number, number][], courses: [number, number][]): ReportModel {
  const { report } = reportFixture().result;
  return {
    ...report,
    strategies: strategies.map(([m, e], i) => ({ ...report.strategies[i % 2]!, monthReturn: m, excessReturn: e })),
    courses: courses.map(([m, e], i) => ({ ...report.courses[i % 5]!, rank: i + 1, monthReturn: m, excessReturn: e })),
  };
}

describe('attributionOpeningSentence', () => {
  it('counts the strategies and courses that rose and that beat their benchmark', () => {
    const s = attributionOpeningSentence(reportWith([[0.01, 0.02], [-0.01, -0.02]], [[0.01, 0.01], [0.005, 0.0], [-0.01, -0.01]]), fixtureConfig);
    expect(s).toContain('ご提供する2戦略・3コースのうち');
    expect(s).toContain('1戦略・2コースがプラスのリターンとなり');
    expect(s).toContain('1戦略・1コースがベンチマークを上回りました。');
  });

  it('leaves out a zero count and words the all and none cases', () => {
    const fixture = reportFixture().result.report;
    expect(attributionOpeningSentence(fixture, fixtureConfig)).toContain(
      'プラスのリターンとなった戦略・コースはなく、1戦略・4コースがベンチマークを上回りました。',
    );
    const all = attributionOpeningSentence(reportWith([[0.01, 0.01], [0.02, 0.02]], [[0.01, 0.01]]), fixtureConfig);
    expect(all).toContain('すべての戦略・コースがプラスのリターンとなり、すべての戦略・コースがベンチマークを上回りました。');
    const none = attributionOpeningSentence(reportWith([[-0.01, -0.01], [0, 0]], [[-0.01, -0.01]]), fixtureConfig);
    expect(none).toContain('プラスのリターンとなった戦略・コースはなく、ベンチマークを上回った戦略・コースはありませんでした。');
    const onlyStrategy = attributionOpeningSentence(reportWith([[0.01, 0.01], [-0.02, -0.02]], [[-0.01, -0.01]]), fixtureConfig);
    expect(onlyStrategy).toContain('1戦略がプラスのリターンとなり');
  });
});

function strategy(excess: number, contributions: Record<string, number>, specific = 0): StrategyReport {
  const base = reportFixture().result.report.strategies[0]!;
  return {
    ...base,
    excessReturn: excess,
    attribution: {
      excessReturn: excess,
      specific,
      factors: fixtureConfig.factors.map((f) => ({
        id: f.id,
        name: f.name,
        activeExposure: 0,
        factorReturn: 0,
        contribution: contributions[f.id] ?? 0,
      })),
    },
  };
}

describe('strategyAttributionSentence', () => {
  it('says how the strategy did against its benchmark, by the index short name', () => {
    const s = strategyAttributionSentence(strategy(0.0123, {}), fixtureConfig);
    expect(s).toContain('メジャー100（大型ハイクオリティ）は、ベンチマークのS&P500に対する超過収益が+1.23%となり、S&P500を大きくアウトパフォームしました。');
    expect(strategyAttributionSentence(strategy(-0.0042, {}), fixtureConfig)).toContain('S&P500をアンダーパフォームしました。');
    expect(strategyAttributionSentence(strategy(0, {}), fixtureConfig)).toContain('ベンチマークのS&P500と同じ水準のリターンとなりました。');
  });

  it('talks about the traits first: which helped and which hurt', () => {
    const s = strategyAttributionSentence(
      strategy(-0.01, { profitability: 0.002, eps_stability: 0.001, financial_safety: -0.003, shareholder_return: -0.0001, surprise: 0, size: 0.001 }),
      fixtureConfig,
    );
    expect(s).toContain('戦略の特徴である「収益性」「EPS安定性」の特性がプラスに寄与した一方、「財務安全性」「株主還元性」の特性はマイナスに寄与しました。');
    expect(s.indexOf('戦略の特徴')).toBeLessThan(s.indexOf('それ以外'));
  });

  it('words one-sided trait results', () => {
    const helped = strategyAttributionSentence(strategy(0.01, { profitability: 0.002, surprise: 0.001 }), fixtureConfig);
    expect(helped).toContain('「収益性」「サプライズ」の特性は、いずれもプラスに寄与しました。');
    const hurt = strategyAttributionSentence(strategy(-0.01, { surprise: -0.001 }), fixtureConfig);
    expect(hurt).toContain('「サプライズ」の特性は、マイナスに寄与しました。');
  });

  it('then names the largest helping and hurting factors outside the traits, and the specific part', () => {
    const s = strategyAttributionSentence(
      strategy(0.01, { size: 0.004, value: 0.001, momentum: -0.006, volatility: -0.002, profitability: 0.01 }, -0.0032),
      fixtureConfig,
    );
    expect(s).toContain('それ以外のファクターでは、「規模」が最も大きくプラスに、「騰落率」が最も大きくマイナスに寄与しました。');
    expect(s).toContain('銘柄固有要因は△0.32%でした。');
    const onlyUp = strategyAttributionSentence(strategy(0.01, { size: 0.004 }), fixtureConfig);
    expect(onlyUp).toContain('「規模」のプラス寄与が最も大きくなりました。');
  });

  it('without traits or attribution it still reads', () => {
    const config: Config = { ...fixtureConfig, strategies: fixtureConfig.strategies.map((s) => ({ ...s, traits: [] })) };
    const s = strategyAttributionSentence(strategy(0.01, { size: 0.004, momentum: -0.001 }), config);
    expect(s).not.toContain('戦略の特徴');
    expect(s).toContain('ファクター別では、「規模」が最も大きくプラスに');
    const bare = strategyAttributionSentence({ ...strategy(0.01, {}), attribution: null }, fixtureConfig);
    expect(bare).toMatch(/アウトパフォームしました。$/);
  });
});
