/**
 * Generated Japanese sentences. Figures in sentences use the headline style (`+3.03%`, `△2.27%`);
 * words (アウトパフォーム, 大きく, プラス/マイナス) are chosen from the unrounded values, with the
 * thresholds of degree.ts. Each sentence type has a few phrasings, picked from its figures.
 */
import type { Config, CourseReport, ReportModel, StrategyReport } from '../types.js';
import { MAX_OTHERS_PER_SIDE, SLIGHT, degreeWord, phrasing } from './degree.js';
import { formatMonthNameJa } from './dates.js';
import { formatSignedPercent } from './percent.js';

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

/** The heading of the market section when config.json names no markets (DATA.md "Markets"). */
export const DEFAULT_MARKET_NAME = '米国市場';

/** The first market's `name` (➤米国市場). Read structurally: `markets` is optional in config.json. */
export function firstMarketName(config: Config): string {
  return config.markets[0]?.name ?? DEFAULT_MARKET_NAME;
}

/**
 * With a strategy outside the factor model's market (DATA.md "Markets"), the one sentence that says
 * whom the factor sections cover: `ファクター分析は、米国市場の戦略（メジャー100、…）を対象としています。`
 * Null when every strategy is covered.
 */
export function factorScopeSentence(report: ReportModel, config: Config): string | null {
  const covered = report.strategies.filter((s) => s.attribution !== null);
  if (covered.length === report.strategies.length || covered.length === 0) return null;
  const market = config.markets.find((m) => m.id === config.factorMarket)?.name ?? config.factorMarket;
  return `ファクター分析は、${market}の戦略（${covered.map((s) => s.name).join('、')}）を対象としています。`;
}

/** `を大きくアウトパフォームしました` and its variants, from the unrounded excess return. */
function versusBenchmark(excess: number): string {
  if (excess === 0) return 'と同じ水準となりました';
  return `を${degreeWord(excess)}${excess > 0 ? 'アウトパフォーム' : 'アンダーパフォーム'}しました`;
}

/**
 * The sentence under the course table naming the best course (rank 1), its month return and excess
 * return, and how it did against its benchmark. null when there are no courses.
 */
export function bestCourseSentence(report: ReportModel, config: Config): string | null {
  const best: CourseReport | undefined = report.courses.find((c) => c.rank === 1) ?? report.courses[0];
  if (!best) return null;
  const mark = config.negativeMark;
  const month = formatSignedPercent(best.monthReturn, mark);
  const excess = formatSignedPercent(best.excessReturn, mark);
  const versus = `ベンチマーク${versusBenchmark(best.excessReturn)}。`;
  if (phrasing(2, best.monthReturn, best.excessReturn) === 0) {
    return (
      `当月、${serviceLabel(config)}の運用コースのなかで月間パフォーマンスが最も高かったのは「${best.name}」でした。` +
      `月間騰落率は${month}、ベンチマーク（${best.benchmarkLabel}）に対する超過収益は${excess}となり、${versus}`
    );
  }
  return (
    `${serviceLabel(config)}で最も月間成績が良かった運用コースは「${best.name}」でした。` +
    `月間で${month}、ベンチマーク（${best.benchmarkLabel}）に対する超過収益では${excess}となり、${versus}`
  );
}

/**
 * What the opening of ファクター寄与度 counts, as the firm's own report does: each strategy once
 * (a course made of one strategy is that strategy, not a second item), plus each blended course.
 * All are called 戦略, as the course table's 戦略名 column calls them.
 */
export function countedItems(report: ReportModel): { monthReturn: number; excessReturn: number }[] {
  const blended = report.courses.filter((c) => Object.values(c.weights).filter((w) => w > 0).length > 1);
  return [...report.strategies, ...blended];
}

/**
 * The sentence opening ファクター寄与度: how many of the strategies (see countedItems) rose in the
 * month and how many beat their benchmark. `afterProse`: the analysts' market or factor commentary
 * is printed before it, so the sentence may refer back to 「こうした市場環境」; otherwise it must not.
 */
export function attributionOpeningSentence(report: ReportModel, config: Config, afterProse = true): string {
  const items = countedItems(report);
  const n = items.length;
  const rose = items.filter((x) => x.monthReturn > 0).length;
  const beat = items.filter((x) => x.excessReturn > 0).length;
  const opening = afterProse ? 'こうした市場環境のなか、' : '当月、';
  const offered = `${serviceLabel(config)}がご提供している${n}戦略`;
  if (phrasing(2, ...items.map((x) => x.monthReturn)) === 0) {
    const roseClause =
      rose === n ? 'すべての戦略がプラスのリターンとなり' : rose === 0 ? 'プラスのリターンとなった戦略はなく' : `${rose}戦略がプラスのリターンとなり`;
    const beatClause =
      beat === n
        ? 'すべての戦略がベンチマークをアウトパフォームしました'
        : beat === 0
          ? 'ベンチマークをアウトパフォームした戦略はありませんでした'
          : `${beat}戦略がベンチマークをアウトパフォームしました`;
    return `${opening}${offered}のうち、${roseClause}、${beatClause}。`;
  }
  const roseClause = rose === n ? 'すべてがプラスとなり' : rose === 0 ? 'プラスとなった戦略はなく' : `${rose}戦略がプラスとなり`;
  const beatClause =
    beat === n
      ? 'すべてがベンチマークを上回る結果となりました'
      : beat === 0
        ? 'ベンチマークを上回った戦略はない結果となりました'
        : `${beat}戦略がベンチマークを上回る結果となりました`;
  return `${opening}${offered}は、${roseClause}、${beatClause}。`;
}

/** One clause of the attribution sentence: a group of effects of one sign, or the specific part. */
interface Effect {
  kind: 'trait' | 'other' | 'specific';
  /** Trait labels in the firm's words, by the side of the tilt (大型 / 小型), largest effect first. */
  labels: string[];
  /** Signed sum of the group's contributions (all of one sign). */
  total: number;
}

/** Tie order when two clauses are equally large: traits, then other factors, then the specific part. */
const KIND_ORDER: Record<Effect['kind'], number> = { trait: 0, other: 1, specific: 2 };

/** One factor's effect on a strategy's excess return, named by the side the portfolio was on. */
export interface FactorEffect {
  /** `factors[].high` / `.low` by the sign of the active exposure (大型 / 小型). */
  label: string;
  /** One of the strategy's traits, on its high side. */
  trait: boolean;
  contribution: number;
}

/**
 * The strategy's factors with a non-zero effect, largest first, each named by the side of its tilt
 * (see attributionEffects); [] without attribution.
 */
export function factorEffects(strategy: StrategyReport, config: Config): FactorEffect[] {
  const attribution = strategy.attribution;
  if (!attribution) return [];
  const traitIds = config.strategies.find((x) => x.id === strategy.id)?.traits ?? [];
  const factorConfig = new Map(config.factors.map((f) => [f.id, f]));
  return attribution.factors
    .filter((f) => f.activeExposure !== 0 && f.contribution !== 0)
    .map((f) => {
      const cfg = factorConfig.get(f.id);
      const high = f.activeExposure > 0;
      return {
        label: high ? (cfg?.high ?? `高${f.name}`) : (cfg?.low ?? `低${f.name}`),
        trait: high && traitIds.includes(f.id),
        contribution: f.contribution,
      };
    })
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
}

/**
 * The factor effects of one strategy, grouped: its own traits that helped / hurt, the largest other
 * factors that helped / hurt, and the specific part, largest first.
 *
 * A factor is named by the side the portfolio was on (the sign of its active exposure:
 * `factors[].high` / `.low`), never by the factor's own name, so a negative exposure to 割安性 in a
 * month when value fell reads 「割高」特性がプラスに寄与, not 割安性が寄与. Whether it helped or hurt
 * is the sign of the contribution. A trait counts as the strategy's trait only on its high side; on
 * the low side it is an other factor under its low label.
 */
export function attributionEffects(strategy: StrategyReport, config: Config): Effect[] {
  const attribution = strategy.attribution;
  if (!attribution) return [];
  const named = factorEffects(strategy, config);

  const effects: Effect[] = [];
  const group = (kind: Effect['kind'], items: typeof named) => {
    if (items.length > 0) {
      effects.push({ kind, labels: items.map((i) => i.label), total: items.reduce((s, i) => s + i.contribution, 0) });
    }
  };
  group('trait', named.filter((f) => f.trait && f.contribution > 0));
  group('trait', named.filter((f) => f.trait && f.contribution < 0));
  const others = named.filter((f) => !f.trait && Math.abs(f.contribution) >= SLIGHT);
  group('other', others.filter((f) => f.contribution > 0).slice(0, MAX_OTHERS_PER_SIDE));
  group('other', others.filter((f) => f.contribution < 0).slice(0, MAX_OTHERS_PER_SIDE));
  if (attribution.specific !== 0) effects.push({ kind: 'specific', labels: [], total: attribution.specific });
  return effects.sort(
    (a, b) => Math.abs(b.total) - Math.abs(a.total) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

/**
 * Per strategy: how it did against its benchmark, then its effects in order of size (stock-specific
 * part included), two to a sentence: which traits helped and which hurt, the largest other effects,
 * and the specific part.
 */
export function strategyAttributionSentence(strategy: StrategyReport, config: Config): string {
  const mark = config.negativeMark;
  const label = strategyLabel(config, strategy.id, strategy.name);
  const bench = indexShort(config, strategy.benchmark);
  const excess = strategy.excessReturn;
  const v = phrasing(2, excess, strategy.attribution?.specific ?? 0);

  let headline: string;
  if (excess === 0) headline = `${label}は、ベンチマークの${bench}と同じ水準のリターンとなりました。`;
  else if (v === 0) {
    headline = `${label}は、ベンチマークの${bench}に対する超過収益が${formatSignedPercent(excess, mark)}となり、${bench}${versusBenchmark(excess)}。`;
  } else {
    headline = `${label}は、${bench}に対して${formatSignedPercent(excess, mark)}の超過収益となり、ベンチマーク${versusBenchmark(excess)}。`;
  }

  const effects = attributionEffects(strategy, config);
  let traitsNamed = false;
  const subject = (e: Effect): string => {
    if (e.kind === 'specific') return `銘柄固有要因（${formatSignedPercent(e.total, mark)}）`;
    const list = `「${e.labels.join('、')}」`;
    if (e.kind === 'other') return `${list}特性`;
    const first = !traitsNamed;
    traitsNamed = true;
    if (!first) return `同じく特徴である${list}特性`;
    return e.labels.length > 1 ? `ポートフォリオの特徴である${list}といった特性` : `ポートフォリオの特徴である${list}特性`;
  };
  const predicate = (e: Effect): string => `${degreeWord(e.total)}${e.total > 0 ? 'プラス' : 'マイナス'}に寄与`;
  const contrast = v === 0 ? 'した一方、' : 'したものの、';
  const leads = [v === 0 ? '要因を大きい順に見ると、' : '寄与の大きい順に見ると、', 'また、', 'このほか、'];

  const sentences = [headline];
  for (let i = 0; i < effects.length; i += 2) {
    const a = effects[i] as Effect;
    const b = effects[i + 1];
    const lead = leads[Math.min(i / 2, leads.length - 1)] ?? '';
    if (!b) {
      sentences.push(`${lead}${subject(a)}は${predicate(a)}しました。`);
    } else if (Math.sign(a.total) === Math.sign(b.total)) {
      sentences.push(`${lead}${subject(a)}が${predicate(a)}し、${subject(b)}も${predicate(b)}しました。`);
    } else {
      sentences.push(`${lead}${subject(a)}は${predicate(a)}${contrast}${subject(b)}が${predicate(b)}しました。`);
    }
  }
  return sentences.join('');
}

/**
 * Opens the market section when the analysts wrote no overview: how the main indices (weeklyIndices)
 * did in the month, from the figures only. null when no index is configured.
 */
export function marketSummarySentence(report: ReportModel, config: Config): string | null {
  const ids = config.weeklyIndices.length > 0 ? config.weeklyIndices : config.indices.map((i) => i.id);
  const rows = ids.flatMap((id) => {
    const ix = report.indices.find((i) => i.id === id);
    return ix ? [{ name: indexShort(config, id), r: ix.monthReturn }] : [];
  });
  if (rows.length === 0) return null;
  const list = rows.map((x) => `${x.name}が${formatSignedPercent(x.r, config.negativeMark)}`).join('、');
  const head = `${formatMonthNameJa(report.month)}の${firstMarketName(config)}は、`;
  if (rows.length === 1) return `${head}${list}となりました。`;
  const trend = rows.every((x) => x.r > 0) ? 'そろって上昇し' : rows.every((x) => x.r < 0) ? 'そろって下落し' : 'まちまちの動きとなり';
  return `${head}主要指数が${trend}、${list}となりました。`;
}

/** How many factors each side of ファクター動向's generated sentence names, largest first. */
const FACTOR_TRENDS_PER_SIDE = 3;

/**
 * Opens ファクター動向 when the analysts wrote nothing there: the factors that rose and fell most in
 * the month, by name (these are the factors' own returns, not the portfolio's tilts).
 */
export function factorTrendsSentence(report: ReportModel): string | null {
  const f = report.factorReturns;
  if (!f || f.length === 0) return null;
  const side = (up: boolean) =>
    f
      .filter((x) => (up ? x.monthReturn > 0 : x.monthReturn < 0))
      .sort((a, b) => Math.abs(b.monthReturn) - Math.abs(a.monthReturn))
      .slice(0, FACTOR_TRENDS_PER_SIDE)
      .map((x) => x.name)
      .join('・');
  const up = side(true);
  const down = side(false);
  const v = phrasing(2, ...f.map((x) => x.monthReturn));
  const open = v === 0 ? 'ファクターリターンを見ると、' : '当月のファクターリターンは、';
  if (up && down) {
    return v === 0 ? `${open}${up}がプラスとなった一方、${down}がマイナスとなりました。` : `${open}${up}がプラス、${down}がマイナスとなりました。`;
  }
  if (up) return `${open}${up}などがプラスとなり、マイナスのファクターはありませんでした。`;
  if (down) return `${open}${down}などがマイナスとなり、プラスのファクターはありませんでした。`;
  return `${open}いずれも0.00%でした。`;
}
