/**
 * The real Chromium: the bundled sample month through the real loader and compute stage, rendered to
 * PDF, HTML and Markdown, then read back with poppler and qpdf.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/report.js';
import { RenderError } from '../../src/errors.js';
import { loadDataset } from '../../src/load/dataset.js';
import { INSTALL_COMMAND, resolveChromium, withBrowser } from '../../src/render/browser.js';
import { presentReport } from '../../src/present/index.js';
import { loadTemplates, renderReport } from '../../src/render/index.js';
import { pdfDate, pinPdfDates, printPdf, renderPdf } from '../../src/render/pdf.js';
import type { ComputeResult, Dataset } from '../../src/types.js';
import { expectedFigures, missing, onPdf, removeDir, run, tempDir } from './helpers.js';
import { execFileSync } from 'node:child_process';

const SAMPLE = fileURLToPath(new URL('../../fixtures/sample/', import.meta.url));
const FIXED = new Date('2026-04-10T00:00:00Z');

let dir: string;
let dataset: Dataset;
let result: ComputeResult;
let files: Map<string, string | Uint8Array>;
let warnings: string[];
let pdfPath: string;
let text: string;
let pages: string[];

async function analyse(): Promise<void> {
  dataset = await loadDataset(SAMPLE, { month: '2026-03', allowGaps: false });
  // Analyst commentary that tries to inject a tag and fetch remote content.
  const commentary = dataset.commentary ?? { weeks: new Map<number, string>() };
  dataset = {
    ...dataset,
    commentary: {
      ...commentary,
      overview:
        `${commentary.overview ?? ''}\n\n注記<script>alert(1)</script>を含む段落。![外部画像](https://example.com/x.png)` +
        '[外部リンク](https://example.com/page)',
    },
  };
  result = computeReport(dataset, {
    month: '2026-03',
    asOf: dataset.calendar.at(-1)!,
    partial: false,
    generator: { name: 'wg-report', version: '0.1.0' },
  });
}

beforeAll(async () => {
  dir = await tempDir('pdf');
  await analyse();
  warnings = [];
  const out = await renderReport(presentReport(result, dataset), {
    formats: new Set(['md', 'html', 'pdf']),
    templates: await loadTemplates(),
    fixedDate: FIXED,
    warn: (m) => warnings.push(m),
  });
  files = new Map(out.map((f) => [f.path, f.data]));
  pdfPath = await onPdf(dir, 'report.pdf', files.get('report.pdf') as Uint8Array);
  text = run('pdftotext', ['-layout', pdfPath, '-']);
  pages = text.split('\f');
}, 120_000);

afterAll(async () => {
  await removeDir(dir);
});

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('renderReport on the sample month', () => {
  it('returns report.md, the chart SVGs, report.html and report.pdf (and no report.json)', () => {
    expect([...files.keys()].sort()).toEqual([
      'charts/factor-contribution-MAJOR100.svg',
      'charts/factor-contribution-NEXT100.svg',
      'charts/factor-returns.svg',
      'charts/performance-3m.svg',
      'charts/performance-since-launch.svg',
      'report.html',
      'report.md',
      'report.pdf',
    ]);
    expect(warnings.filter((w) => /blocked/.test(w))).toEqual([]);
  });

  it('the PDF shows the Japanese headings', () => {
    const squeezed = text.replace(/\s+/g, '');
    for (const h of [
      'WEALTHGROWTH月間運用実績レポート（2026年3月）', '当月のパフォーマンス', '運用コース毎の当月パフォーマンス',
      'パフォーマンス推移', '直近3カ月のパフォーマンス推移', '設定来のパフォーマンス推移', '設定来の騰落率',
      '当月の市況概況', 'ファクター動向', 'ファクター寄与度', '個別銘柄寄与度', '戦略の目的・特色', 'ファクターの説明',
      'リスク管理', '免責事項・ご留意事項', '※本レポートは、2026年4月10日時点の情報に基づき作成されております。',
      '株式会社サンプル投資顧問',
    ]) {
      expect(squeezed, h).toContain(h);
    }
  });

  it('every figure is in the PDF, the HTML and the Markdown exactly as formatted from the model', () => {
    const expected = expectedFigures(result.report, dataset.config.negativeMark, { chartFigures: true });
    expect(expected.length).toBeGreaterThan(100);
    // A composite benchmark label wraps in its table cell (S&P500 (30%) / Russell2000 (70%)): in the
    // PDF's text its parts are on two lines.
    const labels = new Set(result.report.courses.map((c) => c.benchmarkLabel));
    const parts = [...labels].flatMap((l) => l.split(/(?<=\)) /));
    expect(missing(flat(text), [...expected.filter((e) => !labels.has(e)), ...parts]), 'PDF').toEqual([]);
    expect(missing((files.get('report.html') as string).replaceAll('&amp;', '&'), expected), 'HTML').toEqual([]);
    expect(missing(files.get('report.md') as string, expected), 'Markdown').toEqual([]);
  });

  it('keeps each table on one page', () => {
    const r = result.report;
    const onOnePage = (figures: string[]) => pages.filter((p) => figures.every((f) => flat(p).includes(f))).length;
    const courses = r.courses.map((c) => `${c.rank}位`);
    expect(onOnePage(courses), 'courses').toBe(1);
    for (const s of r.strategies) {
      expect(onOnePage(s.topContributors.map((c) => c.ticker)), `contributors ${s.id}`).toBe(1);
      // SAMURAI25 (JP) is outside the factor model: no attribution chart to place.
      if (s.market !== 'US') expect(s.attribution, s.id).toBeNull();
      else expect(onOnePage(s.attribution!.factors.map((f) => f.name)), `attribution chart ${s.id}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('embeds BIZ UDPGothic as CID TrueType and has no Type 3 font', () => {
    const fonts = run('pdffonts', [pdfPath]);
    expect(fonts).toMatch(/BIZUDPGothic-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/BIZUDPGothic-Bold\s+CID TrueType/);
    expect(fonts).not.toMatch(/Type 3/);
    const names = fonts.split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0]);
    expect(names.every((n) => /BIZUDPGothic-(Regular|Bold)$/.test(n!)), names.join()).toBe(true);
  });

  it('is A4, titled, tagged, in Japanese, with the pinned dates', () => {
    const info = run('pdfinfo', [pdfPath]);
    expect(info).toMatch(/^Title:\s+WEALTH GROWTH 月間運用実績レポート（2026年3月）$/m);
    expect(info).toMatch(/^Page size:\s+594\.96 x 841\.92 pts \(A4\)$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^CreationDate:\s+Fri Apr 10 00:00:00 2026 UTC$/m);
    expect(info).toMatch(/^ModDate:\s+Fri Apr 10 00:00:00 2026 UTC$/m);
    const qdf = join(dir, 'qdf.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdfPath, qdf]);
    const catalog = run('grep', ['-a', '-B12', '/Type /Catalog', qdf]);
    expect(catalog).toContain('/Lang (ja)');
    expect(catalog).toMatch(/\/Outlines \d+ 0 R/);
  });

  it('has bookmarks for the sections', () => {
    const qdf = join(dir, 'qdf.pdf');
    const raw = run('grep', ['-a', '-o', '/Title <feff[0-9a-f]*>', qdf]);
    const titles = Array.from(raw.matchAll(/<feff([0-9a-f]*)>/g), (m) => Buffer.from(m[1]!, 'hex').swap16().toString('utf16le'));
    for (const h of ['当月のパフォーマンス', '運用コース毎の当月パフォーマンス', '設定来の騰落率', '当月の市況概況', 'ファクター動向',
      'ファクター寄与度', '個別銘柄寄与度', '戦略の目的・特色', 'ファクターの説明', 'リスク管理', '免責事項・ご留意事項']) {
      expect(titles, h).toContain(h);
    }
  });

  it('running header on later pages, page numbers n / N on every page', () => {
    const n = pages.filter((p) => p.trim() !== '').length;
    expect(n).toBeGreaterThanOrEqual(6);
    pages.slice(0, n).forEach((p, i) => {
      expect(p, `page ${i + 1}`).toMatch(new RegExp(`${i + 1}\\s*/\\s*${n}\\s*$`));
      if (i > 0) expect(p).toContain('WEALTH GROWTH 月間運用実績レポート（2026年3月）');
    });
  });

  it('shows commentary HTML as text and never fetches its links or images', () => {
    expect(flat(text)).toContain('注記<script>alert(1)</script>を含む段落。外部画像外部リンク');
    const html = files.get('report.html') as string;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|example\.com/);
    expect(files.get('report.md') as string).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('two renders with a fixed date are byte-identical', async () => {
    const html = files.get('report.html') as string;
    const again = await printPdf(html, { fixedDate: FIXED, warn: () => undefined });
    expect(Buffer.from(again).equals(Buffer.from(files.get('report.pdf') as Uint8Array))).toBe(true);
  });
});

describe('the PDF renderer', () => {
  it('runs no script, even one that reached the HTML', async () => {
    const html = '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>t</title></head>' +
      '<body><p id="p">静的な本文</p><script>document.getElementById("p").textContent = "SCRIPT RAN";</script></body></html>';
    const pdf = await withBrowser({}, (browser) => renderPdf(html, { browser }));
    const out = run('pdftotext', [await onPdf(dir, 'script.pdf', pdf), '-']);
    expect(out).toContain('静的な本文');
    expect(out).not.toContain('SCRIPT RAN');
  });

  it('blocks and reports any request that is not file:, data: or about: (a template override with an http URL)', async () => {
    const over = join(dir, 'override');
    await mkdir(join(over, 'html', 'sections'), { recursive: true });
    await writeFile(
      join(over, 'html', 'sections', 'cover.hbs'),
      '<header class="cover"><h1>{{title}}</h1><img src="http://example.com/logo.png" alt="ロゴ"></header>\n',
    );
    const seen: string[] = [];
    const warn = (m: string) => seen.push(m);
    const out = await renderReport(presentReport(result, dataset), { formats: new Set(['pdf']), templates: await loadTemplates(over, warn), warn });
    expect(out.map((f) => f.path)).toEqual(['report.pdf']);
    expect(seen).toEqual([expect.stringMatching(/blocked a request to http:\/\/example\.com\/logo\.png/)]);
  });

  it('gives the install command when Chromium is missing', async () => {
    const missingPath = join(dir, 'no-such-chromium');
    const err = await printPdf('<p>x</p>', { chromiumPath: missingPath, warn: () => undefined }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as Error).message).toContain(INSTALL_COMMAND);
    expect((err as Error).message).toContain(missingPath);
    expect(INSTALL_COMMAND).toBe('apt-get install -y chromium fonts-morisawa-bizud-gothic');
  });

  it('finds Chromium by --chromium, then PUPPETEER_EXECUTABLE_PATH, then /usr/bin/chromium', async () => {
    expect(await resolveChromium({ env: {} })).toBe('/usr/bin/chromium');
    expect(await resolveChromium({ env: { PUPPETEER_EXECUTABLE_PATH: '/usr/lib/chromium/chromium' } })).toBe('/usr/lib/chromium/chromium');
    expect(await resolveChromium({ chromiumPath: '/usr/bin/chromium', env: { PUPPETEER_EXECUTABLE_PATH: '/nope' } })).toBe('/usr/bin/chromium');
    await expect(resolveChromium({ env: { PUPPETEER_EXECUTABLE_PATH: '/nope' } })).rejects.toThrow(/PUPPETEER_EXECUTABLE_PATH/);
  });

  it('retries a hung Chromium once, then fails with RenderError and leaves no process behind', async () => {
    const marker = `wg-hang-${process.pid}`;
    const hang = join(dir, 'hang.sh');
    await writeFile(hang, `#!/bin/bash\nexec -a ${marker} sleep 300\n`);
    await chmod(hang, 0o755);
    const seen: string[] = [];
    const t = Date.now();
    const err = await printPdf('<p>x</p>', { chromiumPath: hang, timeoutMs: 1500, warn: (m) => seen.push(m) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as Error).message).toMatch(/failed twice/);
    expect(seen).toEqual([expect.stringMatching(/retrying once/)]);
    expect(Date.now() - t).toBeLessThan(20_000);
    const left = (() => {
      try {
        return execFileSync('pgrep', ['-f', marker], { encoding: 'utf8' }).trim();
      } catch {
        return '';
      }
    })();
    expect(left).toBe('');
  });

  it('retries a crashing Chromium once, then fails with RenderError', async () => {
    const crash = join(dir, 'crash.sh');
    await writeFile(crash, '#!/bin/sh\nexit 1\n');
    await chmod(crash, 0o755);
    const seen: string[] = [];
    const err = await printPdf('<p>x</p>', { chromiumPath: crash, timeoutMs: 10_000, warn: (m) => seen.push(m) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect(seen).toHaveLength(1);
  });
});

describe('pinPdfDates', () => {
  it('writes the date in UTC in the same length, so offsets stay valid', () => {
    expect(pdfDate(new Date('2026-04-06T09:30:05Z'))).toBe("D:20260406093005+00'00'");
    const src = Buffer.from("1 0 obj\n<</CreationDate (D:20261127234855+00'00')\n/ModDate (D:20261127234855+00'00')>>\nendobj\n", 'latin1');
    const out = Buffer.from(pinPdfDates(new Uint8Array(src), new Date('2026-04-06T00:00:00Z')));
    expect(out.length).toBe(src.length);
    expect(out.toString('latin1')).toBe("1 0 obj\n<</CreationDate (D:20260406000000+00'00')\n/ModDate (D:20260406000000+00'00')>>\nendobj\n");
  });

  it('refuses a PDF without dates rather than silently leaving the clock in it', () => {
    expect(() => pinPdfDates(new Uint8Array(Buffer.from('%PDF-1.4\n')), new Date())).toThrow(RenderError);
  });
});
