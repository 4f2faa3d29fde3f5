/**
 * renderReport takes what present made (view model + charts) and the templates, and only renders:
 * Markdown, the chart files and HTML here (the PDF is tests/render/pdf.test.ts, e2e).
 */
import { describe, expect, it } from 'vitest';
import { presentReport } from '../../src/present/index.js';
import { loadTemplates, renderReport } from '../../src/render/index.js';
import { reportFixture } from '../helpers/report-fixture.js';

describe('present → render', () => {
  const fixture = reportFixture({ commentary: { weeks: new Map([[6, '第6週の本文']]) } });
  const presented = presentReport(fixture.result, fixture.dataset);

  it('present gives the view model, the charts in report order and its warnings', () => {
    expect(presented.vm.title).toBe('WEALTH GROWTH 月間運用実績レポート（2026年3月）');
    expect(presented.charts.map((c) => c.file)).toEqual([
      'performance-3m.svg',
      'performance-since-launch.svg',
      'factor-returns.svg',
      'factor-contribution-MAJOR100.svg',
      'factor-contribution-NEXT100.svg',
    ]);
    expect(presented.warnings).toEqual([expect.stringContaining('第6週')]);
  });

  it('render writes report.md with every chart file beside it, and report.html with the charts inline', async () => {
    const warned: string[] = [];
    const files = await renderReport(presented, {
      formats: new Set(['json', 'md', 'html']),
      templates: await loadTemplates(),
      warn: (m) => warned.push(m),
    });
    expect(files.map((f) => f.path)).toEqual(['report.md', ...presented.charts.map((c) => `charts/${c.file}`), 'report.html']);
    for (const c of presented.charts) expect(files.find((f) => f.path === `charts/${c.file}`)!.data).toBe(c.svg);
    const html = files.find((f) => f.path === 'report.html')!.data as string;
    expect(html).toContain(presented.vm.title);
    expect(html).toContain(presented.charts[0]!.svg.slice(0, 200));
    expect(files.find((f) => f.path === 'report.md')!.data).toContain('charts/performance-3m.svg');
    // Present's warnings are the caller's to pass on: rendering adds none of its own here.
    expect(warned).toEqual([]);
  });

  it('renders only what is asked', async () => {
    const files = await renderReport(presented, { formats: new Set(['html']), templates: await loadTemplates(), warn: () => undefined });
    expect(files.map((f) => f.path)).toEqual(['report.html']);
  });
});
