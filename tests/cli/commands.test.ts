/** Commands (issue 8, part 8): an unknown command is named as such, the default command still works. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testdir } from '../helpers/testdir.js';
import { runInProcess } from './run.js';

describe('an unknown command', () => {
  it('is named, with the nearest command, not taken for render\'s <month>', async () => {
    const r = await runInProcess(['valdate', '2026-03']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: "error: unknown command 'valdate' (did you mean validate?)\n" });
  });

  it('is found after options and their values', async () => {
    const r = await runInProcess(['--data', 'x', 'rendr', '2026-03']);
    expect(r.stderr).toBe("error: unknown command 'rendr' (did you mean render?)\n");
  });

  it('far from every command lists them', async () => {
    const r = await runInProcess(['march']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: unknown command 'march' (commands: render, notice, validate, preview; or a month YYYY-MM for render)\n");
  });
});

describe('the default command', () => {
  it('`wg-report 2026-03` is still render: it loads the data folder', async () => {
    const missing = join(await testdir({}), 'nope');
    const r = await runInProcess(['2026-03', '--data', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${missing}: data folder not found\n`);
  });

  it('a month-like typo is still a month error', async () => {
    const r = await runInProcess(['2026-3']);
    expect(r.stderr).toBe('error: month must be YYYY-MM, got "2026-3"\n');
  });
});
