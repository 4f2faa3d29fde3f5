/**
 * The report's charts as standalone SVG strings, rendered in Node with Apache ECharts SSR (no browser).
 *
 * Each SVG has its title drawn inside it (so a linked `charts/*.svg` stands alone); `Chart.title` is the
 * same text, for alt text or captions. Output is deterministic: ECharts' per-instance id counter is
 * rewritten to a prefix derived from the file name, so a chart's bytes do not depend on how many charts
 * the process rendered before it.
 */
import type { ComputeResult, Config, Month, PerformanceWindow, StrategyReport } from '../types.js';
import { COLORS } from './charts/render.js';
import { formatDateJa as dateJa, formatMonthJa as monthJa } from './dates.js';
import { barChartSvg, type BarItem } from './charts/bar-chart.js';
import { lineChartSvg, type TickMode } from './charts/line-chart.js';

export interface Chart {
  file: string;
  title: string;
  svg: string;
}

function baseline(window: PerformanceWindow): string {
  return `累積リターン（${dateJa(window.start)}＝0%、${dateJa(window.end)}まで）`;
}

/** Month ticks need at least a few month starts; a young service gets weekly ticks instead. */
function sinceLaunchMode(window: PerformanceWindow): TickMode {
  const months = new Set<string>();
  for (const pair of window.pairs) for (const p of pair.strategy.points) months.add(p.date.slice(0, 7));
  return months.size >= 4 ? 'month' : 'week';
}

/** All charts of the report, in a fixed order (ECharts ids carry a per-process counter). */
export function buildCharts(result: Pick<ComputeResult, 'report' | 'charts'>, config: Config): Chart[] {
  const charts: Chart[] = [];
  const { report } = result;
  const month = monthJa(report.month);

  const line = (file: string, title: string, window: PerformanceWindow, mode: TickMode): void => {
    charts.push({ file, title, svg: lineChartSvg({ file, title, subtitle: baseline(window), window, mode }) });
  };
  line('performance-3m.svg', '直近3カ月のパフォーマンス推移', result.charts.last3Months, 'week');
  line(
    'performance-since-launch.svg',
    '設定来のパフォーマンス推移',
    result.charts.sinceLaunch,
    sinceLaunchMode(result.charts.sinceLaunch),
  );

  const bar = (file: string, title: string, items: BarItem[], colors: { positive: string; negative: string }, subtitle?: string): void => {
    charts.push({ file, title, svg: barChartSvg({ file, title, subtitle, items, ...colors }) });
  };
  if (report.factorReturns !== null) {
    bar(
      'factor-returns.svg',
      `ファクターリターン（${month}）`,
      report.factorReturns.map((f) => ({ name: f.name, value: f.monthReturn })),
      { positive: COLORS.bar.positive, negative: COLORS.bar.negative },
    );
  }
  for (const cfg of config.strategies) {
    const strategy = report.strategies.find((s) => s.id === cfg.id);
    if (strategy) {
      const chart = factorContributionChart(strategy, report.month);
      if (chart) charts.push(chart);
    }
  }
  return charts;
}

/** The strategy's factor-contribution chart (`factor-contribution-<id>.svg`), or null without attribution. */
export function factorContributionChart(strategy: StrategyReport, month: Month): Chart | null {
  const attribution = strategy.attribution;
  if (!attribution) return null;
  const file = `factor-contribution-${strategy.id}.svg`;
  const title = `ファクター寄与度：${strategy.name}（${monthJa(month)}）`;
  const items: BarItem[] = [
    ...attribution.factors.map((f) => ({ name: f.name, value: f.contribution })),
    { name: '銘柄固有要因', value: attribution.specific },
    { name: '超過収益', value: attribution.excessReturn, total: true },
  ];
  const subtitle = '各ファクターの寄与度 ＋ 銘柄固有要因 ＝ 超過収益（対ベンチマーク）';
  return {
    file,
    title,
    svg: barChartSvg({ file, title, subtitle, items, positive: COLORS.bar.partPositive, negative: COLORS.bar.partNegative }),
  };
}
