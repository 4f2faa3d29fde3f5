/** `validate --strict` and `validate --json` (issue 8, part 8). */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../e2e/helpers.js';
import { testdir } from '../helpers/testdir.js';
import { validFiles } from '../load/fixture.js';
import { runInProcess } from './run.js';

// The sample's one warning: MAJOR100 bought LLY at 9.5% on 2026-02-02 (holdings.csv) and it drifted
// above config.json's maxWeight of 10% by the base date, 2026-02-27.
const BREACH = /^MAJOR100: maxWeight on 2026-02-27: LLY \d+\.\d\d% > 10\.00%$/;

describe('validate --strict', () => {
  it('without it, warnings do not fail: exit 0', async () => {
    const r = await runInProcess(['validate', '2026-03']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2026-03: ok (2026-02-27 → 2026-03-31; 1 warning(s), 1 compliance breach(es))\n');
  });

  it('a warning (here a compliance breach) fails with exit 4', async () => {
    const r = await runInProcess(['validate', '2026-03', '--strict']);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]!.replace(/^warning: /, '')).toMatch(BREACH);
    expect(lines[1]).toBe('error: 2026-03: fails under --strict (2026-02-27 → 2026-03-31; 1 warning(s), 1 compliance breach(es))');
  });

  it('a month without warnings passes: exit 0', async () => {
    // The fixture's month ends on 2026-03-06 (--partial); BBB, a top contributor, gets a description.
    const files = validFiles();
    files['securities.csv'] = String(files['securities.csv']).replace('BBB,ビービービー,金融,,', 'BBB,ビービービー,金融,説明B,');
    const r = await runInProcess(['validate', '2026-03', '--strict', '--partial', '--data', await testdir(files)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('problems still exit 2, not 4', async () => {
    const data = await testdir({ ...validFiles(), 'indices.csv': 'date,index,level\n2026-03-02,SPX,0\n' });
    const r = await runInProcess(['validate', '2026-03', '--strict', '--data', data]);
    expect(r.code).toBe(2);
  });
});

describe('validate --json', () => {
  it('the outcome of a month with a warning, on stdout only; exit 0 (4 with --strict)', async () => {
    const r = await runInProcess(['validate', '2026-03', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['month', 'exitCode', 'base', 'end', 'problems', 'problemCount', 'notChecked', 'warnings', 'complianceBreaches']);
    expect(out).toMatchObject({ month: '2026-03', exitCode: 0, base: '2026-02-27', end: '2026-03-31', problems: [], problemCount: 0, notChecked: [] });
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatch(BREACH);
    expect(out.complianceBreaches).toEqual([
      { strategy: 'MAJOR100', rule: 'maxWeight', date: '2026-02-27', detail: expect.stringMatching(/^LLY \d+\.\d\d% > 10\.00%$/) },
    ]);

    const strict = await runInProcess(['validate', '2026-03', '--json', '--strict']);
    expect(strict.code).toBe(4);
    expect(JSON.parse(strict.stdout).exitCode).toBe(4);
  });

  it('problems: every one kept, located, with the skipped checks; exit 2', async () => {
    const data = join(await testdir({}), 'data');
    await cp(SAMPLE, data, { recursive: true });
    const file = join(data, 'securities.csv');
    await writeFile(file, (await readFile(file, 'utf8')).replace('description,name_en,market\n', 'description,name_en\n'));
    const r = await runInProcess(['validate', '2026-03', '--json', '--data', data]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.exitCode).toBe(2);
    // The sample lists 325 securities (300 US, 25 JP), each row now one field too many: all 325, not the first 20.
    expect(out.problemCount).toBe(325);
    expect(out.problems).toHaveLength(325);
    expect(out.problems[0]).toEqual({
      file: 'securities.csv',
      line: 2,
      message: 'has 6 fields, the header has 5',
      text: 'securities.csv:2: has 6 fields, the header has 5',
    });
    expect(out.notChecked).toEqual([{ file: 'prices.csv', against: 'securities.csv' }, { file: 'holdings.csv', against: 'securities.csv' }]);
  });

  it('a usage error is JSON too', async () => {
    const r = await runInProcess(['validate', '2026-13', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ exitCode: 2, problems: [], error: 'month must be YYYY-MM, got "2026-13"' });
  });
});
