/**
 * Horizontal bar chart with one row per item (first item on top), positive and negative bars in two
 * colours and a value label beside each bar formatted exactly like the report's tables.
 */
import type * as echarts from 'echarts';
import { formatPercent } from '../percent.js';
import { COLORS, renderSvg, text, textWidth, titleOption, zeroLine } from './render.js';

export const BAR_WIDTH = 680;
/** Height of one bar row in px. */
export const ROW_HEIGHT = 17;

/** Grid top without / with a subtitle. */
const TOP = 46;
const TOP_WITH_SUBTITLE = 62;
const BOTTOM = 30;
const RIGHT = 20;
const LABEL_FONT = 11;
const CATEGORY_FONT = 12;

export interface BarItem {
  name: string;
  /** Decimal fraction. */
  value: number;
  /** A total row (超過収益): darker bars, bold name, and a rule above it. */
  total?: boolean;
}

export interface BarChartSpec {
  file: string;
  title: string;
  subtitle?: string;
  items: BarItem[];
  /** Colours of the non-total bars. */
  positive: string;
  negative: string;
}

/**
 * Which side of the zero line each value's label goes: negatives left, positives right, zeros right
 * unless every non-zero value is negative (then the room is on the left).
 */
function labelSides(values: number[]): ('left' | 'right')[] {
  const zeroSide = values.some((v) => v > 0) || !values.some((v) => v < 0) ? 'right' : 'left';
  return values.map((v) => (v < 0 ? 'left' : v > 0 ? 'right' : zeroSide));
}

/** Value-axis range in % leaving room for the value labels beside the longest bars. */
function valueRange(values: number[], sides: ('left' | 'right')[], plotWidth: number): { min: number; max: number } {
  const hi = Math.max(0, ...values);
  const lo = Math.min(0, ...values);
  // Label width (bold total labels run a little wider) plus the label's distance and a margin.
  const labelPx = Math.max(...values.map((v) => textWidth(formatPercent(v / 100), LABEL_FONT))) * 1.08 + 16;
  const frac = Math.min(0.3, labelPx / plotWidth);
  const fracLo = sides.includes('left') ? frac : 0.02;
  const fracHi = sides.includes('right') ? frac : 0.02;
  let range = hi - lo;
  if (range === 0) range = 1; // all zero: an arbitrary frame
  const total = range / (1 - fracLo - fracHi);
  return { min: lo - fracLo * total, max: hi + fracHi * total };
}

export function barChartSvg(spec: BarChartSpec): string {
  const rows = spec.items.length;
  const top = spec.subtitle ? TOP_WITH_SUBTITLE : TOP;
  const height = top + BOTTOM + Math.max(1, rows) * ROW_HEIGHT;
  const nameWidth = Math.max(48, ...spec.items.map((i) => textWidth(i.name, CATEGORY_FONT)));
  const left = Math.ceil(Math.min(260, nameWidth + 22));
  const plotWidth = BAR_WIDTH - left - RIGHT;
  const percents = spec.items.map((i) => i.value * 100);
  const sides = labelSides(percents);
  const { min, max } = valueRange(percents, sides, plotWidth);

  const colorOf = (item: BarItem): string =>
    item.total
      ? item.value < 0
        ? COLORS.bar.totalNegative
        : COLORS.bar.totalPositive
      : item.value < 0
        ? spec.negative
        : spec.positive;

  const data = spec.items.map((item, i) => ({
    value: percents[i] as number,
    itemStyle: { color: colorOf(item) },
    label: {
      position: sides[i] as 'left' | 'right',
      fontWeight: item.total ? ('bold' as const) : ('normal' as const),
    },
  }));

  // A thin rule between the parts and a total row: rows are equal bands of the grid.
  const graphic: echarts.GraphicComponentOption[] = [];
  spec.items.forEach((item, i) => {
    if (!item.total || i === 0) return;
    const y = top + i * ROW_HEIGHT + 0.5;
    graphic.push({
      type: 'line',
      silent: true,
      shape: { x1: 8, y1: y, x2: BAR_WIDTH - RIGHT, y2: y },
      style: { stroke: COLORS.axis, lineWidth: 1 },
    });
  });

  const option: echarts.EChartsOption = {
    title: titleOption(spec.title, spec.subtitle),
    grid: { left, right: RIGHT, top, bottom: BOTTOM },
    xAxis: {
      type: 'value',
      min,
      max,
      splitNumber: 6,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: {
        formatter: '{value}%',
        showMinLabel: false,
        showMaxLabel: false,
        ...text({ fontSize: LABEL_FONT, color: COLORS.subtext }),
      },
      splitLine: { show: true, lineStyle: { color: COLORS.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.items.map((item) => ({
        value: item.name,
        textStyle: item.total ? { fontWeight: 'bold' as const } : {},
      })),
      axisLine: { show: false, onZero: false },
      axisTick: { show: false },
      axisLabel: { margin: 10, ...text({ fontSize: CATEGORY_FONT, color: COLORS.text }) },
      splitLine: { show: false },
    },
    series: [
      {
        type: 'bar',
        data,
        barWidth: Math.round(ROW_HEIGHT * 0.6),
        silent: true,
        emphasis: { disabled: true },
        label: {
          show: true,
          distance: 4,
          formatter: (p: { dataIndex: number }) => formatPercent(spec.items[p.dataIndex]?.value ?? 0),
          ...text({ fontSize: LABEL_FONT, color: COLORS.text }),
        },
        markLine: zeroLine('xAxis'),
      },
    ],
    graphic,
  };
  return renderSvg(spec.file, option, BAR_WIDTH, height);
}
