/**
 * The client notice end to end (NOTICE.md): the real CLI and Chromium on the bundled sample's January
 * 2026, when NEXT100 lags the Russell 2000 by more than notice.threshold. The monthly run warns and
 * prints the command; the notice's files land beside the report without touching it; its figures
 * equal report.json's and are the ones its PDF, HTML and Markdown print; bad input gives exit 2 with
 * the report and the notice intact.
 */
import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRatio, formatSignedPercent } from '../../src/present/percent.js';
import type { NoticeModel, ReportModel } from '../../src/types.js';
import { copySample, hashTree, pdffonts, pdftotext, removeDir, ROOT, runCli, tempDir, type CliResult } from './helpers.js';

let root: string;
let out: string;
let month: string;
let reportRun: CliResult;
let noticeRun: CliResult;
let reportFiles: Record<string, string>;
let afterNotice: Record<string, string>;
let report: ReportModel;
let notice: NoticeModel;

const REPORT_FILES = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([p]) => !p.includes('notice-') && p !== '.wg-report.json'));

beforeAll(async () => {
  root = await tempDir('notice-');
  out = join(root, 'out');
  month = join(out, '2026-01');
  reportRun = await runCli(['2026-01', '--out', out, '--format', 'json,md,html']);
  expect(reportRun.code, reportRun.stderr).toBe(0);
  reportFiles = await hashTree(month);
  noticeRun = await runCli(['notice', '2026-01', '--strategy', 'NEXT100', '--date', '2026-02-13', '--out', out]);
  expect(noticeRun.code, noticeRun.stderr).toBe(0);
  afterNotice = await hashTree(month);
  report = JSON.parse(await readFile(join(month, 'report.json'), 'utf8')) as ReportModel;
  notice = JSON.parse(await readFile(join(month, 'notice-NEXT100.json'), 'utf8')) as NoticeModel;
}, 240_000);

afterAll(async () => {
  if (root) await removeDir(root);
});

describe('wg-report notice 2026-01 --strategy NEXT100 on the sample', () => {
  it('the monthly run warns that NEXT100 may need a notice and prints the command; report.json lists it', () => {
    const command = 'wg-report notice 2026-01 --strategy NEXT100';
    expect(reportRun.stderr).toContain(`warning: NEXT100's excess return over RUT in 2026-01 is -4.52%, at or below -notice.threshold (-3.00%): a client notice may be needed; draft it with: ${command}\n`);
    expect(report.warnings.filter((w) => w.includes('client notice'))).toHaveLength(1);
  });

  it('writes the notice\'s four formats and its chart beside the report, which stays byte for byte', () => {
    expect(noticeRun.stdout.trim().split('\n')).toEqual(
      ['charts/notice-NEXT100/factor-contribution-NEXT100.svg', 'notice-NEXT100.html', 'notice-NEXT100.json', 'notice-NEXT100.md', 'notice-NEXT100.pdf'].map((f) => join(month, f)),
    );
    expect(REPORT_FILES(afterNotice)).toEqual(REPORT_FILES(reportFiles));
    expect(Object.keys(afterNotice).filter((p) => p.includes('notice-')).sort()).toEqual([
      'charts/notice-NEXT100/factor-contribution-NEXT100.svg', 'notice-NEXT100.html', 'notice-NEXT100.json', 'notice-NEXT100.md', 'notice-NEXT100.pdf',
    ]);
  });

  it('notice.json meets its published schema; its figures are report.json\'s', async () => {
    const schema = JSON.parse(await readFile(join(ROOT, 'schema', 'notice.schema.json'), 'utf8')) as object;
    const ajv = new Ajv.default({ allErrors: true });
    ajv.validate(schema, notice);
    expect(ajv.errors ?? []).toEqual([]);
    const r = report.strategies.find((s) => s.id === 'NEXT100')!;
    const { sinceLaunch, ...figures } = notice.strategy;
    expect(figures).toEqual({
      id: r.id, name: r.name, benchmark: r.benchmark, market: r.market, base: r.base, end: r.end, monthReturn: r.monthReturn,
      benchmarkReturn: r.benchmarkReturn, excessReturn: r.excessReturn, sharpe: r.sharpe, attribution: r.attribution,
    });
    expect(notice.month).toBe(report.month);
    expect(notice.date).toBe('2026-02-13');
    // NEXT100 has no launchDate of its own: its 設定来 is the report's (the service's launch).
    expect(sinceLaunch.return).toBe(r.trailing.sinceLaunch);
    expect(sinceLaunch.start).toBe('2025-02-13');
    for (const o of notice.others) {
      const x = report.strategies.find((s) => s.id === o.id)!;
      expect([o.monthReturn, o.excessReturn]).toEqual([x.monthReturn, x.excessReturn]);
    }
    // SAMURAI25 runs from its own launchDate (2020-12-01): not the report's 設定来.
    const samurai = notice.others.find((o) => o.id === 'SAMURAI25')!;
    expect(samurai.sinceLaunch.start).toBe('2020-12-01');
    expect(samurai.sinceLaunch.return).not.toBe(report.strategies.find((s) => s.id === 'SAMURAI25')!.trailing.sinceLaunch);
    expect(notice.inputs).toHaveProperty(['commentary/notice-2026-01-NEXT100.md']);
  });

  it('the PDF, the HTML and the Markdown print notice.json\'s figures', async () => {
    const s = notice.strategy;
    const figures = [
      formatSignedPercent(s.monthReturn, '△'),
      formatSignedPercent(s.benchmarkReturn, '△'),
      formatSignedPercent(s.excessReturn, '△'),
      formatSignedPercent(s.sinceLaunch.return!, '△'),
      formatRatio(s.sharpe),
      ...notice.others.flatMap((o) => [o.monthReturn, o.excessReturn, o.sinceLaunch.return!].map((x) => formatSignedPercent(x, '△'))),
    ];
    expect(figures.slice(0, 3)).toEqual(['△0.62%', '+3.90%', '△4.52%']);
    const text = pdftotext(join(month, 'notice-NEXT100.pdf')).replace(/\s+/g, '');
    const html = await readFile(join(month, 'notice-NEXT100.html'), 'utf8');
    const md = await readFile(join(month, 'notice-NEXT100.md'), 'utf8');
    for (const f of figures) {
      expect(text, f).toContain(f);
      expect(html, f).toContain(f);
      expect(md, f).toContain(f);
    }
    expect(md).toContain('# 【ネクストメジャー100】運用状況のご報告と今後の見通しについて');
    expect(md).toContain('設定来（2025年2月～）');
    expect(md).not.toContain('（執筆中）'); // the sample's commentary fills every section
  });

  it('the PDF: A4, the report font embedded as CID TrueType, no Type 3; the table and the chart each on one page', () => {
    const pdf = join(month, 'notice-NEXT100.pdf');
    const fonts = pdffonts(pdf);
    expect(fonts).toMatch(/BIZUDPGothic/);
    expect(fonts).toMatch(/CID TrueType/);
    expect(fonts).not.toMatch(/Type 3/);
    const pages = pdftotext(pdf).split('\f').filter((p) => p.trim() !== '');
    const n = pages.length;
    pages.forEach((p, i) => expect(p.replace(/\s+/g, '')).toContain(`${i + 1}/${n}`));
    for (const p of pages.slice(1)) expect(p).toContain('【ネクストメジャー100】運用状況のご報告と今後の見通しについて');
    const on = (text: string) => pages.findIndex((p) => p.replace(/\s+/g, '').includes(text));
    // The table: its header and every row on one page.
    const table = on('特徴・現状');
    expect(table).toBeGreaterThanOrEqual(0);
    const tablePage = pages[table]!.replace(/\s+/g, '');
    for (const o of [...notice.others, notice.strategy]) expect(tablePage).toContain(formatSignedPercent(o.sinceLaunch.return!, '△'));
    // The chart: its title and its last bar (超過収益) on one page.
    const chart = on('ファクター寄与度：ネクストメジャー100');
    expect(chart).toBeGreaterThanOrEqual(0);
    expect(pages[chart]!.replace(/\s+/g, '')).toMatch(/銘柄固有要因-?[\d.]+%超過収益/);
  });

  it('a rerun of the month\'s report keeps the notice', async () => {
    const r = await runCli(['2026-01', '--out', out, '--format', 'json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const after = await hashTree(month);
    for (const [p, h] of Object.entries(afterNotice)) if (p.includes('notice-')) expect(after[p], p).toBe(h);
  }, 120_000);

  it('a notice rerun with fewer formats keeps its other files when made alike; another --date drops them, saying so', async () => {
    const same = await runCli(['notice', '2026-01', '--strategy', 'NEXT100', '--date', '2026-02-13', '--out', out, '--format', 'json', '--quiet']);
    expect(same.code, same.stderr).toBe(0);
    const kept = await hashTree(month);
    for (const [p, h] of Object.entries(afterNotice)) if (p.includes('notice-')) expect(kept[p], p).toBe(h);
    const other = await runCli(['notice', '2026-01', '--strategy', 'NEXT100', '--date', '2026-02-16', '--out', out, '--format', 'json', '--quiet']);
    expect(other.code, other.stderr).toBe(0);
    expect(other.stderr).toContain('notice-NEXT100.pdf removed: not asked for this run, and it was made with other options (--date)');
    const after = await hashTree(month);
    expect(Object.keys(after).filter((p) => p.includes('notice-'))).toEqual(['notice-NEXT100.json']);
    expect(REPORT_FILES(after)).toEqual(REPORT_FILES(kept));
    // Back to the full notice for the tests below.
    const full = await runCli(['notice', '2026-01', '--strategy', 'NEXT100', '--date', '2026-02-13', '--out', out, '--quiet']);
    expect(full.code, full.stderr).toBe(0);
  }, 120_000);

  it('an unknown strategy is exit 2 with a clear message, and nothing changes', async () => {
    const before = await hashTree(month);
    const r = await runCli(['notice', '2026-01', '--strategy', 'NXET100', '--out', out, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: --strategy NXET100: no such strategy in config.json (strategies: MAJOR100, NEXT100, SAMURAI25) (did you mean NEXT100?)');
    expect(await hashTree(month)).toEqual(before);
  });

  it('bad input of the monthly run is exit 2 with the report and the notice intact', async () => {
    const data = await copySample(join(root, 'bad'));
    appendFileSync(join(data, 'prices.csv'), '2026-01-05,AAPL,not-a-number,,\n');
    const before = await hashTree(month);
    const r = await runCli(['notice', '2026-01', '--strategy', 'NEXT100', '--data', data, '--out', out, '--format', 'json,md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('prices.csv');
    expect(await hashTree(month)).toEqual(before);
  });

  it('validate --notice checks the notice\'s inputs', async () => {
    const ok = await runCli(['validate', '2026-01', '--notice', 'NEXT100', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    const bad = await runCli(['validate', '2026-01', '--notice', 'NOPE']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--strategy NOPE: no such strategy');
  });
});
