/**
 * The sample month rendered by the real CLI and the real Chromium: every format is written, report.json
 * meets its published schema, and every figure the report shows appears, identically formatted, in the
 * PDF, the HTML and the Markdown. Expected strings are formatted here from report.json's unrounded
 * numbers, not taken from the renderer's view model.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv from 'ajv';
import { formatPercent, formatRatio, formatSignedPercent } from '../../src/present/percent.js';
import type { ReportModel } from '../../src/types.js';
import { ROOT, pdffonts, pdftotext, removeDir, runCli, tempDir, type CliResult } from './helpers.js';

let out: string;
let run: CliResult;
let report: ReportModel;
let pdfText: string;
let html: string;
let md: string;

beforeAll(async () => {
  out = await tempDir('report');
  run = await runCli(['2026-03', '--out', out], { SOURCE_DATE_EPOCH: '1775433600' });
  if (run.code !== 0) throw new Error(`wg-report failed (${run.code}):\n${run.stderr}`);
  const dir = join(out, '2026-03');
  report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as ReportModel;
  pdfText = pdftotext(join(dir, 'report.pdf'));
  html = await readFile(join(dir, 'report.html'), 'utf8');
  md = await readFile(join(dir, 'report.md'), 'utf8');
}, 180_000);

afterAll(async () => {
  await removeDir(out);
});

describe('wg-report 2026-03 on the bundled sample', () => {
  it('exits 0, prints the folder, and writes the four formats and the charts', async () => {
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(join(out, '2026-03'));
    const files = await readdir(join(out, '2026-03'));
    expect(files.sort()).toEqual(['.wg-report.json', 'charts', 'report.html', 'report.json', 'report.md', 'report.pdf']);
    const charts = await readdir(join(out, '2026-03', 'charts'));
    expect(charts).toContain('performance-3m.svg');
    expect(charts).toContain('performance-since-launch.svg');
    expect(charts).toContain('factor-returns.svg');
    // SAMURAI25 is outside the factor model (factorMarket US): no attribution, no contribution chart.
    expect(report.strategies.map((s) => s.id)).toEqual(['MAJOR100', 'NEXT100', 'SAMURAI25']);
    for (const s of report.strategies) {
      if (s.id === 'SAMURAI25') expect(charts).not.toContain(`factor-contribution-${s.id}.svg`);
      else expect(charts).toContain(`factor-contribution-${s.id}.svg`);
    }
    // Every chart the Markdown links exists.
    for (const m of md.matchAll(/\]\((charts\/[^)]+)\)/g)) expect(charts).toContain(m[1]!.slice('charts/'.length));
    expect(await readdir(out)).toEqual(['2026-03']); // no temporary folder left behind
  });

  it('report.json meets the published JSON Schema and REPORT.md\'s top-level shape', async () => {
    const schema = JSON.parse(await readFile(join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as object;
    const ajv = new Ajv.default({ allErrors: true });
    const valid = ajv.validate(schema, report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(Object.keys(report)).toEqual([
      'schemaVersion', 'month', 'base', 'end', 'asOf', 'partial', 'sample', 'generator', 'inputs', 'strategies',
      'indices', 'courses', 'courseAverage', 'weeks', 'factorReturns', 'warnings',
    ]);
    expect(report).toMatchObject({ month: '2026-03', base: '2026-02-27', end: '2026-03-31', partial: false, sample: true });
    expect(report.generator).toEqual({ name: 'wg-report', version: '0.1.0' });
    expect(Object.keys(report.inputs)).toEqual(expect.arrayContaining([
      'config.json', 'prices.csv', 'holdings.csv', 'indices.csv', 'securities.csv',
      'factor_exposures.csv', 'benchmark_exposures.csv', 'factor_returns.csv', 'commentary/2026-03.md',
    ]));
  });

  it('the PDF embeds the Japanese TrueType font and has no Type 3 font', () => {
    const fonts = pdffonts(join(out, '2026-03', 'report.pdf'));
    expect(fonts).toMatch(/BIZUDPGothic/);
    expect(fonts).toMatch(/CID TrueType/);
    expect(fonts).not.toMatch(/Type 3/);
  });

  it('shows the section headings in PDF, HTML and Markdown', () => {
    for (const heading of [
      '月間運用実績レポート（2026年3月）', '当月のパフォーマンス', '運用コース毎の当月パフォーマンス',
      '設定来の騰落率', 'ファクター動向', 'ファクター寄与度', '個別銘柄寄与度', 'リスク管理', '免責事項',
      '※本レポートは、2026年4月10日時点の情報に基づき作成されております。',
    ]) {
      expect(pdfText.replace(/\s+/g, ''), heading).toContain(heading);
      expect(html, heading).toContain(heading);
      expect(md, heading).toContain(heading);
    }
  });

  it('every figure of report.json that the report shows appears identically formatted in all three', () => {
    const mark = '△'; // the sample's config.negativeMark
    const expected: string[] = [];
    for (const s of report.strategies) {
      expected.push(formatSignedPercent(s.monthReturn, mark));
      for (const v of Object.values(s.trailing)) if (v !== null) expected.push(formatPercent(v));
      expected.push(formatRatio(s.sharpe), formatRatio(s.sortino));
      for (const c of s.topContributors) expected.push(c.ticker, formatPercent(c.weight), formatPercent(c.contribution));
      for (const f of s.attribution?.factors ?? []) expected.push(formatPercent(f.contribution));
      if (s.attribution) expected.push(formatPercent(s.attribution.specific), formatPercent(s.attribution.excessReturn));
    }
    const benchmarks = new Set(report.strategies.map((s) => s.benchmark));
    for (const i of report.indices) {
      expected.push(formatSignedPercent(i.monthReturn, mark));
      if (benchmarks.has(i.id)) {
        for (const v of Object.values(i.trailing)) if (v !== null) expected.push(formatPercent(v));
        expected.push(formatRatio(i.sharpe), formatRatio(i.sortino));
      }
    }
    for (const c of report.courses) {
      expected.push(`${c.rank}位`, formatPercent(c.monthReturn), formatPercent(c.benchmarkReturn), formatPercent(c.excessReturn));
    }
    expected.push(formatPercent(report.courseAverage.monthReturn), formatPercent(report.courseAverage.excessReturn));
    for (const w of report.weeks) for (const v of Object.values(w.returns)) expected.push(formatSignedPercent(v, mark));
    for (const f of report.factorReturns ?? []) expected.push(formatPercent(f.monthReturn));

    const pdfFlat = pdfText.replace(/\s+/g, ' ');
    const missing = (text: string) => expected.filter((e) => !text.includes(e));
    expect(expected.length).toBeGreaterThan(100);
    expect(missing(pdfFlat), 'PDF').toEqual([]);
    expect(missing(html), 'HTML').toEqual([]);
    expect(missing(md), 'Markdown').toEqual([]);
  });

  it('course benchmark labels follow REPORT.md (S&P500 (70%) Russell2000 (30%))', () => {
    const labels = report.courses.map((c) => c.benchmarkLabel);
    expect(labels).toContain('S&P500 (70%) Russell2000 (30%)');
    expect(labels).toContain('S&P500');
    expect(labels).toContain('Russell2000');
    for (const l of labels) {
      expect(md).toContain(l);
      expect(html).toContain(l.replaceAll('&', '&amp;'));
      expect(pdfText).toContain(l.split(' ')[0]!);
    }
  });
});
