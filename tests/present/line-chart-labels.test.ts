import { describe, expect, it } from 'vitest';
import { END_LABEL_FONT, lineChartSvg } from '../../src/present/charts/line-chart.js';
import type { CumulativeSeries, IsoDate } from '../../src/types.js';

const DATES: IsoDate[] = ['2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'];

/** A straight line from 0 to `end` (a decimal fraction). */
function line(id: string, label: string, end: number): CumulativeSeries {
  return { id, label, points: DATES.map((date, i) => ({ date, value: (end * i) / (DATES.length - 1) })) };
}

/** The end labels of a chart (text-anchor start, a % value) as [value, y] in drawing order. */
function endLabels(svg: string): { text: string; y: number }[] {
  return [...svg.matchAll(/<text[^>]*text-anchor="start"[^>]*translate\(([0-9.]+) ([0-9.]+)\)[^>]*>([^<]*%)<\/text>/g)].map((m) => ({
    text: m[3]!,
    y: Number(m[2]),
  }));
}

describe('line chart end labels', () => {
  it('never overlap, and keep the order of their values (2.14% / 1.48% / 1.46%, January 2026)', () => {
    const svg = lineChartSvg({
      file: 't.svg',
      title: '直近3カ月のパフォーマンス推移',
      mode: 'week',
      window: {
        start: DATES[0]!,
        end: DATES[DATES.length - 1]!,
        pairs: [
          { strategy: line('A', 'メジャー100', 0.0214), benchmark: line('SPX', 'S&P500', 0.0148) },
          { strategy: line('B', 'ネクストメジャー100', 0.0772), benchmark: line('RUT', 'Russell2000', 0.0146) },
        ],
      },
    });
    const labels = endLabels(svg).sort((a, b) => a.y - b.y);
    expect(labels.map((l) => l.text)).toEqual(['7.72%', '2.14%', '1.48%', '1.46%']); // top to bottom = largest first
    for (let i = 1; i < labels.length; i++) {
      // Box centres at least a font height plus a little air apart: 11 px type, ≥ 13 px apart.
      expect(labels[i]!.y - labels[i - 1]!.y, `${labels[i - 1]!.text} / ${labels[i]!.text}`).toBeGreaterThanOrEqual(END_LABEL_FONT + 2);
    }
  });
});
