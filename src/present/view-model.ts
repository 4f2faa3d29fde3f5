/**
 * ComputeResult (figures and dates) + the config's wording, the securities' descriptions and the
 * commentary → the view model: every string the templates print, already formatted (REPORT.md
 * "Sections" 1–11); nothing is worked out here but wording. Templates never see a number; the same view model feeds the HTML/PDF
 * and the Markdown, so all formats show the same strings.
 */
import type { ComputeResult, Config, Dataset, IsoDate, StrategyReport, Trailing } from '../types.js';
import { renderCommentary, renderPlainText, type Markup } from './commentary.js';
import {
  RANGE_DASH,
  formatDateJa,
  formatDayRangeJa,
  formatMonthEndJa,
  formatMonthJa,
  formatMonthNameJa,
  formatRankJa,
} from './dates.js';
import { FACTOR_INDICATORS } from './factor-indicators.js';
import {
  attributionOpeningSentence,
  factorScopeSentence,
  bestCourseSentence,
  factorTrendsSentence,
  firstMarketName,
  indexShort,
  marketSummarySentence,
  serviceLabel,
  strategyAttributionSentence,
  strategyLabel,
} from './narrative.js';
import { formatPercent, formatRatio, formatSignedPercent } from './percent.js';
import { runningHeaderSize } from './running-header.js';

export type { Markup } from './commentary.js';

/** A chart as src/present/charts.ts makes it (structurally the same type). */
export interface ReportChart {
  file: string;
  title: string;
  svg: string;
}

export interface ViewChart {
  file: string;
  /** Relative link used by report.md: `charts/<file>`, URL-encoded. */
  src: string;
  title: string;
  svg: string;
}

export interface ViewColumn {
  label: string;
  /** Figures: right-aligned, tabular digits. */
  numeric: boolean;
}

export interface ViewCell {
  text: string;
  numeric: boolean;
  /** A negative figure (may be shown in dark red). */
  negative: boolean;
}

export interface ViewRow {
  cells: ViewCell[];
  /** A summary row (全戦略平均, 超過収益). */
  total: boolean;
  /** Text shown under the row across all columns (a security's description). */
  description: Markup | null;
}

export interface ViewTable {
  /** Stable id: `courses`, `trailing`, `contributors-MAJOR100`, … */
  id: string;
  columns: ViewColumn[];
  rows: ViewRow[];
  /** Every figure the table shows, in reading order: what tests compare across formats. */
  figures: string[];
  /** `all`: printed in HTML, PDF and Markdown; `markdown`: the figures of a chart, printed under it in Markdown only. */
  shownIn: 'all' | 'markdown';
}

export interface ViewWeek {
  /** `第1週（3月2日～3月6日）／ダウ平均：△3.01%、S&P500：△2.02%、NASDAQ：△1.24%` */
  heading: string;
  commentary: Markup | null;
}

export interface ViewStrategyAttribution {
  heading: string;
  chart: ViewChart | null;
  /** The chart's figures (Markdown). */
  table: ViewTable;
  sentence: string;
}

/** Values the fixed-text templates (templates/text/*.hbs) may use. */
export interface FixedTextContext {
  serviceName: string;
  serviceLabel: string;
  provider: string;
  launchDate: string;
  strategies: {
    name: string;
    label: string;
    group: string;
    style: string;
    benchmark: string;
    /** 「収益性」「EPS安定性」… */
    traits: string;
    hasTraits: boolean;
  }[];
  factors: { no: string; name: string; indicators: string }[];
  limits: { minHoldings: string; maxHoldings: string; maxWeight: string; maxSectorWeight: string };
  riskFreeRate: string;
}

/** What the report and the client notice print alike around their own content: title, page header, provider. */
export interface DocumentHead {
  lang: 'ja';
  /** `WEALTH GROWTH 月間運用実績レポート（2026年3月）` */
  title: string;
  /** The page header: the title, plus `【速報】` for a partial month. */
  runningHeader: string;
  /** The running header's type size (`7.5pt`, smaller for a long service name): it stays on one line. */
  runningHeaderSize: string;
  serviceName: string;
  serviceLabel: string;
  provider: string;
}

export interface ViewModel extends DocumentHead {
  /** `2026年3月` */
  monthLabel: string;
  /** `3月` */
  monthName: string;
  /** `2026年3月2日～2026年3月31日`: the trading days the month's figures cover. */
  period: string;
  /** `2026年4月6日` */
  asOfDate: string;
  partial: { mark: string; note: string } | null;
  /** Made from the bundled synthetic sample: the mark on the cover, on every PDF page and atop report.md. */
  sample: { mark: string; note: string } | null;
  performance: { strategies: ViewTable; indices: ViewTable };
  courses: { table: ViewTable; benchmarkNote: string; sentence: string | null };
  charts: { intro: string; recent: ViewChart | null; sinceLaunch: ViewChart | null };
  trailing: { intro: string; table: ViewTable; notes: string[] };
  market: {
    /** The first market's name, heading the section (➤米国市場). */
    name: string;
    overview: Markup | null;
    /** Without an overview: a sentence from the month's index returns, so the section never opens bare. */
    summary: string | null;
    weeks: ViewWeek[];
  };
  factorTrends: {
    chart: ViewChart | null;
    table: ViewTable;
    commentary: Markup | null;
    /** Without commentary: which factors rose and fell, from the figures. */
    summary: string | null;
  } | null;
  factorAttribution: { opening: string; commentary: Markup | null; strategies: ViewStrategyAttribution[] } | null;
  contributors: { heading: string; table: ViewTable }[];
  text: FixedTextContext;
  /** service.disclosures: registration number, member associations, intermediary; [] when none. */
  disclosures: string[];
  /** `※本レポートは、2026年4月6日時点の情報に基づき作成されております。` */
  asOfLine: string;
}

export interface ViewModelInput {
  result: ComputeResult;
  /** The wording (config), the securities' descriptions and the month's commentary: no figure, no date to work out. */
  dataset: Pick<Dataset, 'config' | 'securities' | 'commentary'>;
  charts: readonly ReportChart[];
}

// ---------------------------------------------------------------- tables

export const num = (label: string): ViewColumn => ({ label, numeric: true });
export const txt = (label: string): ViewColumn => ({ label, numeric: false });

export function textCell(text: string): ViewCell {
  return { text, numeric: false, negative: false };
}

export function figureCell(text: string, negativeMark: string): ViewCell {
  return { text, numeric: true, negative: text.startsWith('-') || (negativeMark !== '' && text.startsWith(negativeMark)) };
}

export function row(cells: ViewCell[], options: { total?: boolean; description?: Markup | null } = {}): ViewRow {
  return { cells, total: options.total ?? false, description: options.description ?? null };
}

export function table(id: string, columns: ViewColumn[], rows: ViewRow[], shownIn: ViewTable['shownIn'] = 'all'): ViewTable {
  const figures = rows.flatMap((r) => r.cells.filter((c) => c.numeric && c.text !== '').map((c) => c.text));
  return { id, columns, rows, figures, shownIn };
}

// ---------------------------------------------------------------- the view model

const TRAILING_KEYS: readonly (keyof Trailing)[] = ['1m', '3m', '6m', '1y', 'sinceLaunch'];
const TRAILING_LABELS: Record<keyof Trailing, string> = {
  '1m': '過去1ヶ月',
  '3m': '過去3ヶ月',
  '6m': '過去6ヶ月',
  '1y': '過去1年',
  sinceLaunch: '設定来',
};

/** Whole percentages print without decimals in prose (`10%`); others as in tables (`12.50%`). */
function proseLimit(x: number): string {
  return formatPercent(x).replace(/\.00%$/, '%');
}

/**
 * Builds every printed string of the report, and the things worth telling the user on the way
 * (commentary for a week the month does not have, …). Pure.
 */
export function buildViewModel(input: ViewModelInput): { vm: ViewModel; warnings: string[] } {
  const { result, dataset } = input;
  const { report } = result;
  const config = dataset.config;
  const mark = config.negativeMark;
  const warnings: string[] = [];
  const signed = (x: number) => formatSignedPercent(x, mark);
  const fig = (text: string) => figureCell(text, mark);

  const chartByFile = new Map(input.charts.map((c) => [c.file, c]));
  const chart = (file: string): ViewChart | null => {
    const c = chartByFile.get(file);
    return c ? { file: c.file, src: `charts/${encodeURIComponent(c.file)}`, title: c.title, svg: c.svg } : null;
  };

  const monthLabel = formatMonthJa(report.month);
  const title = `${config.service.name} 月間運用実績レポート（${monthLabel}）`;
  const label = serviceLabel(config);
  const endLabel = report.partial ? formatDateJa(report.end) : formatMonthEndJa(report.month);

  // 2. 当月のパフォーマンス
  const performance = {
    strategies: table(
      'performance-strategies',
      [txt('戦略名'), num('月間騰落率')],
      report.strategies.map((s) => row([textCell(s.name), fig(signed(s.monthReturn))])),
    ),
    indices: table(
      'performance-indices',
      [txt('指数'), num('月間騰落率')],
      report.indices.map((i) => row([textCell(i.name), fig(signed(i.monthReturn))])),
    ),
  };

  // 3. 運用コース毎の当月パフォーマンス
  const courseRows = [...report.courses]
    .sort((a, b) => a.rank - b.rank)
    .map((c) =>
      row([
        textCell(formatRankJa(c.rank)),
        textCell(c.name),
        fig(formatPercent(c.monthReturn)),
        textCell(c.benchmarkLabel),
        fig(formatPercent(c.benchmarkReturn)),
        fig(formatPercent(c.excessReturn)),
      ]),
    );
  courseRows.push(
    row(
      [
        textCell(''),
        textCell('全戦略平均'),
        fig(formatPercent(report.courseAverage.monthReturn)),
        textCell(''),
        textCell(''),
        fig(formatPercent(report.courseAverage.excessReturn)),
      ],
      { total: true },
    ),
  );
  const benchmarkOf = report.strategies.map((s) => `${s.name}は${indexShort(config, s.benchmark)}`).join('、');
  const courses = {
    table: table(
      'courses',
      [txt('順位'), txt('戦略名'), num('月間パフォーマンス'), txt('ベンチマーク'), num('ベンチマーク (%)'), num('超過収益')],
      courseRows,
    ),
    benchmarkNote:
      `※各戦略のベンチマークは、${benchmarkOf}です。複数の戦略を組み合わせたコースのベンチマークは、` +
      `各戦略のベンチマークをコースの配分比率で合成したものです。`,
    sentence: bestCourseSentence(report, config),
  };

  // 4. Charts (their titles and axes are drawn inside the SVGs)
  const charts = {
    intro: `${formatDateJa(config.service.launchDate)}のサービス開始から${endLabel}までの、${label}の運用実績です。`,
    recent: chart('performance-3m.svg'),
    sinceLaunch: chart('performance-since-launch.svg'),
  };

  // 5. 設定来の騰落率
  const benchmarkIds = [...new Set(report.strategies.map((s) => s.benchmark))];
  const trailingRows: { name: string; trailing: Trailing; sharpe: number | null; sortino: number | null }[] = [
    ...report.strategies.map((s) => ({ name: s.name, trailing: s.trailing, sharpe: s.sharpe, sortino: s.sortino })),
    ...benchmarkIds.flatMap((id) => {
      const ix = report.indices.find((i) => i.id === id);
      return ix ? [{ name: indexShort(config, id), trailing: ix.trailing, sharpe: ix.sharpe, sortino: ix.sortino }] : [];
    }),
  ];
  const trailingTable = table(
    'trailing',
    [txt(''), ...TRAILING_KEYS.map((k) => num(TRAILING_LABELS[k])), num('シャープレシオ'), num('ソルティノレシオ')],
    trailingRows.map((r) =>
      row([
        textCell(r.name),
        ...TRAILING_KEYS.map((k) => fig(formatPercent(r.trailing[k]))),
        fig(formatRatio(r.sharpe)),
        fig(formatRatio(r.sortino)),
      ]),
    ),
  );
  const trailing = {
    intro: charts.intro,
    table: trailingTable,
    notes: trailingNotes(result, config),
  };

  // 6. 当月の市況概況
  const commentary = dataset.commentary;
  const weeks: ViewWeek[] = report.weeks.map((w) => {
    const figures = config.weeklyIndices
      .filter((id) => w.returns[id] !== undefined)
      .map((id) => `${indexShort(config, id)}：${signed(w.returns[id] as number)}`);
    const range = formatDayRangeJa(w.start, w.end);
    return {
      heading: `第${w.number}週（${range}）${figures.length > 0 ? `／${figures.join('、')}` : ''}`,
      commentary: renderCommentary(commentary?.weeks.get(w.number)),
    };
  });
  for (const n of commentary?.weeks.keys() ?? []) {
    if (!report.weeks.some((w) => w.number === n)) {
      warnings.push(`commentary: 第${n}週 has text but ${monthLabel} has only ${report.weeks.length} weeks; it is not shown`);
    }
  }
  const overview = renderCommentary(commentary?.overview);
  const market = {
    name: firstMarketName(config),
    overview,
    summary: overview === null ? marketSummarySentence(report, config) : null,
    weeks,
  };

  // 7. ファクター動向
  const factorTrends =
    report.factorReturns === null
      ? null
      : {
          chart: chart('factor-returns.svg'),
          table: table(
            'factor-returns',
            [txt('ファクター'), num('月間リターン')],
            report.factorReturns.map((f) => row([textCell(f.name), fig(formatPercent(f.monthReturn))])),
            'markdown',
          ),
          commentary: renderCommentary(commentary?.factorTrends),
          summary: renderCommentary(commentary?.factorTrends) === null ? factorTrendsSentence(report) : null,
          scope: factorScopeSentence(report, config),
        };

  // 8. ファクター寄与度
  const withAttribution = report.strategies.filter((s) => s.attribution !== null);
  const factorAttribution =
    report.factorReturns === null || withAttribution.length === 0
      ? null
      : {
          opening: attributionOpeningSentence(
            report,
            config,
            market.overview !== null || factorTrends?.commentary != null,
          ),
          commentary: renderCommentary(commentary?.factorAttribution),
          strategies: withAttribution.map((s) => strategyAttribution(s, config, chart, fig)),
        };

  // 9. 個別銘柄寄与度
  const contributors = report.strategies.map((s) => ({
    heading: `${strategyLabel(config, s.id, s.name)} 寄与度上位${s.topContributors.length}銘柄`,
    table: table(
      `contributors-${s.id}`,
      [txt('No'), txt('ティッカー'), txt('銘柄名'), num('組入比率'), num('寄与度')],
      s.topContributors.map((c) =>
        row(
          [
            textCell(String(c.rank)),
            textCell(c.ticker),
            textCell(c.name),
            fig(formatPercent(c.weight)),
            fig(formatPercent(c.contribution)),
          ],
          { description: renderPlainText(dataset.securities.get(c.ticker)?.description) },
        ),
      ),
    ),
  }));

  // 10. Fixed text
  const text = fixedTextContext(config);

  const asOfDate = formatDateJa(report.asOf);
  const vm: ViewModel = {
    ...documentHead(config, title, report.partial),
    monthLabel,
    monthName: formatMonthNameJa(report.month),
    period: `${formatDateJa(result.dates.firstDay)}${RANGE_DASH}${formatDateJa(report.end)}`,
    asOfDate,
    partial: report.partial
      ? {
          mark: '速報',
          note: `本レポートは月途中の${formatDateJa(report.end)}までのデータに基づく速報版です。月末までの確定値とは異なります。`,
        }
      : null,
    sample: report.sample
      ? {
          mark: 'サンプル（架空データ）',
          note: '本レポートは同梱の合成サンプルデータから作成した見本です。記載の運用実績・銘柄・数値は架空のもので、実在の運用とは関係ありません。',
        }
      : null,
    performance,
    courses,
    charts,
    trailing,
    market,
    factorTrends,
    factorAttribution,
    contributors,
    text,
    disclosures: [...(config.service.disclosures ?? [])],
    asOfLine: `※本レポートは、${asOfDate}時点の情報に基づき作成されております。`,
  };
  return { vm, warnings };
}

/** The title, the page header (with `【速報】` for a partial month) and the provider of a document. */
export function documentHead(config: Config, title: string, partial: boolean): DocumentHead {
  const runningHeader = partial ? `${title}【速報】` : title;
  return {
    lang: 'ja',
    title,
    runningHeader,
    runningHeaderSize: runningHeaderSize(runningHeader, config.service.provider ?? ''),
    serviceName: config.service.name,
    serviceLabel: serviceLabel(config),
    provider: config.service.provider ?? '',
  };
}

/** The values of the fixed-text templates (templates/text/*.hbs): the report's and the notice's. */
export function fixedTextContext(config: Config): FixedTextContext {
  return {
    serviceName: config.service.name,
    serviceLabel: serviceLabel(config),
    provider: config.service.provider ?? '',
    launchDate: formatDateJa(config.service.launchDate),
    strategies: config.strategies.map((s) => {
      const traits = s.traits.map((id) => config.factors.find((f) => f.id === id)?.name ?? id);
      return {
        name: s.name,
        label: strategyLabel(config, s.id, s.name),
        group: s.group ?? s.name,
        style: s.style ?? '',
        benchmark: indexShort(config, s.benchmark),
        traits: traits.map((t) => `「${t}」`).join(''),
        hasTraits: traits.length > 0,
      };
    }),
    factors: config.factors.map((f, i) => ({ no: String(i + 1), name: f.name, indicators: FACTOR_INDICATORS[f.id] ?? '' })),
    limits: {
      minHoldings: String(config.limits.minHoldings),
      maxHoldings: String(config.limits.maxHoldings),
      maxWeight: proseLimit(config.limits.maxWeight),
      maxSectorWeight: proseLimit(config.limits.maxSectorWeight),
    },
    riskFreeRate: formatPercent(config.riskFreeRate),
  };
}

function strategyAttribution(
  s: StrategyReport,
  config: Config,
  chart: (file: string) => ViewChart | null,
  fig: (text: string) => ViewCell,
): ViewStrategyAttribution {
  const a = s.attribution;
  if (!a) throw new Error(`strategy ${s.id} has no attribution`);
  return {
    heading: `${strategyLabel(config, s.id, s.name)}：ベンチマーク（${indexShort(config, s.benchmark)}）との差の要因`,
    chart: chart(`factor-contribution-${s.id}.svg`),
    table: table(
      `factor-contribution-${s.id}`,
      [txt('要因'), num('寄与度')],
      [
        ...a.factors.map((f) => row([textCell(f.name), fig(formatPercent(f.contribution))])),
        row([textCell('銘柄固有要因'), fig(formatPercent(a.specific))]),
        row([textCell('超過収益'), fig(formatPercent(a.excessReturn))], { total: true }),
      ],
      'markdown',
    ),
    sentence: strategyAttributionSentence(s, config),
  };
}

/** Notes under 設定来の騰落率: the windows' start dates, blanks, and where the ratios start. */
function trailingNotes(result: ComputeResult, config: Config): string[] {
  const { report } = result;
  const starts = result.dates.windowStarts;
  const notes: string[] = [];
  const listed = (['1m', '3m', '6m', '1y'] as const)
    .filter((k) => starts[k] !== null)
    .map((k) => `${TRAILING_LABELS[k]}は${formatDateJa(starts[k] as IsoDate)}`);
  listed.push(`設定来はサービス開始日の${formatDateJa(config.service.launchDate)}`);
  notes.push(`※騰落率は、各期間の開始日の終値から${formatDateJa(report.end)}の終値までの変化率です（${listed.join('、')}を起点としています）。`);
  const blanked = (['1m', '3m', '6m', '1y'] as const).filter((k) => starts[k] === null).map((k) => TRAILING_LABELS[k]);
  if (blanked.length > 0) {
    notes.push(`※${blanked.join('・')}は、期間の起点がサービス開始日より前になるため「-」と表示しています。`);
  }
  const ratioStart = config.service.ratioStartDate;
  const later = config.strategies.flatMap((s) => {
    const first = result.dates.firstSnapshots[s.id];
    return first !== undefined && first > ratioStart ? [`${s.name}は運用開始日の${formatDateJa(first)}`] : [];
  });
  notes.push(
    `※シャープレシオ及びソルティノレシオは、${formatDateJa(ratioStart)}以降の日次リターンをもとに年率換算して算出しています` +
      `（無リスク金利は年${formatPercent(config.riskFreeRate)}${later.length > 0 ? `、${later.join('、')}以降` : ''}）。`,
  );
  return notes;
}

/** Every table of the view model, in report order. */
export function viewTables(vm: ViewModel): ViewTable[] {
  return [
    vm.performance.strategies,
    vm.performance.indices,
    vm.courses.table,
    vm.trailing.table,
    ...(vm.factorTrends ? [vm.factorTrends.table] : []),
    ...(vm.factorAttribution?.strategies.map((s) => s.table) ?? []),
    ...vm.contributors.map((c) => c.table),
  ];
}
