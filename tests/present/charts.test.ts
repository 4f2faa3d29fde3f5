import { describe, expect, it } from 'vitest';
import { buildCharts, type Chart } from '../../src/present/charts.js';
import { normalizeIds } from '../../src/present/charts/render.js';
import { formatPercent } from '../../src/present/percent.js';
import { tickIndices } from '../../src/present/charts/line-chart.js';
import type {
  Attribution,
  ComputeResult,
  Config,
  CumulativeSeries,
  IsoDate,
  StrategyReport,
} from '../../src/types.js';

// ------------------------------------------------------------------ a small hand-made ComputeResult

const config: Config = {
  service: { name: 'WEALTH GROWTH', launchDate: '2025-10-01', ratioStartDate: '2025-10-01' },
  markets: [{ id: 'US', name: '米国市場' }],
  factorMarket: 'US',
  notice: { threshold: 0.03, severe: 0.05 },
  riskFreeRate: 0,
  negativeMark: '△',
  strategies: [
    { market: 'US', id: 'MAJOR100', name: 'メジャー100', benchmark: 'SPX', traits: [] },
    { market: 'US', id: 'NEXT100', name: 'ネクストメジャー100', benchmark: 'RUT', traits: [] },
  ],
  courses: [],
  indices: [
    { market: 'US', id: 'SPX', name: 'S&P 500', short: 'S&P500' },
    { market: 'US', id: 'RUT', name: 'Russell 2000', short: 'Russell2000' },
  ],
  weeklyIndices: [],
  factors: [
    { id: 'profitability', name: '収益性', high: '高収益性', low: '低収益性' },
    { id: 'growth', name: '成長性', high: '高成長性', low: '低成長性' },
    { id: 'value', name: '割安性', high: '高割安性', low: '低割安性' },
  ],
  limits: { minHoldings: 20, maxHoldings: 25, maxWeight: 0.1, maxSectorWeight: 0.35 },
};

/** Weekdays from..to inclusive. */
function weekdays(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  for (; d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const w = d.getUTCDay();
    if (w !== 0 && w !== 6) out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/** A wavy cumulative series starting at 0 (no randomness: the fixture must be reproducible). */
function series(id: string, label: string, dates: IsoDate[], amp: number, drift: number): CumulativeSeries {
  return {
    id,
    label,
    points: dates.map((date, i) => ({ date, value: i === 0 ? 0 : drift * i + amp * Math.sin(i / 3) })),
  };
}

function window(start: IsoDate, end: IsoDate) {
  const dates = weekdays(start, end);
  return {
    start,
    end,
    pairs: [
      {
        strategy: series('MAJOR100', 'メジャー100', dates, 0.01, 0.0008),
        benchmark: series('SPX', 'S&P500', dates, 0.006, 0.0005),
      },
      {
        strategy: series('NEXT100', 'ネクストメジャー100', dates, 0.015, -0.0004),
        benchmark: series('RUT', 'Russell2000', dates, 0.009, 0.0002),
      },
    ],
  };
}

function strategy(id: string, name: string, benchmark: string, attribution: Attribution | null): StrategyReport {
  return {
    id,
    name,
    benchmark,
    market: 'US',
    base: '2026-02-27',
    end: '2026-03-31',
    monthReturn: -0.066,
    benchmarkReturn: -0.0509,
    excessReturn: attribution?.excessReturn ?? -0.0151,
    trailing: { '1m': -0.066, '3m': null, '6m': null, '1y': null, sinceLaunch: 0.0862 },
    sharpe: null,
    sortino: null,
    holdingsCount: 22,
    topContributors: [],
    bottomContributors: [],
    attribution,
    compliance: [],
  };
}

function fixture(): Pick<ComputeResult, 'report' | 'charts'> {
  return {
    report: {
      schemaVersion: 1,
      month: '2026-03',
      base: '2026-02-27',
      end: '2026-03-31',
      asOf: '2026-04-06',
      partial: false,
      sample: false,
      generator: { name: 'wg-report', version: '0.1.0' },
      inputs: {},
      // Report order differs from config order on purpose: charts follow config order.
      strategies: [
        strategy('NEXT100', 'ネクストメジャー100', 'RUT', {
          excessReturn: 0.0448,
          specific: 0.0398,
          factors: [
            { id: 'profitability', name: '収益性', activeExposure: -0.2, factorReturn: 0.004, contribution: -0.0008 },
            { id: 'growth', name: '成長性', activeExposure: 0.5, factorReturn: 0.0123, contribution: 0.00615 },
            { id: 'value', name: '割安性', activeExposure: 0.05, factorReturn: -0.0123, contribution: -0.000615 },
          ],
        }),
        strategy('MAJOR100', 'メジャー100', 'SPX', {
          excessReturn: -0.0151,
          specific: -0.003,
          factors: [
            { id: 'profitability', name: '収益性', activeExposure: 0.41, factorReturn: 0.004, contribution: 0.00164 },
            { id: 'growth', name: '成長性', activeExposure: -0.3, factorReturn: 0.0123, contribution: -0.00369 },
            { id: 'value', name: '割安性', activeExposure: 0.8, factorReturn: -0.0123, contribution: -0.00984 },
          ],
        }),
      ],
      indices: [],
      courses: [],
      courseAverage: { monthReturn: 0, excessReturn: 0 },
      weeks: [],
      factorReturns: [
        { id: 'profitability', name: '収益性', monthReturn: 0.004 },
        { id: 'growth', name: '成長性', monthReturn: 0.0123 },
        { id: 'value', name: '割安性', monthReturn: -0.0123 },
      ],
      warnings: [],
    },
    charts: {
      last3Months: window('2025-12-31', '2026-03-31'),
      sinceLaunch: window('2025-10-01', '2026-03-31'),
    },
  };
}

function byFile(charts: Chart[], file: string): Chart {
  const c = charts.find((x) => x.file === file);
  if (!c) throw new Error(`no chart ${file}`);
  return c;
}

/**
 * A small XML well-formedness check (no XML parser among the dependencies): tags nest and close,
 * attributes are quoted, and text holds no raw `<` and no `&` outside an entity.
 */
function assertWellFormed(svg: string): void {
  const body = svg.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  const textOk = /^(?:[^<&]|&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)*$/;
  const stack: string[] = [];
  let last = 0;
  for (let m = token.exec(body); m !== null; m = token.exec(body)) {
    const between = body.slice(last, m.index);
    if (!textOk.test(between)) throw new Error(`bad text: ${JSON.stringify(between.slice(0, 80))}`);
    last = token.lastIndex;
    const [, close, name, , selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else if (!selfClose) {
      stack.push(name as string);
    }
  }
  const rest = body.slice(last);
  if (!textOk.test(rest)) throw new Error(`bad trailing text: ${JSON.stringify(rest.slice(0, 80))}`);
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(' ')}`);
}

/** Texts of all `<text>` elements, entities decoded. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

// ------------------------------------------------------------------ tests

describe('buildCharts', () => {
  const charts = buildCharts(fixture(), config);

  it('makes the charts in a fixed order with the agreed file names', () => {
    expect(charts.map((c) => c.file)).toEqual([
      'performance-3m.svg',
      'performance-since-launch.svg',
      'factor-returns.svg',
      'factor-contribution-MAJOR100.svg',
      'factor-contribution-NEXT100.svg',
    ]);
    expect(charts.map((c) => c.title)).toEqual([
      '直近3カ月のパフォーマンス推移',
      '設定来のパフォーマンス推移',
      'ファクターリターン（2026年3月）',
      'ファクター寄与度：メジャー100（2026年3月）',
      'ファクター寄与度：ネクストメジャー100（2026年3月）',
    ]);
  });

  it('gives standalone, well-formed SVG documents', () => {
    for (const c of charts) {
      expect(c.svg.startsWith('<svg')).toBe(true);
      expect(c.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(c.svg.trimEnd().endsWith('</svg>')).toBe(true);
      expect(() => assertWellFormed(c.svg)).not.toThrow();
      // The title is drawn inside the SVG.
      expect(texts(c.svg)).toContain(c.title);
    }
  });

  it('uses the TrueType report font for every text and never strokes text (Type 3 in the PDF)', () => {
    for (const c of charts) {
      const textTags = [...c.svg.matchAll(/<text\b[^>]*>/g)].map((m) => m[0]);
      expect(textTags.length).toBeGreaterThan(5);
      for (const tag of textTags) {
        expect(tag).toContain("font-family:'BIZ UDPGothic', sans-serif");
        expect(tag).not.toMatch(/paint-order|text-shadow|filter=/);
        expect(tag).not.toMatch(/\sstroke="(?!none|transparent)/);
      }
      expect(c.svg).not.toContain('paint-order="stroke"');
      expect(c.svg).not.toContain('stroke="rgb(255,255,255)"');
      // Readable in print: no text under 11 px.
      for (const m of c.svg.matchAll(/font-size:(\d+(?:\.\d+)?)px/g)) {
        expect(Number(m[1])).toBeGreaterThanOrEqual(11);
      }
    }
  });

  it('labels the performance lines with strategy names and index shorts, and % on the y axis', () => {
    for (const file of ['performance-3m.svg', 'performance-since-launch.svg']) {
      const t = texts(byFile(charts, file).svg);
      for (const label of ['メジャー100', 'S&P500', 'ネクストメジャー100', 'Russell2000']) {
        expect(t).toContain(label);
      }
      expect(t).toContain('0%');
      expect(t.some((s) => /^-?\d+(\.\d+)?%$/.test(s) && s !== '0%')).toBe(true);
    }
  });

  it('labels the x axes sparsely: M/D ticks for 3 months, YYYY/M ticks since launch', () => {
    const t3 = texts(byFile(charts, 'performance-3m.svg').svg).filter((s) => /^\d{1,2}\/\d{1,2}$/.test(s));
    expect(t3.length).toBeGreaterThanOrEqual(4);
    expect(t3.length).toBeLessThanOrEqual(10);
    const tl = texts(byFile(charts, 'performance-since-launch.svg').svg).filter((s) => /^\d{4}\/\d{1,2}$/.test(s));
    expect(tl.length).toBeGreaterThanOrEqual(3);
    expect(tl.length).toBeLessThanOrEqual(10);
    expect(tl).toContain('2026/1');
  });

  it('prints end-of-window cumulative returns with formatPercent', () => {
    const fx = fixture();
    const last = fx.charts.last3Months.pairs[0]?.strategy.points.at(-1)?.value ?? NaN;
    const expected = formatPercent(last);
    expect(texts(byFile(charts, 'performance-3m.svg').svg)).toContain(expected);
  });

  it('draws factor returns with Japanese names and formatted value labels', () => {
    const t = texts(byFile(charts, 'factor-returns.svg').svg);
    for (const s of ['収益性', '成長性', '割安性', '0.40%', '1.23%', '-1.23%']) expect(t).toContain(s);
    // Two colours: positive and negative bars differ.
    const fills = new Set(
      [...byFile(charts, 'factor-returns.svg').svg.matchAll(/<path d="M[^"]*Z" fill="(#[0-9a-f]{6})"[^>]*ecmeta_ssr_type="chart"/g)].map(
        (m) => m[1],
      ),
    );
    expect(fills.size).toBe(2);
  });

  it('draws each strategy factor contribution, specific and excess with formatted labels', () => {
    const major = texts(byFile(charts, 'factor-contribution-MAJOR100.svg').svg);
    for (const s of ['収益性', '成長性', '割安性', '銘柄固有要因', '超過収益', '0.16%', '-0.37%', '-0.98%', '-0.30%', '-1.51%']) {
      expect(major).toContain(s);
    }
    // Rows in order: factors, then 銘柄固有要因, then 超過収益 last.
    const names = major.filter((s) => ['収益性', '成長性', '割安性', '銘柄固有要因', '超過収益'].includes(s));
    expect(names).toEqual(['収益性', '成長性', '割安性', '銘柄固有要因', '超過収益']);
    const next = texts(byFile(charts, 'factor-contribution-NEXT100.svg').svg);
    for (const s of ['0.62%', '-0.08%', '-0.06%', '3.98%', '4.48%']) expect(next).toContain(s);
  });

  it('keeps zero labels on the side with room when every bar is negative', () => {
    const fx = fixture();
    const major = fx.report.strategies.find((s) => s.id === 'MAJOR100')?.attribution;
    if (!major) throw new Error('fixture');
    major.factors.forEach((f, i) => (f.contribution = i === 0 ? 0 : -Math.abs(f.contribution)));
    major.specific = -0.001;
    const svg = byFile(buildCharts(fx, config), 'factor-contribution-MAJOR100.svg').svg;
    const zero = [...svg.matchAll(/<text\b([^>]*)>0\.00%<\/text>/g)];
    expect(zero).toHaveLength(1);
    expect(zero[0]?.[1]).toContain('text-anchor="end"');
  });

  it('makes no factor charts without factor data', () => {
    const fx = fixture();
    fx.report.factorReturns = null;
    for (const s of fx.report.strategies) s.attribution = null;
    expect(buildCharts(fx, config).map((c) => c.file)).toEqual([
      'performance-3m.svg',
      'performance-since-launch.svg',
    ]);
  });

  it('skips the contribution chart of a strategy without attribution', () => {
    const fx = fixture();
    const next = fx.report.strategies.find((s) => s.id === 'NEXT100');
    if (next) next.attribution = null;
    expect(buildCharts(fx, config).map((c) => c.file)).toEqual([
      'performance-3m.svg',
      'performance-since-launch.svg',
      'factor-returns.svg',
      'factor-contribution-MAJOR100.svg',
    ]);
  });

  it('escapes names through ECharts: markup in a name stays text', () => {
    const fx = fixture();
    const evil = '<script>alert("x")</script> & Co';
    const rf = fx.report.factorReturns;
    if (rf?.[0]) rf[0].name = evil;
    const major = fx.report.strategies.find((s) => s.id === 'MAJOR100');
    if (major) {
      major.name = `A&B <script>`;
      const f0 = major.attribution?.factors[0];
      if (f0) f0.name = evil;
    }
    const pair = fx.charts.last3Months.pairs[0];
    if (pair) pair.strategy.label = `メジャー<script>&100`;
    for (const c of buildCharts(fx, config)) {
      expect(c.svg).not.toMatch(/<script/i);
      expect(() => assertWellFormed(c.svg)).not.toThrow();
    }
    const out = buildCharts(fx, config);
    expect(texts(byFile(out, 'factor-returns.svg').svg)).toContain(evil);
    expect(byFile(out, 'factor-returns.svg').svg).toContain('&lt;script&gt;');
    expect(byFile(out, 'factor-returns.svg').svg).toContain('&amp; Co');
    expect(texts(byFile(out, 'factor-contribution-MAJOR100.svg').svg)).toContain(
      'ファクター寄与度：A&B <script>（2026年3月）',
    );
    expect(texts(byFile(out, 'performance-3m.svg').svg)).toContain('メジャー<script>&100');
  });
});

describe('determinism', () => {
  it('gives byte-identical SVGs when built twice in one process, whatever was built in between', () => {
    const a = buildCharts(fixture(), config);
    const other = fixture();
    other.report.factorReturns = null;
    buildCharts(other, config); // advances ECharts' instance counter by a different amount
    const b = buildCharts(fixture(), config);
    expect(b).toEqual(a);
    expect(a.map((c) => c.svg).join('')).not.toMatch(/\bzr\d+-/);
  });

  it('gives distinct id prefixes per chart so several SVGs can be inlined in one HTML page', () => {
    const charts = buildCharts(fixture(), config);
    const ids = charts.flatMap((c) => [...c.svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rewrites ECharts instance ids only in markup, never in text', () => {
    const svg =
      '<svg><path class="zr12-cls-40" clip-path="url(#zr12-c0)"/><path class="zr12-cls-7"/>' +
      '<text>zr3-x zr3-cls-40</text><style>.zr12-cls-7:hover{}.zr12-cls-40:hover{}</style></svg>';
    expect(normalizeIds(svg, 'p-')).toBe(
      '<svg><path class="p-cls-0" clip-path="url(#p-c0)"/><path class="p-cls-1"/>' +
        '<text>zr3-x zr3-cls-40</text><style>.p-cls-1:hover{}.p-cls-0:hover{}</style></svg>',
    );
  });
  // Across processes: tests/e2e/reproducible.test.ts compares two runs' charts byte for byte.
});

describe('tickIndices', () => {
  it('puts month ticks on the first trading day of calendar-aligned months', () => {
    const dates = weekdays('2025-02-13', '2026-03-31');
    const ticks = tickIndices(dates, 'month', 564);
    const labels = ticks.map((i) => dates[i]);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.length).toBeLessThan(12);
    for (const d of labels) expect(d?.slice(8)).toMatch(/^0[1-3]$/); // first weekday of a month
    const months = labels.map((d) => Number(d?.slice(5, 7)));
    const step = ((months[1] as number) - (months[0] as number) + 12) % 12;
    expect([1, 2, 3, 4, 6]).toContain(step);
  });

  it('puts week ticks on week starts, thinned to stay readable', () => {
    const dates = weekdays('2025-12-31', '2026-03-31');
    const ticks = tickIndices(dates, 'week', 564);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.length).toBeLessThanOrEqual(10);
    for (const i of ticks) expect(new Date(`${dates[i]}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('copes with tiny windows', () => {
    expect(tickIndices([], 'week', 500)).toEqual([]);
    expect(tickIndices(['2026-03-31'], 'week', 500)).toEqual([0]);
    expect(tickIndices(['2026-03-30', '2026-03-31'], 'month', 500)).toEqual([0]);
  });
});
