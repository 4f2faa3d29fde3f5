/**
 * Cumulative-return line chart: each strategy (solid) and its benchmark (dashed, same hue family),
 * rebased to 0 at the window start, on a category axis of dates.
 */
import type * as echarts from 'echarts';
import { isoWeekMonday } from '../../dates.js';
import type { CumulativeSeries, IsoDate, PerformanceWindow } from '../../types.js';
import { formatPercent } from '../percent.js';
import { COLORS, renderSvg, text, textWidth, titleOption, zeroLine } from './render.js';

export const LINE_WIDTH = 680;
export const LINE_HEIGHT = 330;

const GRID = { left: 52, right: 64, top: 96, bottom: 30 };
const AXIS_FONT = 11;
export const END_LABEL_FONT = 11;
/** Air above and below an end label (its line height is the font + 2 × this): neighbours stay this far apart. */
const END_LABEL_PAD = 2;

export type TickMode = 'week' | 'month';

interface DrawnSeries {
  series: CumulativeSeries;
  color: string;
  benchmark: boolean;
}

/** Parses `YYYY-MM-DD` into numbers without Date (no time zone involved). */
function ymd(d: IsoDate): { y: number; m: number; d: number } {
  return { y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)), d: Number(d.slice(8, 10)) };
}

export function tickLabel(date: IsoDate, mode: TickMode): string {
  const { y, m, d } = ymd(date);
  return mode === 'month' ? `${y}/${m}` : `${m}/${d}`;
}

/**
 * The indices of `dates` that get a labelled tick: the first trading day of every k-th week (mode
 * 'week') or of every k-th calendar month (mode 'month', aligned so that k = 3 gives Jan/Apr/Jul/Oct),
 * with k the smallest step that keeps labels `minGapPx` apart on a plot `plotWidth` wide.
 */
export function tickIndices(dates: IsoDate[], mode: TickMode, plotWidth: number): number[] {
  const n = dates.length;
  if (n < 2) return n === 1 ? [0] : [];
  const pxPerDay = plotWidth / (n - 1);
  const sample = mode === 'month' ? '2026/10' : '12/31';
  const minGapPx = textWidth(sample, AXIS_FONT) + 22;

  const starts: number[] = [];
  for (let i = 1; i < n; i++) {
    const a = dates[i - 1] as IsoDate;
    const b = dates[i] as IsoDate;
    const changed = mode === 'month' ? a.slice(0, 7) !== b.slice(0, 7) : isoWeekMonday(a) !== isoWeekMonday(b);
    if (changed) starts.push(i);
  }
  if (starts.length === 0) return [0];
  const span = (n - 1) / Math.max(1, starts.length); // average trading days per period
  const steps = mode === 'month' ? [1, 2, 3, 4, 6, 12, 24, 36, 60, 120] : [1, 2, 3, 4, 6, 8, 13, 26, 52];
  const k = steps.find((s) => s * span * pxPerDay >= minGapPx) ?? (steps[steps.length - 1] as number);

  let picked: number[];
  if (mode === 'month') {
    picked = starts.filter((i) => {
      const { y, m } = ymd(dates[i] as IsoDate);
      return (y * 12 + (m - 1)) % k === 0;
    });
  } else {
    picked = starts.filter((_, j) => j % k === 0);
  }
  // Drop a label that would crowd the previous one (short periods around holidays).
  const out: number[] = [];
  for (const i of picked) {
    const last = out[out.length - 1];
    if (last === undefined || (i - last) * pxPerDay >= minGapPx * 0.8) out.push(i);
  }
  return out;
}

function drawnSeries(window: PerformanceWindow): DrawnSeries[] {
  const out: DrawnSeries[] = [];
  const seenBenchmarks = new Set<string>();
  window.pairs.forEach((pair, i) => {
    const family = COLORS.pairs[i % COLORS.pairs.length] as { strategy: string; benchmark: string };
    out.push({ series: pair.strategy, color: family.strategy, benchmark: false });
    // Two strategies may share a benchmark: draw it once, in the first one's colours.
    if (!seenBenchmarks.has(pair.benchmark.id)) {
      seenBenchmarks.add(pair.benchmark.id);
      out.push({ series: pair.benchmark, color: family.benchmark, benchmark: true });
    }
  });
  return out;
}

/** Legend rows needed for `labels` on a line `width` px wide (ECharts wraps a horizontal legend). */
function legendRows(labels: string[], width: number): number {
  let rows = 1;
  let x = 0;
  for (const l of labels) {
    const w = 30 + 5 + textWidth(l, 12) + 16; // icon, gap, text, item gap
    if (x > 0 && x + w > width) {
      rows++;
      x = 0;
    }
    x += w;
  }
  return rows;
}

export interface LineChartSpec {
  file: string;
  title: string;
  subtitle?: string;
  window: PerformanceWindow;
  mode: TickMode;
}

export function lineChartSvg(spec: LineChartSpec): string {
  const drawn = drawnSeries(spec.window);
  const dates = [...new Set(drawn.flatMap((d) => d.series.points.map((p) => p.date)))].sort();
  const position = new Map(dates.map((d, i) => [d, i]));

  const legendWidth = LINE_WIDTH - 16;
  const rows = legendRows(
    drawn.map((d) => d.series.label),
    legendWidth,
  );
  const top = GRID.top + (rows - 1) * 22;
  const height = LINE_HEIGHT + (rows - 1) * 22;
  const plotWidth = LINE_WIDTH - GRID.left - GRID.right;
  const ticks = new Set(tickIndices(dates, spec.mode, plotWidth));
  const showTick = (index: number): boolean => ticks.has(index);

  const series: echarts.SeriesOption[] = drawn.map((d, idx) => {
    const values: (number | null)[] = new Array<number | null>(dates.length).fill(null);
    for (const p of d.series.points) {
      const i = position.get(p.date);
      if (i !== undefined) values[i] = p.value * 100;
    }
    const last = d.series.points[d.series.points.length - 1];
    const s: echarts.LineSeriesOption = {
      type: 'line',
      id: `s${idx}`,
      name: d.series.label,
      data: values,
      connectNulls: true,
      showSymbol: false,
      symbol: 'none',
      silent: true,
      z: d.benchmark ? 2 : 3,
      color: d.color,
      lineStyle: { color: d.color, width: d.benchmark ? 1.5 : 2.2, type: d.benchmark ? [5, 3] : 'solid' },
      emphasis: { disabled: true },
      endLabel: {
        show: last !== undefined,
        formatter: () => (last === undefined ? '' : formatPercent(last.value)),
        ...text({ fontSize: END_LABEL_FONT, color: d.color, fontWeight: d.benchmark ? 'normal' : 'bold' }),
        distance: 4,
        // moveOverlap spaces the labels by their box, whose height is the line height: this keeps close end values
        // (2.14% / 1.48% / 1.46%) a readable line apart instead of touching, in their order.
        lineHeight: END_LABEL_FONT + 2 * END_LABEL_PAD,
      },
      labelLayout: { moveOverlap: 'shiftY' },
    };
    if (idx === 0) {
      s.markLine = zeroLine('yAxis');
    }
    return s;
  });

  const option: echarts.EChartsOption = {
    title: titleOption(spec.title, spec.subtitle),
    legend: {
      top: 50,
      left: 8,
      width: legendWidth,
      itemWidth: 30,
      itemHeight: 10,
      itemGap: 16,
      itemStyle: { opacity: 0 },
      selectedMode: false,
      textStyle: text({ fontSize: 12 }),
      data: drawn.map((d) => d.series.label),
    },
    grid: { left: GRID.left, right: GRID.right, top, bottom: GRID.bottom },
    xAxis: {
      type: 'category',
      data: dates,
      boundaryGap: false,
      axisLine: { onZero: false, lineStyle: { color: COLORS.axis } },
      axisTick: { show: true, interval: (i: number) => showTick(i), lineStyle: { color: COLORS.axis } },
      axisLabel: {
        interval: (i: number) => showTick(i),
        formatter: (value: string) => tickLabel(value, spec.mode),
        hideOverlap: false,
        ...text({ fontSize: AXIS_FONT, color: COLORS.text }),
      },
      splitLine: { show: true, interval: (i: number) => showTick(i), lineStyle: { color: COLORS.grid } },
    },
    yAxis: {
      type: 'value',
      scale: false,
      splitNumber: 5,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { formatter: '{value}%', ...text({ fontSize: AXIS_FONT, color: COLORS.text }) },
      splitLine: { show: true, lineStyle: { color: COLORS.grid } },
    },
    series,
  };
  return renderSvg(spec.file, option, LINE_WIDTH, height);
}
