import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { cssString } from '../../src/render/engine.js';
import { BUILTIN_TEMPLATES_DIR, loadTemplates } from '../../src/render/templates.js';
import { removeDir, renderFixture, tempDir } from './helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('templates');
});
afterAll(async () => {
  await removeDir(dir);
});

describe('loadTemplates', () => {
  it('reads the built-ins from the package root, whatever the working directory', async () => {
    expect(BUILTIN_TEMPLATES_DIR.endsWith('/templates/')).toBe(true);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const t = await loadTemplates();
      for (const path of [
        'html/layout.hbs', 'html/style.css', 'html/table.hbs', 'html/sections/courses.hbs',
        'md/layout.hbs', 'md/table.hbs', 'text/strategy.hbs', 'text/factors.hbs', 'text/risk.hbs', 'text/disclaimer.hbs',
      ]) {
        expect(t.files.has(path), path).toBe(true);
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('lets --templates replace any file by its relative path and keeps the others', async () => {
    const over = join(dir, 'override');
    await mkdir(join(over, 'text'), { recursive: true });
    await writeFile(join(over, 'text', 'risk.hbs'), '独自のリスク管理文：上限{{limits.maxWeight}}\n');
    const t = await loadTemplates(over);
    expect(t.get('text/risk.hbs')).toContain('独自のリスク管理文');
    expect(t.origins.get('text/risk.hbs')).toBe(join(over, 'text', 'risk.hbs'));
    expect(t.get('text/strategy.hbs')).toContain('運用の目的');
    const { html, md } = await renderFixture({ templatesDir: over });
    expect(html).toContain('独自のリスク管理文：上限10%');
    expect(md).toContain('独自のリスク管理文：上限10%');
  });

  it('refuses a --templates folder that does not exist', async () => {
    await expect(loadTemplates(join(dir, 'nope'))).rejects.toThrow(UsageError);
  });

  it('names the template when it is broken or uses a missing field (strict mode)', async () => {
    const over = join(dir, 'broken');
    await mkdir(join(over, 'text'), { recursive: true });
    await writeFile(join(over, 'text', 'risk.hbs'), '{{limits.noSuchLimit}}\n');
    await expect(renderFixture({ templatesDir: over })).rejects.toThrow(/text\/risk\.hbs.*noSuchLimit/s);
    await writeFile(join(over, 'text', 'risk.hbs'), '{{#if}}\n');
    await expect(renderFixture({ templatesDir: over })).rejects.toThrow(/text\/risk\.hbs/);
  });
});

describe('cssString', () => {
  it('makes a CSS string that cannot end the <style> element or the string', () => {
    expect(cssString('WEALTH GROWTH 月間運用実績レポート（2026年3月）')).toBe('"WEALTH GROWTH 月間運用実績レポート（2026年3月）"');
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5C c\\3C /style\\3E "');
  });
});
