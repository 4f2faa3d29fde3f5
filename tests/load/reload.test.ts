import { appendFile, cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { loadDataset } from '../../src/load/dataset.js';
import { reloadCommentary } from '../../src/load/reload.js';

const SAMPLE = fileURLToPath(new URL('../../fixtures/sample/', import.meta.url));
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wg-reload-'));
  await cp(SAMPLE, dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('reloadCommentary (the preview’s commentary-only reload)', () => {
  const options = { month: '2026-03', allowGaps: false };

  it('gives what a full load gives after the commentary changed, warnings and inputs included', async () => {
    const before = await loadDataset(dir, options);
    await appendFile(join(dir, 'commentary/2026-03.md'), '\n## 見通し\n来月の見通しです。\n');
    const reloaded = await reloadCommentary(dir, '2026-03', before);
    const full = await loadDataset(dir, options);
    expect(reloaded.commentary).toEqual(full.commentary);
    expect(reloaded.inputs).toEqual(full.inputs);
    expect(reloaded.warnings).toEqual(full.warnings);
    expect(reloaded.inputs['commentary/2026-03.md']).not.toBe(before.inputs['commentary/2026-03.md']);
  });

  it('a deleted commentary: no commentary, its warning, no input hash; a bad encoding is a DataError', async () => {
    const before = await loadDataset(dir, options);
    await unlink(join(dir, 'commentary/2026-03.md'));
    const reloaded = await reloadCommentary(dir, '2026-03', before);
    const full = await loadDataset(dir, options);
    expect(reloaded).toMatchObject({ commentary: null, inputs: full.inputs, warnings: full.warnings });
    await writeFile(join(dir, 'commentary/2026-03.md'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    await expect(reloadCommentary(dir, '2026-03', before)).rejects.toBeInstanceOf(DataError);
  });
});
