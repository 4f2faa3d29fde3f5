/**
 * The client notice's generated Japanese (NOTICE.md "Sections"): the opening, the 現状 sentence, the
 * 運用方針 from the traits, the 要因（ファクター分析） paragraph and a strategy's 特徴・現状 line.
 * Words follow the unrounded figures' signs (as narrative.ts does), figures are in the headline
 * style (`+5.83%`, `△4.33%`), ratios as in the report's tables.
 */
import type { Config, IsoDate, NoticeStrategy, SinceLaunch, StrategyReport } from '../types.js';
import { formatMonthJa } from './dates.js';
import { SLIGHT } from './degree.js';
import { factorEffects, indexShort } from './narrative.js';
import { formatRatio, formatSignedPercent } from './percent.js';

/** How the month's excess return reads in the opening (NOTICE.md 2). */
export type OpeningVerdict = 'severe' | 'lag' | 'level' | 'ahead';

/** 大幅な劣後 at or below −severe, 劣後 below 0, 同水準 at 0, 上回る above 0 (unrounded). */
export function openingVerdict(excess: number, severe: number): OpeningVerdict {
  if (excess <= -severe) return 'severe';
  if (excess < 0) return 'lag';
  if (excess === 0) return 'level';
  return 'ahead';
}

/** The index's configured `name` (Russell 2000), or its id. */
export function indexName(config: Config, id: string): string {
  return config.indices.find((i) => i.id === id)?.name ?? id;
}

/** `2025年2月`: the month of the strategy's own launch, as 設定来（2025年2月～） names it. */
export function launchMonthJa(launchDate: IsoDate): string {
  return formatMonthJa(launchDate.slice(0, 7));
}

/** The opening paragraph: the month, the strategy's style and name, the verdict, what the notice explains. */
export function openingParagraph(s: NoticeStrategy, config: Config, serviceLabel: string): string {
  const cfg = config.strategies.find((x) => x.id === s.id);
  const who = cfg?.style ? `${cfg.style}戦略である「${s.name}」` : `「${s.name}」`;
  const bench = `ベンチマーク（${indexName(config, s.benchmark)}）`;
  const verdict = {
    severe: `${bench}に対し大幅な劣後となりました`,
    lag: `${bench}に対し劣後となりました`,
    level: `${bench}と同水準となりました`,
    ahead: `${bench}を上回る結果となりました`,
  }[openingVerdict(s.excessReturn, config.notice.severe)];
  return (
    `平素より${serviceLabel}をご利用いただき、誠にありがとうございます。` +
    `${formatMonthJa(s.end.slice(0, 7))}の運用実績におきまして、${who}が${verdict}。` +
    '本資料では、その要因と今後の見通し、あわせてポートフォリオ全体の状況についてご説明申し上げます。'
  );
}

/** The line opening section 1: how the month went, in words following the excess return. */
export function currentLead(s: NoticeStrategy, config: Config, monthName: string): string {
  const head = `${monthName}の「${s.name}」は、`;
  switch (openingVerdict(s.excessReturn, config.notice.severe)) {
    case 'severe':
      return `${head}ベンチマークを大きく下回る、厳しい運用結果となりました。`;
    case 'lag':
      return `${head}ベンチマークを下回る運用結果となりました。`;
    case 'level':
      return `${head}ベンチマークと同水準の運用結果となりました。`;
    case 'ahead':
      return `${head}ベンチマークを上回る運用結果となりました。`;
  }
}

const sign = (x: number): -1 | 0 | 1 => (x > 0 ? 1 : x < 0 ? -1 : 0);
/** The sign of a figure as printed (headline style): −0.001% prints 0.00%, which is neither. */
const printedSign = (x: number, mark: string): -1 | 0 | 1 => {
  const t = formatSignedPercent(x, mark);
  return t.startsWith('+') ? 1 : t.startsWith(mark) ? -1 : 0;
};

/**
 * 設定来 and the Sharpe ratio in one sentence: `設定来（2025年2月～）のパフォーマンスは△12.47%と
 * マイナス圏で推移しており、シャープレシオも-0.34とマイナスになっております。`
 */
export function sinceLaunchSentence(
  since: SinceLaunch,
  sharpe: number | null,
  launchDate: IsoDate,
  benchmarkName: string,
  mark: string,
): string {
  const head = `設定来（${launchMonthJa(launchDate)}～）`;
  const bench = `同期間のベンチマーク（${benchmarkName}）は${formatSignedPercent(since.benchmarkReturn, mark)}`;
  if (since.return === null) {
    return `${head}のリターンは、運用開始がその起点より後のため算出しておりません（${bench}）。`;
  }
  const r = since.return;
  const rs = printedSign(r, mark);
  const where = { 1: 'プラス圏で推移して', 0: '設定時と同水準で推移して', [-1]: 'マイナス圏で推移して' }[rs];
  const first = `${head}のパフォーマンスは${formatSignedPercent(r, mark)}と${where}`;
  if (sharpe === null) return `${first}おります（${bench}）。シャープレシオは、算出に必要な期間の日次リターンがないため記載しておりません。`;
  const ratio = formatRatio(sharpe);
  const sr = sign(Number(ratio)); // the word follows the printed ratio: 0.001 prints 0.00, not プラス
  const ratioWord = sr > 0 ? 'プラス' : 'マイナス';
  let second: string;
  if (sr === 0) second = `シャープレシオは${ratio}となっております`;
  else if (sr === rs) second = `シャープレシオも${ratio}と${ratioWord}になっております`;
  else second = `シャープレシオは${ratio}と${ratioWord}になっております`;
  const join = sr !== 0 && rs !== 0 && sr !== rs ? 'おりますが、' : 'おり、';
  return `${first}${join}${second}（${bench}）。`;
}

/** 【運用方針】: the strategy's traits in the firm's words (their high side), and its benchmark. */
export function policySentence(strategyId: string, config: Config): string {
  const cfg = config.strategies.find((x) => x.id === strategyId)!;
  const labels = cfg.traits.map((id) => {
    const f = config.factors.find((x) => x.id === id);
    return `「${f?.high ?? `高${f?.name ?? id}`}」`;
  });
  const bench = indexShort(config, cfg.benchmark);
  if (labels.length === 0) {
    return `「${cfg.name}」は、特定のファクター特性を定めず、マルチファクターモデルにより${bench}を上回ることを目指して銘柄を選ぶ戦略です。`;
  }
  return (
    `「${cfg.name}」は、${labels.join('')}といった特性を重視し、これらを備えた銘柄に厳選して投資する戦略です。` +
    `ベンチマークは${bench}です。`
  );
}

/** At most this many factors outside the traits are named per direction in 要因. */
const OTHERS_PER_SIDE = 2;

/**
 * 【要因（ファクター分析）】 from the month's attribution: the traits that helped and hurt with their
 * contributions, the largest other factors each way, and the 銘柄固有要因; null without attribution.
 */
export function factorParagraph(s: StrategyReport, config: Config, monthName: string): string | null {
  const a = s.attribution;
  if (!a) return null;
  const mark = config.negativeMark;
  const pct = (x: number) => formatSignedPercent(x, mark);
  const item = (e: { label: string; contribution: number }) => `「${e.label}」（${pct(e.contribution)}）`;
  const effects = factorEffects(s, config);
  const traits = effects.filter((e) => e.trait);
  const others = effects.filter((e) => !e.trait && Math.abs(e.contribution) >= SLIGHT);
  const helped = (list: typeof effects) => list.filter((e) => e.contribution > 0);
  const hurt = (list: typeof effects) => list.filter((e) => e.contribution < 0);
  const sentences = [`${monthName}のベンチマークに対する超過収益${pct(a.excessReturn)}を、ファクター分析により要因別に分解しました。`];

  const tPlus = helped(traits);
  const tMinus = hurt(traits);
  if (tPlus.length === 0 && tMinus.length === 0) {
    sentences.push('当戦略の特徴であるファクターは、当月の超過収益にほとんど影響しませんでした。');
  } else if (tMinus.length > 0 && tPlus.length > 0) {
    sentences.push(
      `当戦略の特徴である${tMinus.map(item).join('、')}がマイナスに寄与した一方、${tPlus.map(item).join('、')}はプラスに寄与しました。`,
    );
  } else if (tMinus.length > 0) {
    sentences.push(`当戦略の特徴である${tMinus.map(item).join('、')}は、いずれもマイナスに寄与しました。`);
  } else {
    sentences.push(`当戦略の特徴である${tPlus.map(item).join('、')}は、いずれもプラスに寄与しました。`);
  }

  const oPlus = helped(others).slice(0, OTHERS_PER_SIDE);
  const oMinus = hurt(others).slice(0, OTHERS_PER_SIDE);
  if (oPlus.length > 0 && oMinus.length > 0) {
    sentences.push(`特徴以外のファクターでは、${oPlus.map(item).join('、')}がプラスに、${oMinus.map(item).join('、')}がマイナスに寄与しました。`);
  } else if (oPlus.length > 0) {
    sentences.push(`特徴以外のファクターでは、${oPlus.map(item).join('、')}がプラスに寄与しました。`);
  } else if (oMinus.length > 0) {
    sentences.push(`特徴以外のファクターでは、${oMinus.map(item).join('、')}がマイナスに寄与しました。`);
  }

  const spec = a.specific;
  const specWord = spec > 0 ? 'プラスに寄与しました' : spec < 0 ? 'マイナスに寄与しました' : '影響しませんでした';
  sentences.push(`ファクターでは説明されない個別銘柄の値動き（銘柄固有要因）は${pct(spec)}と、${specWord}。`);
  return sentences.join('');
}

/** A strategy's 特徴・現状 when the analysts wrote none: its 設定来 against its benchmark's over the same window. */
export function otherStrategyLine(since: SinceLaunch, launchDate: IsoDate, benchmarkName: string, mark: string): string {
  const head = `設定来（${launchMonthJa(launchDate)}～）`;
  const b = formatSignedPercent(since.benchmarkReturn, mark);
  if (since.return === null) return `${head}の同期間のベンチマーク（${benchmarkName}）は${b}です。`;
  const diff = sign(since.return - since.benchmarkReturn);
  const versus = diff > 0 ? 'を上回っています' : diff < 0 ? 'を下回っています' : 'と同水準です';
  return `${head}は${formatSignedPercent(since.return, mark)}となり、同期間のベンチマーク（${benchmarkName}）の${b}${versus}。`;
}

/** `メジャー100及びSAMURAI25`, `A、B及びC`. */
export function joinedNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join('、')}及び${names.at(-1)}`;
}
