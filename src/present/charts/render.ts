/**
 * ECharts server-side rendering to standalone SVG strings, plus the look shared by every chart.
 *
 * Print rules (rendering-notes.md §3, §6): every text uses the TrueType font 'BIZ UDPGothic' (a fallback
 * would land on Noto CJK and become Type 3 in Chromium's PDF) and no text is stroked or shadowed (ECharts'
 * default white halo on labels also becomes Type 3). `text()` gives a text style that obeys both.
 */
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
// Only the parts the report draws (ECharts' full entry point registers every chart type, component
// and both renderers: most of present's start-up). Each of these registers itself on import.
import 'echarts/lib/chart/line.js';
import 'echarts/lib/chart/bar.js';
import 'echarts/lib/component/title.js';
import 'echarts/lib/component/legend.js';
import 'echarts/lib/component/grid.js';
import 'echarts/lib/component/markLine.js';
import 'echarts/lib/component/graphic.js';

use([SVGRenderer]);

export const FONT_FAMILY = "'BIZ UDPGothic', sans-serif";

/** Sober print palette. */
export const COLORS = {
  text: '#333333',
  subtext: '#666666',
  axis: '#8c8c8c',
  grid: '#e6e6e6',
  zero: '#595959',
  /** Line pairs: strategy (solid) and its benchmark (dashed), same hue family. */
  pairs: [
    { strategy: '#1f3a5f', benchmark: '#6f8db5' }, // navy
    { strategy: '#17756c', benchmark: '#5fa79e' }, // teal
    { strategy: '#c0631b', benchmark: '#e3a673' }, // orange
    { strategy: '#4d4d4d', benchmark: '#a3a3a3' }, // grey
    { strategy: '#6a4c93', benchmark: '#b1a1cc' }, // plum
    { strategy: '#8a6d1f', benchmark: '#cdb778' }, // ochre
  ],
  bar: {
    positive: '#2f5d8a',
    negative: '#d0782c',
    partPositive: '#6f94bd',
    partNegative: '#e6a167',
    totalPositive: '#1f3a5f',
    totalNegative: '#9a4a12',
  },
} as const;

/** The thin solid line at 0 on the value axis (`xAxis` for horizontal bars, `yAxis` for lines). */
export function zeroLine(axis: 'xAxis' | 'yAxis'): Record<string, unknown> {
  return {
    silent: true,
    symbol: ['none', 'none'],
    label: { show: false },
    lineStyle: { color: COLORS.zero, width: 1, type: 'solid' },
    emphasis: { disabled: true },
    data: [{ [axis]: 0 }],
  };
}

/** Text style with the report font and no stroke or shadow (a stroke would embed as Type 3). */
export function text(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: 11,
    color: COLORS.text,
    textBorderColor: 'transparent',
    textBorderWidth: 0,
    textShadowColor: 'transparent',
    textShadowBlur: 0,
    ...extra,
  };
}

/** The chart title, drawn top-left inside the SVG. */
export function titleOption(title: string, subtitle?: string): Record<string, unknown> {
  return {
    text: title,
    subtext: subtitle ?? '',
    left: 4,
    top: 4,
    itemGap: 4,
    textStyle: text({ fontSize: 14, fontWeight: 'bold', color: COLORS.text }),
    subtextStyle: text({ fontSize: 11, color: COLORS.subtext }),
  };
}

/**
 * A stable id prefix for one chart: its file name made safe for XML ids and CSS class names, plus a
 * short hash of the exact name so two names that sanitise alike still get different prefixes.
 */
export function idPrefix(file: string): string {
  const base = file.replace(/\.svg$/, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  let h = 0x811c9dc5; // FNV-1a 32-bit
  for (let i = 0; i < file.length; i++) {
    h ^= file.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `wgc-${base || 'chart'}-${h.toString(16).padStart(8, '0')}-`;
}

/**
 * Makes ECharts' ids independent of what the process rendered before:
 * - the per-instance prefix (`zr0-`, `zr17-`: a process-wide instance counter) becomes `prefix`;
 * - CSS class numbers (`zr3-cls-41`: zrender's module-wide class counter) are renumbered per SVG in
 *   order of first appearance.
 * Only markup is touched (tags and the `<style>` block), never text content: ECharts escapes `<` in
 * text, so a `<…>` match is always a real tag.
 */
export function normalizeIds(svg: string, prefix: string): string {
  const classes = new Map<string, number>();
  return svg.replace(/<style[\s\S]*?<\/style>|<[^>]*>/g, (markup) =>
    markup.replace(/\bzr\d+-(?:cls-(\d+))?/g, (_m, cls: string | undefined) => {
      if (cls === undefined) return prefix;
      let n = classes.get(cls);
      if (n === undefined) {
        n = classes.size;
        classes.set(cls, n);
      }
      return `${prefix}cls-${n}`;
    }),
  );
}

/** Renders one option to an SVG string; the instance is always disposed. */
export function renderSvg(
  file: string,
  option: EChartsCoreOption,
  width: number,
  height: number,
): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: text(),
      ...option,
    });
    const svg = chart.renderToSVGString();
    return normalizeIds(svg, idPrefix(file));
  } finally {
    chart.dispose();
  }
}

/**
 * Approximate rendered width in px of `s` at `fontSize`: full-width characters take 1 em, ASCII about
 * 0.6 em (what zrender assumes without a canvas, close enough for layout margins).
 */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += c < 0x80 ? 0.6 : c >= 0xff61 && c <= 0xff9f ? 0.5 : 1;
  }
  return w * fontSize;
}
