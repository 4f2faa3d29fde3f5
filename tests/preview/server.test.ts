/**
 * The preview's server in-process (no Chromium, no child process): what it answers and what it
 * refuses, the events it sends, a busy port, and the command's argument checks in both languages.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePort } from '../../src/preview/command.js';
import { openCommand } from '../../src/preview/open.js';
import { startPreview, type Preview } from '../../src/preview/server.js';
import { runInProcess } from '../cli/run.js';

const SAMPLE = fileURLToPath(new URL('../../fixtures/sample/', import.meta.url));
let dir: string;
let preview: Preview;

function raw(path: string, options: { headers?: Record<string, string>; method?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: preview.bound.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wg-preview-server-'));
  await cp(SAMPLE, join(dir, 'data'), { recursive: true });
  preview = await startPreview({ month: '2026-03', dataDir: join(dir, 'data'), partial: false, allowGaps: false, lang: 'en', debounceMs: 10 });
});

afterAll(async () => {
  await preview?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the preview server', () => {
  it('listens on 127.0.0.1, on a free port', () => {
    expect(preview.bound.host).toBe('127.0.0.1');
    expect(preview.bound.port).toBeGreaterThan(0);
    expect(preview.url).toBe(`http://127.0.0.1:${preview.bound.port}/`);
  });

  it('serves the shell with its own policy, the report with the report’s, and report.json', async () => {
    const shell = await raw('/');
    expect(shell.status).toBe(200);
    expect(shell.headers['content-security-policy']).toContain("script-src 'self'");
    expect(shell.body).toContain('sandbox="allow-same-origin"');
    const html = await raw('/report.html?v=1');
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.headers['content-security-policy']).not.toContain('script-src');
    expect(html.body).toBe(preview.session.html);
    expect(JSON.parse((await raw('/report.json')).body)).toMatchObject({ month: '2026-03' });
    expect((await raw('/charts/nope.svg')).status).toBe(404);
  });

  it('refuses a foreign Host (403) before anything else, other methods (405), traversal (400), the rest (404)', async () => {
    const port = preview.bound.port;
    for (const [path, headers, method, status] of [
      ['/report.json', { Host: `evil.example:${port}` }, 'GET', 403],
      ['/../config.json', { Host: `evil.example:${port}` }, 'GET', 403],
      ['/report.json', { Host: `127.0.0.1:${port + 1}` }, 'GET', 403],
      ['/report.json', {}, 'POST', 405],
      ['/report.json', {}, 'PUT', 405],
      ['/../config.json', {}, 'GET', 400],
      ['/charts/..%2f..%2fconfig.json', {}, 'GET', 400],
      ['/config.json', {}, 'GET', 404],
      ['/commentary/', {}, 'GET', 404],
    ] as const) {
      expect((await raw(path, { headers, method })).status, `${method} ${path} ${JSON.stringify(headers)}`).toBe(status);
    }
    const head = await raw('/report.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('tells an open page about each new version over SSE', async () => {
    const events: string[] = [];
    const req = request({ host: '127.0.0.1', port: preview.bound.port, path: '/_preview/events' });
    const done = new Promise<void>((resolve) => {
      req.on('response', (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        res.on('data', (d: Buffer) => {
          events.push(...d.toString().split('\n\n').filter((e) => e.includes('event: status')));
          if (events.length >= 2) resolve();
        });
      });
    });
    req.end();
    await new Promise((r) => setTimeout(r, 100));
    await appendFile(join(dir, 'data', 'commentary', '2026-03.md'), '\n新しい一文。\n');
    await done;
    req.destroy();
    const last = JSON.parse(/data: (.*)/.exec(events.at(-1)!)![1]!) as { report: number; error: string | null };
    expect(last.error).toBeNull();
    expect(last.report).toBeGreaterThan(1);
    expect(preview.session.stats.loads).toBe(1);
    expect(preview.session.html).toContain('新しい一文。');
  });

  it('a busy --port is a usage error naming it', async () => {
    const busy: Server = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', () => r()));
    const port = (busy.address() as AddressInfo).port;
    try {
      await expect(startPreview({ month: '2026-03', dataDir: join(dir, 'data'), partial: false, allowGaps: false, lang: 'en', port })).rejects.toThrow(
        `port ${port} is in use on 127.0.0.1; give another --port, or none for a free one`,
      );
    } finally {
      busy.close();
    }
  });
});

describe('the preview command', () => {
  it('--port: a whole number 0…65535', () => {
    expect(parsePort(undefined)).toBeUndefined();
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8080')).toBe(8080);
    for (const bad of ['x', '-1', '65536', '80.5', '']) expect(() => parsePort(bad), bad).toThrow(/--port must be a whole number/);
  });

  it('bad arguments are usage errors (exit 2), in Japanese too', async () => {
    expect(await runInProcess(['preview', '2026-13'])).toMatchObject({ code: 2, stderr: 'error: month must be YYYY-MM, got "2026-13"\n' });
    const ja = await runInProcess(['preview', '2026-03', '--port', 'x'], { LANG: 'ja_JP.UTF-8' });
    expect(ja).toMatchObject({ code: 2, stderr: 'エラー: --port は 0～65535 の整数で指定してください（指定値 "x"）\n' });
  });

  it('--help in Japanese: every description translated', async () => {
    const r = await runInProcess(['preview', '--help'], { LANG: 'ja_JP.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('データ・コメント・テンプレートを保存するたびに更新する');
    expect(r.stdout).toContain('待ち受けるポート（既定: 空いているポート）');
    expect(r.stdout).toContain('プレビューをシステムのブラウザで開く');
  });

  it('--open: the platform’s opener, or why there is none', () => {
    expect(openCommand('http://x/', 'darwin', {})).toEqual({ command: 'open', args: ['http://x/'] });
    expect(openCommand('http://x/', 'linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: ['http://x/'] });
    expect(openCommand('http://x/', 'linux', {})).toEqual({ none: 'no graphical session (DISPLAY and WAYLAND_DISPLAY are not set)' });
  });
});
