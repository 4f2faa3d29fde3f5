/**
 * notice.json + the month's report + the analysts' text → the notice's view model (NOTICE.md
 * "Sections"): every string notice-<id>.{md,html,pdf} print, already formatted. The same view model
 * feeds the HTML/PDF and the Markdown, so all three show the same strings.
 */
import type { Config, NoticeCommentary, NoticeModel, ReportModel, SinceLaunch } from '../types.js';
import { renderCommentary, renderPlainText, type Markup } from './commentary.js';
import { formatDateJa, formatMonthNameJa } from './dates.js';
import { serviceLabel } from './narrative.js';
import {
  currentLead,
  factorParagraph,
  indexName,
  joinedNames,
  openingParagraph,
  otherStrategyLine,
  policySentence,
  sinceLaunchSentence,
} from './notice-narrative.js';
import { formatSignedPercent } from './percent.js';
import { documentHead, figureCell, fixedTextContext, textCell, type DocumentHead, type FixedTextContext, type ReportChart, type ViewCell, type ViewChart } from './view-model.js';

/** The notice's files in the month folder: `notice-NEXT100.pdf`, `charts/notice-NEXT100/…`. */
export function noticePaths(strategy: string): { base: string; chartDir: string } {
  return { base: `notice-${strategy}`, chartDir: `charts/notice-${strategy}` };
}

/** What stands where the analysts' text is still to be written. */
export const PENDING = '（執筆中）';

export interface NoticeFigure {
  label: string;
  value: string;
  negative: boolean;
}

export interface NoticeStrategyRow {
  /** 戦略名, 月間騰落率, ベンチマーク乖離, 設定来リターン. */
  cells: ViewCell[];
  /** 特徴・現状: the analysts' text or the generated line (its Markdown on one line: a table cell). */
  note: Markup;
  /** The noticed strategy (the last row). */
  noticed: boolean;
}

export interface NoticeViewModel extends DocumentHead {
  /** The issue date: `2026年2月13日`. */
  issueDate: string;
  sample: { mark: string; note: string } | null;
  partial: { mark: string; note: string } | null;
  opening: string;
  current: { heading: string; lead: string; figures: NoticeFigure[]; sentence: string; notes: string[] };
  market: { heading: string; text: Markup };
  policy: {
    heading: string;
    policy: string;
    policyCommentary: Markup | null;
    factors: string;
    chart: ViewChart | null;
    factorsCommentary: Markup | null;
  };
  others: { heading: string; columns: { label: string; numeric: boolean }[]; rows: NoticeStrategyRow[]; commentary: Markup | null };
  outlook: { heading: string; text: Markup };
  qa: { heading: string; items: { question: string; answer: Markup }[]; pending: Markup | null };
  text: FixedTextContext;
  disclosures: string[];
  asOfLine: string;
  /** Every figure the notice prints, in reading order: what tests compare across formats. */
  figures: string[];
  warnings: string[];
}

export interface NoticeViewModelInput {
  notice: NoticeModel;
  report: ReportModel;
  config: Config;
  /** null: the file is absent (already warned about by the loader). */
  commentary: NoticeCommentary | null;
  /** `commentary/notice-2026-01-NEXT100.md`, for warnings. */
  commentaryFile: string;
  /** The factor-contribution chart of the noticed strategy, as the report draws it. */
  chart: ReportChart | null;
  /** Where the chart is linked from notice-<id>.md. */
  chartDir: string;
}

const pending = (): Markup => renderCommentary(PENDING)!;

/** Builds every printed string of the notice. Pure. */
export function buildNoticeViewModel(input: NoticeViewModelInput): NoticeViewModel {
  const { notice, report, config, commentary } = input;
  const s = notice.strategy;
  const mark = config.negativeMark;
  const signed = (x: number) => formatSignedPercent(x, mark);
  const fig = (text: string) => figureCell(text, mark);
  const warnings: string[] = [];
  const label = serviceLabel(config);
  const monthName = formatMonthNameJa(notice.month);
  const launchOf = (id: string) => {
    const c = config.strategies.find((x) => x.id === id)!;
    return c.launchDate ?? config.service.launchDate;
  };

  /** The analysts' text of a section that has no generated text: （執筆中） and a warning when missing. */
  const required = (text: string | undefined, heading: string): Markup => {
    const m = renderCommentary(text);
    if (m !== null) return m;
    if (commentary !== null) warnings.push(`${input.commentaryFile}: section "## ${heading}" is missing or empty: the notice shows ${PENDING} there`);
    return pending();
  };

  const title = `【${s.name}】運用状況のご報告と今後の見通しについて`;
  const benchName = indexName(config, s.benchmark);

  // 1. 現状
  const figures: NoticeFigure[] = [
    { label: `${s.name}の月間騰落率`, value: signed(s.monthReturn), negative: s.monthReturn < 0 },
    { label: `ベンチマーク（${benchName}）`, value: signed(s.benchmarkReturn), negative: s.benchmarkReturn < 0 },
    { label: '乖離（超過収益）', value: signed(s.excessReturn), negative: s.excessReturn < 0 },
  ].map((f) => ({ ...f, negative: fig(f.value).negative }));
  const current = {
    heading: `1. ${s.name}の現状のご説明`,
    lead: currentLead(s, config, monthName),
    figures,
    sentence: sinceLaunchSentence(s.sinceLaunch, s.sharpe, launchOf(s.id), benchName, mark),
    notes: [
      `※設定来リターンは、${s.name}の設定日（${formatDateJa(launchOf(s.id))}）の終値${s.sinceLaunch.start === launchOf(s.id) ? '' : `（休業日のため直前の営業日${formatDateJa(s.sinceLaunch.start)}の終値）`}から${formatDateJa(s.end)}の終値までの騰落率です。`,
      `※シャープレシオは、月次運用レポートと同じく${formatDateJa(config.service.ratioStartDate)}以降の日次リターンをもとに年率換算して算出しています。`,
    ],
  };

  // 2. 市況環境
  const market = {
    heading: `2. ${s.name}を取り巻く市況環境とベンチマークとの乖離のご説明`,
    text: required(commentary?.market, '市況環境'),
  };

  // 3. 運用方針と要因
  const strategyReport = report.strategies.find((x) => x.id === s.id)!;
  const factorMarket = config.markets.find((m) => m.id === config.factorMarket)?.name ?? config.factorMarket;
  const policy = {
    heading: `3. ${s.name}の運用方針とパフォーマンス要因のご説明`,
    policy: policySentence(s.id, config),
    policyCommentary: renderCommentary(commentary?.policy),
    factors:
      factorParagraph(strategyReport, config, monthName) ??
      (report.factorReturns === null
        ? `${notice.month.slice(0, 4)}年${monthName}のファクターデータがないため、ファクター分析による要因の分解は記載しておりません。`
        : `${s.name}は${factorMarket}の戦略を対象とするファクター分析の対象外のため、要因の分解は記載しておりません。`),
    chart: input.chart
      ? { file: input.chart.file, src: `${input.chartDir}/${encodeURIComponent(input.chart.file)}`, title: input.chart.title, svg: input.chart.svg }
      : null,
    factorsCommentary: renderCommentary(commentary?.factors),
  };

  // 4. 他の戦略
  const noteOf = (id: string, since: SinceLaunch, benchmark: string): Markup => {
    const m =
      renderCommentary(commentary?.strategies.get(id)) ??
      renderPlainText(otherStrategyLine(since, launchOf(id), indexName(config, benchmark), mark))!;
    // In report.md's table the text is one cell: its paragraphs and line breaks become spaces.
    return { html: m.html, markdown: m.markdown.replace(/[ \t]*\n+[ \t]*/g, ' ') };
  };
  const benchmarkOf = (id: string) => config.strategies.find((x) => x.id === id)!.benchmark;
  const rowOf = (x: { id: string; name: string; monthReturn: number; excessReturn: number; sinceLaunch: SinceLaunch }, noticed: boolean): NoticeStrategyRow => ({
    cells: [
      textCell(x.name),
      fig(signed(x.monthReturn)),
      fig(signed(x.excessReturn)),
      x.sinceLaunch.return === null ? textCell('-') : fig(signed(x.sinceLaunch.return)),
    ],
    note: noteOf(x.id, x.sinceLaunch, benchmarkOf(x.id)),
    noticed,
  });
  const otherNames = notice.others.map((o) => o.name);
  const others = {
    heading: otherNames.length === 0 ? '4. 各戦略の状況のご説明' : `4. ${joinedNames(otherNames)}の状況のご説明`,
    columns: [
      { label: '戦略名', numeric: false },
      { label: `${monthName}月間騰落率`, numeric: true },
      { label: 'ベンチマーク乖離', numeric: true },
      { label: '設定来リターン', numeric: true },
      { label: '特徴・現状', numeric: false },
    ],
    rows: [...notice.others.map((o) => rowOf(o, false)), rowOf(s, true)],
    commentary: renderCommentary(commentary?.others),
  };

  // 5. 今後の方針
  const outlook = { heading: '5. 今後の方針のご説明', text: required(commentary?.outlook, '今後の方針') };

  // 6. Q&A
  const items = (commentary?.qa ?? []).flatMap((q, i) => {
    const answer = renderCommentary(q.answer);
    return answer === null ? [] : [{ question: `Q${i + 1}. ${q.question}`, answer }];
  });
  if (items.length === 0 && commentary !== null) {
    warnings.push(`${input.commentaryFile}: section "## Q&A" has no question (### heading) with an answer: the notice shows ${PENDING} there`);
  }
  const qa = { heading: `6. ${s.name}の運用状況 Q&A`, items, pending: items.length === 0 ? pending() : null };

  const issueDate = formatDateJa(notice.date);
  const allFigures = [
    ...figures.map((f) => f.value),
    ...others.rows.flatMap((r) => r.cells.filter((c) => c.numeric).map((c) => c.text)),
  ];
  return {
    ...documentHead(config, title, notice.partial),
    issueDate,
    sample: notice.sample
      ? {
          mark: 'サンプル（架空データ）',
          note: '本資料は同梱の合成サンプルデータから作成した見本です。記載の運用実績・銘柄・数値およびアナリストの文章は架空のもので、実在の運用とは関係ありません。',
        }
      : null,
    partial: notice.partial
      ? { mark: '速報', note: `本資料は月途中の${formatDateJa(s.end)}までのデータに基づく速報版です。月末までの確定値とは異なります。` }
      : null,
    opening: openingParagraph(s, config, label),
    current,
    market,
    policy,
    others,
    outlook,
    qa,
    text: fixedTextContext(config),
    disclosures: [...(config.service.disclosures ?? [])],
    asOfLine: `※本資料は、${formatDateJa(notice.asOf)}時点の情報に基づき作成しております。`,
    figures: allFigures,
    warnings,
  };
}

