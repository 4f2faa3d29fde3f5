/**
 * Generated Japanese sentences. Figures in sentences use the headline style (`+3.03%`, `△2.27%`);
 * words (アウトパフォーム, 大きく, プラス/マイナス) are chosen from the unrounded values.
 */
import type { Config, CourseReport, ReportModel, StrategyReport } from '../types.js';
import { formatSignedPercent } from './percent.js';

/** |excess| at or above this is described as 大きく (REPORT.md section 3). */
export const LARGE_EXCESS = 0.01;

/** `WEALTH GROWTH（ウェルスグロース）`, or the bare name when no reading is configured. */
export function serviceLabel(config: Config): string {
  const { name, reading } = config.service;
  return reading ? `${name}（${reading}）` : name;
}

/** `メジャー100（大型ハイクオリティ）`, or the bare name when no style is configured. */
export function strategyLabel(config: Config, strategyId: string, fallbackName: string): string {
  const s = config.strategies.find((x) => x.id === strategyId);
  const name = s?.name ?? fallbackName;
  return s?.style ? `${name}（${s.style}）` : name;
}

/** The index's `short` name (S&P500), or its id when it is not configured. */
export function indexShort(config: Config, indexId: string): string {
  return config.indices.find((i) => i.id === indexId)?.short ?? indexId;
}

/** `を大きくアウトパフォームしました` and its variants, from the unrounded excess return. */
function versusBenchmark(excess: number, negativeMark: string): string {
  if (excess === 0) return 'と同じ水準となりました';
  const tiny = formatSignedPercent(excess, negativeMark) === '0.00%';
  const degree = Math.abs(excess) >= LARGE_EXCESS ? '大きく' : tiny ? 'わずかに' : '';
  return `を${degree}${excess > 0 ? 'アウトパフォーム' : 'アンダーパフォーム'}しました`;
}

/**
 * The sentence under the course table naming the best course (rank 1), its month return and excess
 * return, and how it did against its benchmark. null when there are no courses.
 */
export function bestCourseSentence(report: ReportModel, config: Config): string | null {
  const best: CourseReport | undefined = report.courses.find((c) => c.rank === 1) ?? report.courses[0];
  if (!best) return null;
  const mark = config.negativeMark;
  return (
    `当月、${serviceLabel(config)}の運用コースのなかで月間パフォーマンスが最も高かったのは「${best.name}」でした。` +
    `月間騰落率は${formatSignedPercent(best.monthReturn, mark)}、` +
    `ベンチマーク（${best.benchmarkLabel}）に対する超過収益は${formatSignedPercent(best.excessReturn, mark)}となり、` +
    `ベンチマーク${versusBenchmark(best.excessReturn, mark)}。`
  );
}

/** `1戦略・3コース`, leaving out a zero count. */
function countPhrase(strategies: number, courses: number): string {
  const parts: string[] = [];
  if (strategies > 0) parts.push(`${strategies}戦略`);
  if (courses > 0) parts.push(`${courses}コース`);
  return parts.join('・');
}

/**
 * The sentence opening ファクター寄与度: how many strategies and courses rose in the month and how
 * many beat their benchmark.
 */
export function attributionOpeningSentence(report: ReportModel, config: Config): string {
  const s = report.strategies;
  const c = report.courses;
  const total = s.length + c.length;
  const count = (pick: (x: { monthReturn: number; excessReturn: number }) => number) => {
    const strategies = s.filter((x) => pick(x) > 0).length;
    const courses = c.filter((x) => pick(x) > 0).length;
    return { phrase: countPhrase(strategies, courses), n: strategies + courses };
  };
  const rose = count((x) => x.monthReturn);
  const beat = count((x) => x.excessReturn);

  const roseClause =
    rose.n === 0
      ? 'プラスのリターンとなった戦略・コースはなく'
      : rose.n === total
        ? 'すべての戦略・コースがプラスのリターンとなり'
        : `${rose.phrase}がプラスのリターンとなり`;
  const beatClause =
    beat.n === 0
      ? 'ベンチマークを上回った戦略・コースはありませんでした'
      : beat.n === total
        ? 'すべての戦略・コースがベンチマークを上回りました'
        : `${beat.phrase}がベンチマークを上回りました`;
  return (
    `こうした市場環境のなか、${serviceLabel(config)}がご提供する${countPhrase(s.length, c.length)}のうち、` +
    `${roseClause}、${beatClause}。`
  );
}

/** 「収益性」「EPS安定性」 */
function quoted(names: readonly string[]): string {
  return names.map((n) => `「${n}」`).join('');
}

/**
 * Per strategy: how it did against its benchmark, which of its traits helped and which hurt, the
 * largest helping and hurting factors outside its traits, and the stock-specific part.
 */
export function strategyAttributionSentence(strategy: StrategyReport, config: Config): string {
  const mark = config.negativeMark;
  const label = strategyLabel(config, strategy.id, strategy.name);
  const bench = indexShort(config, strategy.benchmark);
  const sentences: string[] = [];
  if (strategy.excessReturn === 0) {
    sentences.push(`${label}は、ベンチマークの${bench}と同じ水準のリターンとなりました。`);
  } else {
    sentences.push(
      `${label}は、ベンチマークの${bench}に対する超過収益が${formatSignedPercent(strategy.excessReturn, mark)}となり、` +
        `${bench}${versusBenchmark(strategy.excessReturn, mark)}。`,
    );
  }

  const attribution = strategy.attribution;
  if (!attribution) return sentences.join('');

  const traitIds = config.strategies.find((x) => x.id === strategy.id)?.traits ?? [];
  const traits = traitIds
    .map((id) => attribution.factors.find((f) => f.id === id))
    .filter((f): f is NonNullable<typeof f> => f !== undefined);
  const helped = traits.filter((f) => f.contribution > 0).map((f) => f.name);
  const hurt = traits.filter((f) => f.contribution < 0).map((f) => f.name);
  if (helped.length > 0 && hurt.length > 0) {
    sentences.push(
      `戦略の特徴である${quoted(helped)}の特性がプラスに寄与した一方、${quoted(hurt)}の特性はマイナスに寄与しました。`,
    );
  } else if (helped.length > 0) {
    sentences.push(`戦略の特徴である${quoted(helped)}の特性は、${helped.length > 1 ? 'いずれも' : ''}プラスに寄与しました。`);
  } else if (hurt.length > 0) {
    sentences.push(`戦略の特徴である${quoted(hurt)}の特性は、${hurt.length > 1 ? 'いずれも' : ''}マイナスに寄与しました。`);
  }

  const others = attribution.factors.filter((f) => !traitIds.includes(f.id));
  const top = others.reduce<(typeof others)[number] | undefined>(
    (best, f) => (f.contribution > 0 && (!best || f.contribution > best.contribution) ? f : best),
    undefined,
  );
  const bottom = others.reduce<(typeof others)[number] | undefined>(
    (worst, f) => (f.contribution < 0 && (!worst || f.contribution < worst.contribution) ? f : worst),
    undefined,
  );
  const prefix = traits.length > 0 ? 'それ以外のファクターでは、' : 'ファクター別では、';
  if (top && bottom) {
    sentences.push(`${prefix}「${top.name}」が最も大きくプラスに、「${bottom.name}」が最も大きくマイナスに寄与しました。`);
  } else if (top) {
    sentences.push(`${prefix}「${top.name}」のプラス寄与が最も大きくなりました。`);
  } else if (bottom) {
    sentences.push(`${prefix}「${bottom.name}」のマイナス寄与が最も大きくなりました。`);
  }

  sentences.push(`ファクターで説明できない銘柄固有要因は${formatSignedPercent(attribution.specific, mark)}でした。`);
  return sentences.join('');
}
