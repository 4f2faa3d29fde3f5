/**
 * `--templates` overrides that try to reach the network or inject markup, that are misspelt, or that
 * are broken: report.html allows no request when opened, report.md shows raw HTML as text, an unused
 * file is a warning with the nearest built-in name, and an error names the file, line and helper.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../../src/render/browser.js';
import { runInProcess } from '../cli/run.js';
import { copySample, removeDir, runCli, tempDir } from './helpers.js';

let work: string;
let data: string;
let browser: Browser | undefined;

/** A --templates folder holding `files` (relative path → text). */
async function templates(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

async function builtin(path: string): Promise<string> {
  return readFile(new URL(`../../templates/${path}`, import.meta.url), 'utf8');
}

beforeAll(async () => {
  work = await tempDir('templates');
  // Not the sample (no sample warning), so each test sees only the warnings it causes.
  data = await copySample(join(work, 'data'));
}, 60_000);

afterAll(async () => {
  if (browser) await closeBrowser(browser);
  await removeDir(work);
});

describe('report.html allows no network request', () => {
  it('opened in a browser (scripts on), a layout with remote script, CSS, image and iframe requests nothing', async () => {
    // The "remote" server is a local one that counts what reaches it (Chromium is offline otherwise).
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const hostile =
        `<script src="${base}/a.js"></script><script>fetch("${base}/inline")</script>` +
        `<link rel="stylesheet" href="${base}/a.css"><style>@import url("${base}/b.css");</style>`;
      const layout = (await builtin('html/layout.hbs'))
        .replace('<meta charset="utf-8">', `<meta charset="utf-8">\n${hostile}`)
        .replace('<body>', `<body>\n<img src="${base}/logo.png" alt=""><iframe src="${base}/frame"></iframe>`);
      const over = await templates('hostile', { 'html/layout.hbs': layout });
      const out = join(work, 'hostile-out');
      const r = await runInProcess(['2026-03', '--data', data, '--out', out, '--format', 'html', '--templates', over]);
      expect(r.code, r.stderr).toBe(0);
      const file = join(out, '2026-03', 'report.html');
      const html = await readFile(file, 'utf8');
      // The policy comes before the first element that could load anything.
      const csp = html.indexOf('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
      expect(csp).toBeGreaterThan(0);
      expect(csp).toBeLessThan(html.indexOf('<script'));

      browser = await launchBrowser();
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 500)); // a script's fetch would be under way by now
      // The page still looks like the report: its inline stylesheet applies.
      const font = await page.evaluate('getComputedStyle(document.documentElement).fontFamily');
      await page.close();
      expect(hits).toEqual([]);
      expect(font).toContain('BIZ UDPGothic');
    } finally {
      server.close();
    }
  });

  it('the PDF still reports what the policy blocked, and renders', async () => {
    const over = await templates('logo', {
      'html/sections/cover.hbs': '<header class="cover"><h1>{{title}}</h1><img src="http://example.com/logo.png" alt=""></header>\n',
    });
    const out = join(work, 'logo-out');
    const r = await runCli(['2026-03', '--data', data, '--out', out, '--format', 'pdf', '--templates', over]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: PDF: blocked a request to http://example.com/logo.png');
    expect(await readdir(join(out, '2026-03'))).toContain('report.pdf');
  });
});

describe('text templates: raw HTML reaches report.md as text', () => {
  it('<script>, <iframe> and <b> in text/strategy.hbs are escaped in report.md and shown as text in report.html; code spans are kept', async () => {
    const over = await templates('raw', {
      'text/strategy.hbs': '### 目的\n\n注記<script>alert(1)</script>と<iframe src="https://example.com/x"></iframe>、<b>太字</b>。`<kbd>` はコード。\n\n<div>ブロック</div>\n',
    });
    const out = join(work, 'raw-out');
    const r = await runInProcess(['2026-03', '--data', data, '--out', out, '--format', 'md,html', '--templates', over]);
    expect(r.code, r.stderr).toBe(0);
    const md = await readFile(join(out, '2026-03', 'report.md'), 'utf8');
    expect(md).toContain('注記\\<script>alert(1)\\</script>と\\<iframe src="https://example.com/x">\\</iframe>、\\<b>太字\\</b>。`<kbd>` はコード。');
    expect(md).toContain('\\<div>ブロック\\</div>');
    expect(md).not.toMatch(/(?<!\\)<(script|iframe|b|div)\b/);
    const html = await readFile(join(out, '2026-03', 'report.html'), 'utf8');
    expect(html).toContain('注記&lt;script&gt;alert(1)&lt;/script&gt;と&lt;iframe src=&quot;https://example.com/x&quot;&gt;&lt;/iframe&gt;、&lt;b&gt;太字&lt;/b&gt;。<code>&lt;kbd&gt;</code> はコード。');
    expect(html).toContain('<p>&lt;div&gt;ブロック&lt;/div&gt;</p>');
  });
});

describe('a file in --templates that nothing uses', () => {
  it('text/strategey.hbs: a warning naming text/strategy.hbs; the built-in text is used', async () => {
    const over = await templates('typo', { 'text/strategey.hbs': '### 独自の文\n' });
    const out = join(work, 'typo-out');
    const r = await runInProcess(['2026-03', '--data', data, '--out', out, '--format', 'md', '--templates', over]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: --templates: text/strategey.hbs is not a template wg-report uses, so it is ignored (did you mean text/strategy.hbs?)');
    expect(await readFile(join(out, '2026-03', 'report.md'), 'utf8')).not.toContain('独自の文');
  });

  it('a new partial the layout calls is used (no warning); one nothing calls is a warning', async () => {
    const layout = (await builtin('html/layout.hbs')).replace('<main>', '<main>\n{{> sections/extra}}');
    const over = await templates('partials', {
      'html/layout.hbs': layout,
      'html/sections/extra.hbs': '<p>追加の節</p>\n',
      'html/sections/unused.hbs': '<p>使われない</p>\n',
    });
    const out = join(work, 'partials-out');
    const r = await runInProcess(['2026-03', '--data', data, '--out', out, '--format', 'html', '--templates', over]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('extra.hbs');
    expect(r.stderr).toMatch(/warning: --templates: html\/sections\/unused\.hbs is not a template wg-report uses, so it is ignored/);
    expect(await readFile(join(out, '2026-03', 'report.html'), 'utf8')).toContain('<p>追加の節</p>');
  });
});

describe('template errors name the file, line and column, and exit 2', () => {
  async function fails(name: string, files: Record<string, string>): Promise<string> {
    const over = await templates(name, files);
    const out = join(work, `${name}-out`);
    const r = await runInProcess(['2026-03', '--data', data, '--out', out, '--format', 'md,html', '--templates', over]);
    expect(r.code).toBe(2);
    expect(await readdir(out).catch(() => [])).toEqual([]);
    return r.stderr.replaceAll(over, '<dir>');
  }

  it('an unknown helper', async () => {
    const stderr = await fails('helper', { 'text/risk.hbs': '### リスク\n\n本文 {{undefinedHelper limits.maxWeight}}\n' });
    expect(stderr).toContain('error: template <dir>/text/risk.hbs, line 3, column 6: unknown helper "undefinedHelper" (the helpers are ');
    expect(stderr).not.toContain('[object Object]');
    // The same message under a Japanese locale.
    const over = join(work, 'helper');
    const ja = await runInProcess(['2026-03', '--data', data, '--out', join(work, 'helper-ja'), '--format', 'md', '--templates', over], { LANG: 'ja_JP.UTF-8' });
    expect(ja.code).toBe(2);
    expect(ja.stderr.replaceAll(over, '<dir>')).toContain('テンプレート <dir>/text/risk.hbs の 3 行 6 桁: 不明なヘルパー "undefinedHelper" です（ヘルパーは ');
  });

  it('an unknown field', async () => {
    const stderr = await fails('field', { 'text/risk.hbs': '{{serviceName}}\n{{nosuchField}}\n' });
    expect(stderr).toContain('error: template <dir>/text/risk.hbs, line 2, column 3: unknown field "nosuchField"');
  });

  it('an unknown partial, with the nearest name', async () => {
    const layout = (await builtin('html/layout.hbs')).replace('{{> sections/strategy}}', '{{> sections/stratgy}}');
    const line = layout.split('\n').findIndex((l) => l.includes('sections/stratgy')) + 1;
    const stderr = await fails('partial', { 'html/layout.hbs': layout });
    expect(stderr).toContain(`error: template <dir>/html/layout.hbs, line ${line}: unknown partial "sections/stratgy" (did you mean sections/strategy?)`);
  });

  it('a parse error (an unclosed block)', async () => {
    const stderr = await fails('parse', { 'text/notes.hbs': '※注記\n{{#if serviceName}}\n閉じていない\n' });
    // Line 4: the end of the file, after the last newline, is where the {{/if}} is missing.
    expect(stderr).toMatch(/error: template <dir>\/text\/notes\.hbs, line 4: parse error: Expecting .*, got 'EOF'\n {2}\S/);
  });
});
