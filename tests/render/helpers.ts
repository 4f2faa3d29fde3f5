/** Shared by the render tests: the fixture rendered to HTML/Markdown, and poppler/qpdf wrappers. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildViewModel, type ReportChart } from '../../src/present/view-model.js';
import { renderFixedText } from '../../src/render/fixed-text.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { loadTemplates } from '../../src/render/templates.js';
import { formatPercent, formatRatio, formatSignedPercent } from '../../src/present/percent.js';
import type { ReportModel } from '../../src/types.js';
import { placeholderCharts, reportFixture, type FixtureOptions } from '../helpers/report-fixture.js';

export async function renderFixture(
  options: FixtureOptions & {
    templatesDir?: string;
    charts?: (f: ReturnType<typeof reportFixture>) => ReportChart[];
    /** config.service.disclosures for this render. */
    disclosures?: string[];
  } = {},
): Promise<{ html: string; md: string; report: ReportModel }> {
  const fixture = reportFixture(options);
  if (options.disclosures) {
    const config = fixture.dataset.config;
    fixture.dataset = { ...fixture.dataset, config: { ...config, service: { ...config.service, disclosures: options.disclosures } } };
  }
  const charts = options.charts ? options.charts(fixture) : placeholderCharts(fixture.result);
  const { vm } = buildViewModel({ ...fixture, charts });
  const templates = await loadTemplates(options.templatesDir);
  const fixedText = renderFixedText(vm, templates);
  return { html: renderHtml(vm, fixedText, templates), md: renderMarkdown(vm, fixedText, templates), report: fixture.result.report };
}

/**
 * Every figure the report prints in its tables, headline lists and week headings, formatted here from
 * the model's unrounded numbers (a second path: not read from the view model).
 */
export function expectedFigures(report: ReportModel, mark = '△', options: { chartFigures: boolean } = { chartFigures: false }): string[] {
  const out: string[] = [];
  const benchmarks = new Set(report.strategies.map((s) => s.benchmark));
  for (const s of report.strategies) {
    out.push(formatSignedPercent(s.monthReturn, mark));
    for (const v of Object.values(s.trailing)) out.push(formatPercent(v));
    out.push(formatRatio(s.sharpe), formatRatio(s.sortino));
    for (const c of s.topContributors) out.push(c.ticker, formatPercent(c.weight), formatPercent(c.contribution));
    if (options.chartFigures && s.attribution) {
      for (const f of s.attribution.factors) out.push(formatPercent(f.contribution));
      out.push(formatPercent(s.attribution.specific), formatPercent(s.attribution.excessReturn));
    }
  }
  for (const i of report.indices) {
    out.push(formatSignedPercent(i.monthReturn, mark));
    if (benchmarks.has(i.id)) {
      for (const v of Object.values(i.trailing)) out.push(formatPercent(v));
      out.push(formatRatio(i.sharpe), formatRatio(i.sortino));
    }
  }
  for (const c of report.courses) {
    out.push(`${c.rank}位`, formatPercent(c.monthReturn), formatPercent(c.benchmarkReturn), formatPercent(c.excessReturn), c.benchmarkLabel);
  }
  out.push(formatPercent(report.courseAverage.monthReturn), formatPercent(report.courseAverage.excessReturn));
  for (const w of report.weeks) for (const v of Object.values(w.returns)) out.push(formatSignedPercent(v, mark));
  if (options.chartFigures) for (const f of report.factorReturns ?? []) out.push(formatPercent(f.monthReturn));
  return out;
}

/** Figures of `expected` missing from `text`. */
export function missing(text: string, expected: readonly string[]): string[] {
  return expected.filter((e) => !text.includes(e));
}

export async function tempDir(name: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `wg-render-${name}-`));
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** Writes `pdf` to a temp file and runs a poppler/qpdf tool on it. */
export async function onPdf(dir: string, name: string, pdf: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, pdf);
  return path;
}

export function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
