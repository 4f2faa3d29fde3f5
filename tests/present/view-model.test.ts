import { describe, expect, it } from 'vitest';
import { formatPercent, formatRatio, formatSignedPercent } from '../../src/present/percent.js';
import { buildViewModel, viewTables, type ViewModel } from '../../src/present/view-model.js';
import { placeholderCharts, reportFixture, type FixtureOptions } from '../helpers/report-fixture.js';

function vmFor(options: FixtureOptions = {}): { vm: ViewModel; fixture: ReturnType<typeof reportFixture> } {
  const fixture = reportFixture(options);
  return { vm: buildViewModel({ ...fixture, charts: placeholderCharts(fixture.result) }), fixture };
}

/** Every string the templates could print, flattened. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe('buildViewModel', () => {
  it('titles the report and labels the month and the as-of date', () => {
    const { vm } = vmFor();
    expect(vm.title).toBe('WEALTH GROWTH 月間運用実績レポート（2026年3月）');
    expect(vm.runningHeader).toBe(vm.title);
    expect(vm.monthLabel).toBe('2026年3月');
    expect(vm.period).toBe('2026年3月2日～2026年3月31日');
    expect(vm.asOfLine).toBe('※本レポートは、2026年4月6日時点の情報に基づき作成されております。');
    expect(vm.partial).toBeNull();
    expect(vm.provider).toBe('株式会社サンプル投資顧問');
  });

  it('holds only strings, booleans and nulls: templates never see a number', () => {
    const { vm } = vmFor();
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'number') throw new Error(`number at ${path}`);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    expect(() => walk(vm, 'vm')).not.toThrow();
  });

  it('formats each table figure from the model (a second path, not the view model\'s own)', () => {
    const { vm, fixture } = vmFor();
    const r = fixture.result.report;
    const mark = '△';
    expect(vm.performance.strategies.figures).toEqual(r.strategies.map((s) => formatSignedPercent(s.monthReturn, mark)));
    expect(vm.performance.indices.figures).toEqual(r.indices.map((i) => formatSignedPercent(i.monthReturn, mark)));
    const ranked = [...r.courses].sort((a, b) => a.rank - b.rank);
    expect(vm.courses.table.figures).toEqual([
      ...ranked.flatMap((c) => [formatPercent(c.monthReturn), formatPercent(c.benchmarkReturn), formatPercent(c.excessReturn)]),
      formatPercent(r.courseAverage.monthReturn),
      formatPercent(r.courseAverage.excessReturn),
    ]);
    expect(vm.courses.table.rows.map((row) => row.cells[0]!.text)).toEqual(['1位', '2位', '3位', '4位', '5位', '']);
    expect(vm.courses.table.rows.at(-1)!.cells[1]!.text).toBe('全戦略平均');
    const trailingRows = [...r.strategies, ...['SPX', 'RUT'].map((id) => r.indices.find((i) => i.id === id)!)];
    expect(vm.trailing.table.figures).toEqual(
      trailingRows.flatMap((x) => [
        ...(['1m', '3m', '6m', '1y', 'sinceLaunch'] as const).map((k) => formatPercent(x.trailing[k])),
        formatRatio(x.sharpe),
        formatRatio(x.sortino),
      ]),
    );
    expect(vm.trailing.table.rows.map((row) => row.cells[0]!.text)).toEqual(['メジャー100', 'ネクストメジャー100', 'S&P500', 'Russell2000']);
    for (const s of r.strategies) {
      const t = viewTables(vm).find((x) => x.id === `contributors-${s.id}`)!;
      expect(t.figures).toEqual(s.topContributors.flatMap((c) => [formatPercent(c.weight), formatPercent(c.contribution)]));
      const f = viewTables(vm).find((x) => x.id === `factor-contribution-${s.id}`)!;
      expect(f.shownIn).toBe('markdown');
      expect(f.figures).toEqual([
        ...s.attribution!.factors.map((x) => formatPercent(x.contribution)),
        formatPercent(s.attribution!.specific),
        formatPercent(s.attribution!.excessReturn),
      ]);
    }
    expect(vm.factorTrends!.table.figures).toEqual(r.factorReturns!.map((f) => formatPercent(f.monthReturn)));
  });

  it('marks negative figures for the dark-red style, not zero ones', () => {
    const { vm } = vmFor();
    const cells = viewTables(vm).flatMap((t) => t.rows.flatMap((row) => row.cells));
    for (const c of cells) {
      if (!c.numeric) expect(c.negative).toBe(false);
      else expect(c.negative).toBe(c.text.startsWith('-') || c.text.startsWith('△'));
    }
    expect(cells.some((c) => c.negative)).toBe(true);
  });

  it('heads each week with its dates and the weekly indices in weeklyIndices order', () => {
    const { vm } = vmFor();
    expect(vm.market.weeks.map((w) => w.heading)).toEqual([
      '第1週（3月2日～3月6日）／ダウ平均：△3.01%、S&P500：△2.02%、NASDAQ：△1.24%',
      '第2週（3月9日～3月13日）／ダウ平均：+0.87%、S&P500：+0.51%、NASDAQ：△0.38%',
      '第3週（3月16日～3月20日）／ダウ平均：△2.14%、S&P500：△2.65%、NASDAQ：△3.31%',
      '第4週（3月23日～3月27日）／ダウ平均：+0.42%、S&P500：△0.96%、NASDAQ：△1.82%',
      '第5週（3月30日～3月31日）／ダウ平均：△0.27%、S&P500：0.00%、NASDAQ：+0.28%',
    ]);
    expect(vm.market.weeks[0]!.commentary!.html).toContain('<em>雇用統計</em>');
    expect(vm.market.weeks[4]!.commentary).toBeNull();
  });

  it('writes the notes: composite benchmarks, the windows\' start dates, the ratio start date', () => {
    const { vm } = vmFor();
    expect(vm.courses.benchmarkNote).toContain('メジャー100はS&P500、ネクストメジャー100はRussell2000');
    expect(vm.courses.benchmarkNote).toContain('合成');
    const notes = vm.trailing.notes.join('\n');
    expect(notes).toContain('過去1ヶ月は2026年2月27日');
    expect(notes).toContain('過去3ヶ月は2025年12月31日');
    expect(notes).toContain('過去6ヶ月は2025年9月30日');
    expect(notes).toContain('過去1年は2025年3月31日');
    expect(notes).toContain('サービス開始日の2025年2月13日');
    expect(notes).toContain('2024年6月4日以降の日次リターン');
    expect(vm.charts.intro).toBe('2025年2月13日のサービス開始から2026年3月末までの、WEALTH GROWTH（ウェルスグロース）の運用実績です。');
  });

  it('explains the blank windows of a young service', () => {
    const fixture = reportFixture();
    const config = { ...fixture.dataset.config, service: { ...fixture.dataset.config.service, launchDate: '2025-06-02' } };
    const vm = buildViewModel({ ...fixture, dataset: { ...fixture.dataset, config }, charts: [] });
    expect(vm.trailing.notes.join('\n')).toContain('※過去1年は、期間の起点がサービス開始日より前になるため「-」と表示しています。');
    expect(vm.charts.recent).toBeNull();
  });

  it('keeps commentary safe: the script tag is text and the image/link URLs are gone', () => {
    const { vm } = vmFor();
    const html = vm.market.overview!.html;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('example.com');
    expect(strings(vm).join('\n')).not.toContain('https://example.com');
  });

  it('attaches each top contributor\'s description (escaped), or none', () => {
    const { vm } = vmFor();
    const rows = vm.contributors[0]!.table.rows;
    expect(vm.contributors[0]!.heading).toBe('メジャー100（大型ハイクオリティ） 寄与度上位5銘柄');
    expect(rows[4]!.cells.slice(0, 3).map((c) => c.text)).toEqual(['5', 'PLTR', 'パランティア・テクノロジーズ']);
    expect(rows[4]!.description!.html).toContain('&lt;b&gt;AI&lt;/b&gt;');
    expect(vm.contributors[1]!.table.rows[4]!.description).toBeNull(); // BCRX has an empty description
  });

  it('a partial month is marked 速報 with the date its data end', () => {
    const { vm } = vmFor({ partial: true });
    expect(vm.partial!.mark).toBe('速報');
    expect(vm.partial!.note).toContain('2026年3月27日');
    expect(vm.runningHeader).toBe('WEALTH GROWTH 月間運用実績レポート（2026年3月）【速報】');
    expect(vm.charts.intro).toContain('2026年3月27日までの');
    expect(vm.market.weeks).toHaveLength(4);
  });

  it('without factor files the factor sections are absent', () => {
    const { vm } = vmFor({ factors: false });
    expect(vm.factorTrends).toBeNull();
    expect(vm.factorAttribution).toBeNull();
    expect(viewTables(vm).map((t) => t.id)).not.toContain('factor-returns');
  });

  it('without commentary every text block is null and the figures are still there', () => {
    const { vm } = vmFor({ commentary: null });
    expect(vm.market.overview).toBeNull();
    expect(vm.market.weeks.every((w) => w.commentary === null)).toBe(true);
    expect(vm.factorTrends!.commentary).toBeNull();
    expect(vm.factorAttribution!.commentary).toBeNull();
    expect(vm.courses.table.figures.length).toBeGreaterThan(0);
  });

  it('warns about commentary for a week the month does not have', () => {
    const { vm } = vmFor({ commentary: { weeks: new Map([[6, '第6週の本文']]) } });
    expect(vm.warnings).toEqual([expect.stringContaining('第6週')]);
  });

  it('gives the fixed-text templates formatted limits and factor indicators', () => {
    const { vm } = vmFor();
    expect(vm.text.limits).toEqual({ minHoldings: '20', maxHoldings: '25', maxWeight: '10%', maxSectorWeight: '35%' });
    expect(vm.text.factors).toHaveLength(14);
    expect(vm.text.factors.every((f) => f.indicators !== '')).toBe(true);
    expect(vm.text.strategies[0]!.traits).toBe('「収益性」「EPS安定性」「財務安全性」「株主還元性」「サプライズ」');
  });
});
