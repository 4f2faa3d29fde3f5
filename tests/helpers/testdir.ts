/**
 * `await testdir({'prices.csv': '...', 'commentary/2026-03.md': '...'})`: a temporary data folder built
 * from an object literal (string → UTF-8, Buffer/Uint8Array → bytes as given), removed when the test
 * that made it finishes.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

export type FileTree = Record<string, string | Uint8Array | undefined>;

export async function testdir(files: FileTree): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wg-test-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    if (content === undefined) continue;
    const file = path.join(dir, ...name.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return dir;
}
