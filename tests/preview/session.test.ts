/**
 * The preview's session on a real copy of the sample (no mocks, no Chromium): a commentary save
 * re-reads only the commentary (prices.csv is made unreadable garbage first, and the report still
 * updates), a template save only renders, a CSV or config save loads again; a broken file shows the
 * CLI's message over the last good report, and fixing it brings the report back.
 */
import { cp, mkdtemp, readFile, rm, writeFile, appendFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PreviewSession } from '../../src/preview/session.js';

const SAMPLE = fileURLToPath(new URL('../../fixtures/sample/', import.meta.url));
const BUILTIN = fileURLToPath(new URL('../../templates/', import.meta.url));
const COMMENTARY = 'commentary/2026-03.md';
const SENTENCE = '月末にかけて新しい一文を書き加えました。';

let dir: string;
let data: string;
let sessions: PreviewSession[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wg-preview-session-'));
  data = join(dir, 'data');
  await cp(SAMPLE, data, { recursive: true });
});

afterEach(async () => {
  for (const s of sessions) await s.close();
  sessions = [];
  await rm(dir, { recursive: true, force: true });
});

async function started(options: { templatesDir?: string } = {}): Promise<PreviewSession> {
  const session = new PreviewSession({ month: '2026-03', dataDir: data, partial: false, allowGaps: false, lang: 'en', ...options });
  sessions.push(session);
  await session.start();
  expect(session.status()).toMatchObject({ ready: true, error: null, report: 1 });
  return session;
}

describe('the preview session', () => {
  it('a commentary save reads only the commentary: with prices.csv turned to garbage the report still updates', async () => {
    const session = await started();
    expect(session.stats).toEqual({ loads: 1, commentaryReads: 0, renders: 1, prints: 0 });
    await writeFile(join(data, 'prices.csv'), 'this is not a price file\n"');
    await appendFile(join(data, COMMENTARY), `\n${SENTENCE}\n`);
    await session.update({ load: false, commentary: true, templates: false });
    expect(session.status().error).toBeNull();
    expect(session.html).toContain(SENTENCE);
    expect(session.stats).toEqual({ loads: 1, commentaryReads: 1, renders: 2, prints: 0 });
    // A CSV save does load again, and so finds the garbage.
    await session.update({ load: true, commentary: false, templates: false });
    expect(session.status().error).toMatch(/^prices\.csv/);
    expect(session.stats.loads).toBe(2);
    expect(session.html).toContain(SENTENCE); // the last good report stays
  });

  it('after a commentary save, report.json is what a full load gives (inputs hash, warnings)', async () => {
    const session = await started();
    // A heading the loader warns about: the warning is in the panel and in report.json.
    await appendFile(join(data, COMMENTARY), `\n## 来月の見通し\n${SENTENCE}\n`);
    await session.update({ load: false, commentary: true, templates: false });
    expect(session.stats.loads).toBe(1);
    const fresh = new PreviewSession({ month: '2026-03', dataDir: data, partial: false, allowGaps: false, lang: 'en' });
    sessions.push(fresh);
    await fresh.start();
    expect(session.json).toBe(fresh.json);
    expect(session.html).toBe(fresh.html);
    expect(session.status().warnings.some((w) => w.startsWith(`${COMMENTARY}:`) && w.includes('来月の見通し'))).toBe(true);
  });

  it('a broken config.json shows the JSON path over the last good report; fixing it brings the report back', async () => {
    const session = await started();
    const before = session.html;
    const config = await readFile(join(data, 'config.json'), 'utf8');
    await writeFile(join(data, 'config.json'), config.replace('"launchDate": "2025-02-13"', '"launchDate": "2025-02-31"'));
    await session.update({ load: true, commentary: false, templates: false });
    const broken = session.status();
    expect(broken.error).toContain('config.json: service.launchDate: "2025-02-31" must be a date YYYY-MM-DD that exists');
    expect(broken.ready).toBe(true);
    expect(session.html).toBe(before);
    expect(broken.report).toBe(1); // nothing rendered again from the broken data
    // While the data is broken, a commentary save loads everything again (the fix may be anywhere).
    await writeFile(join(data, 'config.json'), config);
    await session.update({ load: false, commentary: true, templates: false });
    expect(session.status()).toMatchObject({ error: null, version: 3, report: 3 });
    expect(session.stats.loads).toBe(3);
  });

  it('a template save renders again without loading; a template that does not compile is shown and recovers', async () => {
    const templates = join(dir, 'templates');
    await mkdir(join(templates, 'html', 'sections'), { recursive: true });
    const market = await readFile(join(BUILTIN, 'html', 'sections', 'market.hbs'), 'utf8');
    await writeFile(join(templates, 'html', 'sections', 'market.hbs'), market);
    const session = await started({ templatesDir: templates });
    await writeFile(join(templates, 'html', 'sections', 'market.hbs'), `<p>テンプレートを変えました</p>\n${market}`);
    await session.update({ load: false, commentary: false, templates: true });
    expect(session.html).toContain('テンプレートを変えました');
    await writeFile(join(templates, 'html', 'sections', 'market.hbs'), `{{#if}}\n${market}`);
    await session.update({ load: false, commentary: false, templates: true });
    expect(session.status().error).toMatch(/market\.hbs/);
    expect(session.html).toContain('テンプレートを変えました');
    await writeFile(join(templates, 'html', 'sections', 'market.hbs'), market);
    await session.update({ load: false, commentary: false, templates: true });
    expect(session.status().error).toBeNull();
    expect(session.html).not.toContain('テンプレートを変えました');
    expect(session.stats).toMatchObject({ loads: 1, commentaryReads: 0, renders: 4 });
  });

  it('saves that arrive during an update are merged into the next one', async () => {
    const session = await started();
    const first = session.update({ load: false, commentary: true, templates: false });
    void session.update({ load: false, commentary: true, templates: false });
    const third = session.update({ load: false, commentary: false, templates: true });
    await first;
    await third;
    expect(session.stats.renders).toBeLessThanOrEqual(3);
    expect(session.stats.loads).toBe(1);
  });
});
