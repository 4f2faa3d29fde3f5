import { describe, expect, it } from 'vitest';
import { buildViewModel, viewTables, type ViewModel } from '../../src/present/view-model.js';
import { placeholderCharts, reportFixture, type FixtureOptions } from '../helpers/report-fixture.js';

function vmFor(options: FixtureOptions = {}): { vm: ViewModel; warnings: string[]; fixture: ReturnType<typeof reportFixture> } {
  const fixture = reportFixture(options);
  return { ...buildViewModel({ ...fixture, charts: placeholderCharts(fixture.result) }), fixture };
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

  // Expected strings worked out by hand from tests/helpers/report-fixture.ts (REPORT.md: two decimals,
  // "-" for a negative unsigned figure, the negative mark △ for signed headline figures).
  it('formats each table figure from the model\'s numbers', () => {
    const { vm } = vmFor();
    expect(vm.performance.strategies.figures).toEqual(['△6.60%', '△0.69%']);
    expect(vm.performance.indices.figures).toEqual(['△5.09%', '△5.17%', '△4.12%', '△6.33%']);
    // Ranked by month return: NEXT100 −0.69%, 30:70 −2.463%, 50:50 −3.645%, 70:30 −4.827%, MAJOR100 −6.60%.
    // 50:50 and the average (−3.645%, 1.485%) sit on a rounding half in binary floating point: left out.
    const course = (row: number) => vm.courses.table.figures.slice(3 * row, 3 * row + 3);
    expect(course(0)).toEqual(['-0.69%', '-5.17%', '4.48%']);
    expect(course(1)).toEqual(['-2.46%', '-5.15%', '2.68%']); // 0.3 × −6.60 + 0.7 × −0.69; 0.3 × −5.09 + 0.7 × −5.17
    expect(course(3)).toEqual(['-4.83%', '-5.11%', '0.29%']); // 0.7 × −6.60 + 0.3 × −0.69; 0.7 × −5.09 + 0.3 × −5.17
    expect(course(4)).toEqual(['-6.60%', '-5.09%', '-1.51%']);
    expect(vm.courses.table.figures).toHaveLength(5 * 3 + 2);
    expect(vm.courses.table.rows.map((row) => row.cells[0]!.text)).toEqual(['1位', '2位', '3位', '4位', '5位', '']);
    expect(vm.courses.table.rows.map((row) => row.cells[1]!.text)).toEqual([
      'ネクストメジャー100', 'メジャー30：ネクストメジャー70', 'メジャー50：ネクストメジャー50', 'メジャー70：ネクストメジャー30', 'メジャー100', '全戦略平均',
    ]);
    expect(vm.trailing.table.figures).toEqual([
      ...['-6.60%', '-10.49%', '4.73%', '20.07%', '8.62%', '1.02', '1.78'], // MAJOR100
      ...['-0.69%', '-4.32%', '1.23%', '8.91%', '-10.12%', '0.31', '0.45'], // NEXT100
      ...['-5.09%', '-6.12%', '2.95%', '11.38%', '7.19%', '0.88', '1.31'], // SPX
      ...['-5.17%', '-3.98%', '5.46%', '9.77%', '4.12%', '0.47', '0.71'], // RUT
    ]);
    expect(vm.trailing.table.rows.map((row) => row.cells[0]!.text)).toEqual(['メジャー100', 'ネクストメジャー100', 'S&P500', 'Russell2000']);
    const table = (id: string) => viewTables(vm).find((x) => x.id === id)!;
    // weight, then weight × return: XOM 5.2% × 8.12% = 0.42224%, …
    expect(table('contributors-MAJOR100').figures).toEqual(['5.20%', '0.42%', '6.10%', '0.27%', '4.80%', '0.15%', '4.40%', '0.09%', '0.60%', '0.04%']);
    expect(table('contributors-NEXT100').figures).toEqual(['4.80%', '1.26%', '5.20%', '0.80%', '4.10%', '0.48%', '3.60%', '0.34%', '4.40%', '0.18%']);
    // active exposure × factor return, in config order; then specific = −1.51% − (−1.2315%) and the excess.
    const major = table('factor-contribution-MAJOR100');
    expect(major.shownIn).toBe('markdown');
    expect(major.figures).toEqual([
      '0.25%', '-0.16%', '-0.03%', '0.46%', '-0.52%', '-0.36%', '-0.17%', '0.41%', '-0.42%', '0.02%', '-0.01%', '-0.41%', '-0.25%', '-0.06%',
      '-0.28%', '-1.51%',
    ]);
    expect(table('factor-contribution-NEXT100').figures.at(-1)).toBe('4.48%');
    expect(vm.factorTrends!.table.figures).toEqual([
      '0.41%', '-0.87%', '0.23%', '1.12%', '1.58%', '1.34%', '-0.49%', '0.76%', '-1.93%', '0.31%', '-0.12%', '-2.15%', '-1.76%', '-0.58%',
    ]);
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
    // As compute finds them: the 1y window (from 2025-03-31) starts before the launch.
    const windowStarts = { ...fixture.result.dates.windowStarts, '1y': null, sinceLaunch: '2025-06-02' };
    const result = { ...fixture.result, dates: { ...fixture.result.dates, windowStarts } };
    const { vm } = buildViewModel({ result, dataset: { ...fixture.dataset, config }, charts: [] });
    const notes = vm.trailing.notes.join('\n');
    expect(notes).toContain('※過去1年は、期間の起点がサービス開始日より前になるため「-」と表示しています。');
    expect(notes).toContain('（過去1ヶ月は2026年2月27日、過去3ヶ月は2025年12月31日、過去6ヶ月は2025年9月30日、設定来はサービス開始日の2025年6月2日を起点としています）');
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
    const { warnings } = vmFor({ commentary: { weeks: new Map([[6, '第6週の本文']]) } });
    expect(warnings).toEqual([expect.stringContaining('第6週')]);
  });

  it('gives the fixed-text templates formatted limits and factor indicators', () => {
    const { vm } = vmFor();
    expect(vm.text.limits).toEqual({ minHoldings: '20', maxHoldings: '25', maxWeight: '10%', maxSectorWeight: '35%' });
    expect(vm.text.factors).toHaveLength(14);
    expect(vm.text.factors.every((f) => f.indicators !== '')).toBe(true);
    expect(vm.text.strategies[0]!.traits).toBe('「収益性」「EPS安定性」「財務安全性」「株主還元性」「サプライズ」');
  });
});
