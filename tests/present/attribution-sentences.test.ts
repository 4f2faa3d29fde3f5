/**
 * The per-strategy factor sentence, pinned case by case (tilt sign × contribution sign × size).
 * Every expected sentence is written out by hand from the rules: a factor is named by the side of
 * its tilt (high label for a positive active exposure, low label for a negative one), helped / hurt
 * by the contribution's sign, 大きく from 1% and わずかに below 0.1% (degree.ts), effects in order of
 * size with the stock-specific part among them. The phrasing (v0 / v1) is the sum of |excess| and
 * |specific| in basis points, mod 2: the comment on each case gives that sum.
 */
import { describe, expect, it } from 'vitest';
import { strategyAttributionSentence } from '../../src/present/narrative.js';
import type { Config, StrategyReport } from '../../src/types.js';
import { fixtureConfig, reportFixture } from '../helpers/report-fixture.js';

const config: Config = {
  ...fixtureConfig,
  strategies: [{ market: 'US', id: 'T', name: 'テスト', benchmark: 'BM', traits: ['quality', 'stability'] }],
  indices: [{ market: 'US', id: 'BM', name: 'Bench Index', short: 'ベンチ' }],
  factors: [
    { id: 'quality', name: '品質', high: '高品質', low: '低品質' },
    { id: 'stability', name: '安定性', high: '安定成長', low: '収益変動大' },
    { id: 'size', name: '規模', high: '大型', low: '小型' },
    { id: 'beta', name: 'ベータ', high: '高ベータ', low: '低ベータ' },
    { id: 'value', name: '割安性', high: '割安', low: '割高' },
    { id: 'momentum', name: '騰落率', high: '高モメンタム', low: '低モメンタム' },
  ],
};

/** [factor id, sign of the active exposure, contribution] */
type Tilt = [string, 1 | -1 | 0, number];

function strategy(excess: number, specific: number | null, tilts: Tilt[]): StrategyReport {
  const base = reportFixture().result.report.strategies[0]!;
  return {
    ...base,
    id: 'T',
    name: 'テスト',
    benchmark: 'BM',
    excessReturn: excess,
    attribution:
      specific === null
        ? null
        : {
            excessReturn: excess,
            specific,
            factors: config.factors.map((f) => {
              const t = tilts.find(([id]) => id === f.id);
              const exposure = t ? t[1] * 0.8 : 0;
              const contribution = t ? t[2] : 0;
              return { id: f.id, name: f.name, activeExposure: exposure, factorReturn: exposure === 0 ? 0 : contribution / exposure, contribution };
            }),
          },
  };
}

const V0 = (e: string, verb: string) => `テストは、ベンチマークのベンチに対する超過収益が${e}となり、ベンチを${verb}しました。`;
const V1 = (e: string, verb: string) => `テストは、ベンチに対して${e}の超過収益となり、ベンチマークを${verb}しました。`;
const L0 = '要因を大きい順に見ると、';
const L1 = '寄与の大きい順に見ると、';

const cases: { name: string; excess: number; specific: number | null; tilts: Tilt[]; expected: string; cfg?: Config }[] = [
  {
    name: '1 trait on its side, helped (60+20=80: v0)',
    excess: 0.006, specific: 0.002, tilts: [['quality', 1, 0.004]],
    expected: V0('+0.60%', 'アウトパフォーム') + L0 + 'ポートフォリオの特徴である「高品質」特性がプラスに寄与し、銘柄固有要因（+0.20%）もプラスに寄与しました。',
  },
  {
    name: '2 trait on its side, hurt (20+20=40: v0)',
    excess: -0.002, specific: 0.002, tilts: [['quality', 1, -0.004]],
    expected: V0('△0.20%', 'アンダーパフォーム') + L0 + 'ポートフォリオの特徴である「高品質」特性はマイナスに寄与した一方、銘柄固有要因（+0.20%）がプラスに寄与しました。',
  },
  {
    name: '3 trait factor tilted the other way, helped: named by its low label, not as the trait (50+10=60: v0)',
    excess: 0.005, specific: 0.001, tilts: [['quality', -1, 0.004]],
    expected: V0('+0.50%', 'アウトパフォーム') + L0 + '「低品質」特性がプラスに寄与し、銘柄固有要因（+0.10%）もプラスに寄与しました。',
  },
  {
    name: '4 trait factor tilted the other way, hurt (40: v0)',
    excess: -0.004, specific: 0, tilts: [['quality', -1, -0.004]],
    expected: V0('△0.40%', 'アンダーパフォーム') + L0 + '「低品質」特性はマイナスに寄与しました。',
  },
  {
    name: '5 positive tilt, large help (100+20=120: v0)',
    excess: 0.01, specific: -0.002, tilts: [['size', 1, 0.012]],
    expected: V0('+1.00%', '大きくアウトパフォーム') + L0 + '「大型」特性は大きくプラスに寄与した一方、銘柄固有要因（△0.20%）がマイナスに寄与しました。',
  },
  {
    name: '6 negative tilt, large help (100+20=120: v0)',
    excess: 0.01, specific: -0.002, tilts: [['size', -1, 0.012]],
    expected: V0('+1.00%', '大きくアウトパフォーム') + L0 + '「小型」特性は大きくプラスに寄与した一方、銘柄固有要因（△0.20%）がマイナスに寄与しました。',
  },
  {
    name: '7 positive tilt, large hurt (110+10=120: v0)',
    excess: -0.011, specific: 0.001, tilts: [['size', 1, -0.012]],
    expected: V0('△1.10%', '大きくアンダーパフォーム') + L0 + '「大型」特性は大きくマイナスに寄与した一方、銘柄固有要因（+0.10%）がプラスに寄与しました。',
  },
  {
    name: '8 negative tilt, large hurt (110+10=120: v0)',
    excess: -0.011, specific: 0.001, tilts: [['size', -1, -0.012]],
    expected: V0('△1.10%', '大きくアンダーパフォーム') + L0 + '「小型」特性は大きくマイナスに寄与した一方、銘柄固有要因（+0.10%）がプラスに寄与しました。',
  },
  {
    name: '9 the other phrasing; a specific part below 0.1% is わずかに (31+2=33: v1)',
    excess: 0.0031, specific: 0.0002, tilts: [['size', 1, 0.003]],
    expected: V1('+0.31%', 'アウトパフォーム') + L1 + '「大型」特性がプラスに寄与し、銘柄固有要因（+0.02%）もわずかにプラスに寄与しました。',
  },
  {
    name: '10 a non-trait factor below 0.1% is not named (49+40=89: v1)',
    excess: 0.0049, specific: 0.004, tilts: [['beta', 1, 0.0009]],
    expected: V1('+0.49%', 'アウトパフォーム') + L1 + '銘柄固有要因（+0.40%）はプラスに寄与しました。',
  },
  {
    name: '11 a trait is named however small, with わずかに (21+30=51: v1)',
    excess: 0.0021, specific: 0.003, tilts: [['quality', 1, -0.0009]],
    expected: V1('+0.21%', 'アウトパフォーム') + L1 + '銘柄固有要因（+0.30%）はプラスに寄与したものの、ポートフォリオの特徴である「高品質」特性がわずかにマイナスに寄与しました。',
  },
  {
    name: '12 an excess that is mostly stock-specific says so first (295+315=610: v0)',
    excess: 0.0295, specific: 0.0315, tilts: [['quality', 1, -0.008], ['size', 1, 0.006]],
    expected: V0('+2.95%', '大きくアウトパフォーム') + L0 + '銘柄固有要因（+3.15%）は大きくプラスに寄与した一方、ポートフォリオの特徴である「高品質」特性がマイナスに寄与しました。また、「大型」特性はプラスに寄与しました。',
  },
  {
    name: '13 the largest item of the month gets 大きく (446+142=588: v0)',
    excess: 0.0446, specific: 0.0142, tilts: [['beta', 1, 0.0364], ['size', -1, -0.0259]],
    expected: V0('+4.46%', '大きくアウトパフォーム') + L0 + '「高ベータ」特性は大きくプラスに寄与した一方、「小型」特性が大きくマイナスに寄与しました。また、銘柄固有要因（+1.42%）は大きくプラスに寄与しました。',
  },
  {
    name: '14 two other factors of one sign share a clause, larger first (60+10=70: v0)',
    excess: 0.006, specific: -0.001, tilts: [['size', 1, 0.002], ['beta', -1, 0.005]],
    expected: V0('+0.60%', 'アウトパフォーム') + L0 + '「低ベータ、大型」特性はプラスに寄与した一方、銘柄固有要因（△0.10%）がマイナスに寄与しました。',
  },
  {
    name: '15 a group whose total reaches 1% is 大きく (116+5=121: v1)',
    excess: 0.0116, specific: 0.0005, tilts: [['size', 1, 0.006], ['beta', 1, 0.005]],
    expected: V1('+1.16%', '大きくアウトパフォーム') + L1 + '「大型、高ベータ」特性が大きくプラスに寄与し、銘柄固有要因（+0.05%）もわずかにプラスに寄与しました。',
  },
  {
    name: '16 one trait helped, another hurt (10+10=20: v0)',
    excess: -0.001, specific: 0.001, tilts: [['quality', 1, 0.005], ['stability', 1, -0.007]],
    expected: V0('△0.10%', 'アンダーパフォーム') + L0 + 'ポートフォリオの特徴である「安定成長」特性はマイナスに寄与した一方、同じく特徴である「高品質」特性がプラスに寄与しました。また、銘柄固有要因（+0.10%）はプラスに寄与しました。',
  },
  {
    name: '17 a trait on its low side is an other factor; the trait on its side follows by size (50: v0)',
    excess: 0.005, specific: 0, tilts: [['quality', 1, 0.002], ['stability', -1, 0.003]],
    expected: V0('+0.50%', 'アウトパフォーム') + L0 + '「収益変動大」特性がプラスに寄与し、ポートフォリオの特徴である「高品質」特性もプラスに寄与しました。',
  },
  {
    name: '18 at most three other factors per side (105: v1)',
    excess: 0.0105, specific: 0, tilts: [['size', 1, 0.004], ['beta', 1, 0.003], ['value', -1, 0.002], ['momentum', 1, 0.0015]],
    expected: V1('+1.05%', '大きくアウトパフォーム') + L1 + '「大型、高ベータ、割高」特性はプラスに寄与しました。',
  },
  {
    name: '19 zero excess; equal sizes put the trait before the specific part (0+20=20: v0)',
    excess: 0, specific: -0.002, tilts: [['quality', 1, 0.002]],
    expected: 'テストは、ベンチマークのベンチと同じ水準のリターンとなりました。' + L0 + 'ポートフォリオの特徴である「高品質」特性はプラスに寄与した一方、銘柄固有要因（△0.20%）がマイナスに寄与しました。',
  },
  {
    name: '20 no attribution: the headline only (123: v1)',
    excess: 0.0123, specific: null, tilts: [],
    expected: V1('+1.23%', '大きくアウトパフォーム'),
  },
  {
    name: '21 no tilt or no contribution: not named (30+30=60: v0)',
    excess: 0.003, specific: 0.003, tilts: [['quality', 0, 0], ['size', 1, 0]],
    expected: V0('+0.30%', 'アウトパフォーム') + L0 + '銘柄固有要因（+0.30%）はプラスに寄与しました。',
  },
  {
    name: '22 just under 1% prints +1.00% but is not 大きく (100: v0)',
    excess: 0.009999, specific: 0, tilts: [['size', 1, 0.009999]],
    expected: V0('+1.00%', 'アウトパフォーム') + L0 + '「大型」特性はプラスに寄与しました。',
  },
  {
    name: '23 the configured negative mark (153: v1)',
    excess: -0.0153, specific: 0, tilts: [['size', -1, -0.0153]],
    cfg: { ...config, negativeMark: '▲' },
    expected: V1('▲1.53%', '大きくアンダーパフォーム') + L1 + '「小型」特性は大きくマイナスに寄与しました。',
  },
  {
    name: '24 five clauses, two to a sentence (40+10=50: v0)',
    excess: 0.004, specific: 0.001,
    tilts: [['quality', 1, 0.006], ['stability', 1, -0.004], ['size', 1, 0.003], ['beta', -1, -0.002]],
    expected: V0('+0.40%', 'アウトパフォーム') + L0 + 'ポートフォリオの特徴である「高品質」特性はプラスに寄与した一方、同じく特徴である「安定成長」特性がマイナスに寄与しました。' +
      'また、「大型」特性はプラスに寄与した一方、「低ベータ」特性がマイナスに寄与しました。このほか、銘柄固有要因（+0.10%）はプラスに寄与しました。',
  },
  {
    name: '25 two traits that helped: 「…」といった特性 (10+60=70: v0)',
    excess: -0.001, specific: -0.006, tilts: [['quality', 1, 0.003], ['stability', 1, 0.002]],
    expected: V0('△0.10%', 'アンダーパフォーム') + L0 + '銘柄固有要因（△0.60%）はマイナスに寄与した一方、ポートフォリオの特徴である「高品質、安定成長」といった特性がプラスに寄与しました。',
  },
];

describe('strategyAttributionSentence: hand-built cases', () => {
  it.each(cases)('$name', ({ excess, specific, tilts, expected, cfg }) => {
    expect(strategyAttributionSentence(strategy(excess, specific, tilts), cfg ?? config)).toBe(expected);
  });

  it('never names a trait on the side the portfolio was not on', () => {
    for (const c of cases) {
      const s = strategyAttributionSentence(strategy(c.excess, c.specific, c.tilts), c.cfg ?? config);
      for (const [id, sign] of c.tilts) {
        const f = config.factors.find((x) => x.id === id)!;
        if (sign > 0) expect(s, c.name).not.toContain(f.low);
        if (sign < 0) expect(s, c.name).not.toContain(f.high);
      }
      expect(s, c.name).not.toContain('最も');
    }
  });

  it('gives the same text for the same figures (two runs agree)', () => {
    const c = cases[23]!;
    expect(strategyAttributionSentence(strategy(c.excess, c.specific, c.tilts), config)).toBe(
      strategyAttributionSentence(strategy(c.excess, c.specific, c.tilts), config),
    );
  });
});
