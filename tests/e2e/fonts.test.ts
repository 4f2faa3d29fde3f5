/**
 * Without the Japanese font, Chromium still prints a PDF (every Japanese character a box, or no text at
 * all) and exits 0. The CLI must see that in the PDF it got and fail with exit 3, naming the font
 * package and the install command, before anything is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashTree, pdffonts, removeDir, runCli, tempDir } from './helpers.js';

let work: string;
let out: string;
let previous: Record<string, string>;

/** A fontconfig configuration that sees only the fonts in `dirs`, with its own cache. */
async function fontconfig(name: string, dirs: string[]): Promise<string> {
  const file = join(work, `${name}.conf`);
  await writeFile(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      dirs.map((d) => `  <dir>${d}</dir>\n`).join('') +
      `  <cachedir>${join(work, `${name}-cache`)}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

beforeAll(async () => {
  work = await tempDir('fonts');
  out = join(work, 'out');
  const r = await runCli(['2026-03', '--out', out, '--format', 'json,md']);
  if (r.code !== 0) throw new Error(r.stderr);
  previous = await hashTree(join(out, '2026-03'));
}, 120_000);

afterAll(async () => {
  await removeDir(work);
});

describe('the PDF is checked for the Japanese font', () => {
  it('a fontconfig that sees no font at all: exit 3 with the package and the install command, nothing written', async () => {
    const empty = join(work, 'no-fonts');
    await mkdir(empty);
    const r = await runCli(['2026-03', '--out', out], { FONTCONFIG_FILE: await fontconfig('empty', [empty]) });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('BIZ UDPGothic is not embedded');
    expect(r.stderr).toContain('fonts-morisawa-bizud-gothic');
    expect(r.stderr).toContain('  apt-get install fonts-morisawa-bizud-gothic\n');
    expect(await hashTree(join(out, '2026-03'))).toEqual(previous);
    expect(await readdir(out)).toEqual(['2026-03']);
  });

  it('a fontconfig with only DejaVu (Latin, no Japanese): exit 3 naming the font Chromium fell back to', async () => {
    const conf = await fontconfig('dejavu', ['/usr/share/fonts/truetype/dejavu']);
    const r = await runCli(['2026-03', '--out', out, '--format', 'pdf'], { FONTCONFIG_FILE: conf });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/drew the text with DejaVu/);
    expect(r.stderr).toContain('apt-get install fonts-morisawa-bizud-gothic');
    expect(await hashTree(join(out, '2026-03'))).toEqual(previous);
  });

  it('the normal fontconfig passes, and the PDF has only BIZ UDPGothic (as poppler sees it)', async () => {
    const dest = join(work, 'ok');
    const r = await runCli(['2026-03', '--out', dest, '--format', 'pdf']);
    expect(r.code, r.stderr).toBe(0);
    const names = pdffonts(join(dest, '2026-03', 'report.pdf'))
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(names.sort()).toEqual(['BIZUDPGothic-Bold', 'BIZUDPGothic-Regular']);
  });
});
