/**
 * One language for all messages (issue 8, part 8): the catalog has every text in both languages,
 * the locale picks one, and the CLI shows the same messages in each.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, langOf, tr, trLine } from '../../src/messages.js';
import { SAMPLE } from '../e2e/helpers.js';
import { testdir } from '../helpers/testdir.js';
import { runInProcess } from './run.js';

const JA = { LANG: 'ja_JP.UTF-8' };
const EN = { LANG: 'C' };
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff（）：、。]/;
const placeholders = (t: string) => [...new Set([...t.matchAll(/\{\w+(?::[tl])?\}/g)].map((m) => m[0]))].sort();

describe('the catalog', () => {
  it.each(CATALOG.map(([en, ja]) => [en, ja]))('%s', (en, ja) => {
    expect(en.trim()).not.toBe('');
    expect(ja).not.toBe(en);
    expect(ja).toMatch(JAPANESE);
    // The same values in both: a Japanese text never drops a file name, line or value.
    expect(placeholders(ja)).toEqual(placeholders(en));
  });

  it('has each English text once', () => {
    const seen = CATALOG.map(([en]) => en);
    expect(seen.filter((en, i) => seen.indexOf(en) !== i)).toEqual([]);
  });

  it.each(CATALOG.map(([en, ja]) => [en, ja]))('%s: an instance translates to its own Japanese, values kept', (en, ja) => {
    // Distinct made-up values; none is a catalogued text, so a nested {x:t} keeps it as is.
    let k = 0;
    const values = new Map<string, string>();
    const instance = en.replace(/\{(\w+)(?::[tl])?\}/g, (_, name: string) => {
      if (!values.has(name)) values.set(name, `V${++k}x`);
      return values.get(name)!;
    });
    expect(tr(instance, 'ja')).toBe(ja.replace(/\{(\w+)(?::[tl])?\}/g, (_, name: string) => values.get(name)!));
    expect(tr(instance, 'en')).toBe(instance);
  });

  it('a list of catalogued texts translates item by item', () => {
    expect(tr('--force: replacing out/2026-03, which deletes out/2026-03/a.txt (not written by wg-report), out/2026-03/report.md (changed since wg-report wrote it)', 'ja')).toBe(
      '--force: out/2026-03 を置き換えます。out/2026-03/a.txt（wg-report が書いたものではありません）、out/2026-03/report.md（wg-report が書いた後に変更されています） は削除されます',
    );
  });

  it('a text it does not know stays English', () => {
    expect(tr('something new', 'ja')).toBe('something new');
  });

  it('a located warning keeps its location and value and translates its message', () => {
    expect(trLine('indices.csv:7: column "index": "NDX" is not an index of config.json: its rows are ignored', 'ja')).toBe(
      'indices.csv:7: 列 "index": "NDX": config.json の指数ではありません: その行は使いません',
    );
    expect(trLine('config.json: factors.foo: unknown key (ignored)', 'ja')).toBe('config.json: factors.foo: 不明なキーです（無視します）');
  });
});

describe('the locale', () => {
  it.each([
    [{ LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'ja_JP' }, 'ja'],
    [{ LANG: 'ja' }, 'ja'],
    [{ LC_MESSAGES: 'ja_JP.eucJP', LANG: 'C' }, 'ja'],
    [{ LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }, 'ja'],
    [{ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' }, 'en'],
    [{ LC_ALL: '', LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'jam_JM' }, 'en'],
    [{}, 'en'],
  ] as const)('%o → %s', (env, lang) => {
    expect(langOf(env)).toBe(lang);
  });
});

describe('the same messages in English and Japanese through the CLI', () => {
  it('a broken securities.csv header: the problems, the count and the skipped check', async () => {
    const data = join(await testdir({}), 'data');
    await cp(SAMPLE, data, { recursive: true });
    const file = join(data, 'securities.csv');
    await writeFile(file, (await readFile(file, 'utf8')).replace('description,name_en,market\n', 'description,name_en\n'));
    const en = await runInProcess(['validate', '2026-03', '--data', data], EN);
    const ja = await runInProcess(['validate', '2026-03', '--data', data], JA);
    expect([en.code, ja.code]).toEqual([2, 2]);
    const enLines = en.stderr.trimEnd().split('\n');
    const jaLines = ja.stderr.trimEnd().split('\n');
    expect(enLines[0]).toBe('error: securities.csv:2: has 6 fields, the header has 5');
    expect(jaLines[0]).toBe('エラー: securities.csv:2: 項目が 6 個あります（見出し行は 5 個）');
    expect(enLines[20]).toBe('… and 305 more problems (325 in all)');
    expect(jaLines[20]).toBe('… ほか 305 件（全 325 件）');
    expect(enLines[21]).toBe('prices.csv, holdings.csv: not checked against securities.csv, which has errors above');
    expect(jaLines[21]).toBe('prices.csv, holdings.csv: securities.csv に上記の誤りがあるため、securities.csv との照合はしていません');
    expect(jaLines).toHaveLength(enLines.length);
  });

  it('a value error: location and value kept, the message translated', async () => {
    const data = join(await testdir({}), 'data');
    await cp(SAMPLE, data, { recursive: true });
    const file = join(data, 'indices.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const f = lines[5]!.split(',');
    f[2] = '0';
    lines[5] = f.join(',');
    await writeFile(file, lines.join('\n'));
    const en = await runInProcess(['validate', '2026-03', '--data', data], EN);
    const ja = await runInProcess(['validate', '2026-03', '--data', data], JA);
    expect(en.stderr).toBe('error: indices.csv:6: column "level": "0" must be > 0\n');
    expect(ja.stderr).toBe('エラー: indices.csv:6: 列 "level": "0": 0 より大きい値にしてください\n');
  });

  it('a warning and --strict', async () => {
    const en = await runInProcess(['validate', '2026-03', '--strict'], EN);
    const ja = await runInProcess(['validate', '2026-03', '--strict'], JA);
    expect([en.code, ja.code]).toEqual([4, 4]);
    expect(en.stderr).toMatch(/^warning: MAJOR100: maxWeight on 2026-02-27: LLY (\d+\.\d\d%) > 10\.00%\nerror: 2026-03: fails under --strict \(2026-02-27 → 2026-03-31; 1 warning\(s\), 1 compliance breach\(es\)\)\n$/);
    const weight = /LLY (\d+\.\d\d%)/.exec(en.stderr)![1];
    expect(ja.stderr).toBe(
      `警告: MAJOR100: 2026-02-27 の銘柄ウェイト上限超過: LLY ${weight} > 10.00%\n` +
        'エラー: 2026-03: --strict では不合格（2026-02-27 → 2026-03-31、警告 1 件、コンプライアンス違反 1 件）\n',
    );
  });

  it('usage errors: ours and commander\'s', async () => {
    expect((await runInProcess(['valdate', '2026-03'], JA)).stderr).toBe("エラー: 不明なコマンド 'valdate' です（validate のことですか？）\n");
    expect((await runInProcess(['2026-3'], JA)).stderr).toBe('エラー: 月は YYYY-MM で指定してください（指定値 "2026-3"）\n');
    expect((await runInProcess(['validate', '2026-03', '--bogus'], EN)).stderr).toBe("error: unknown option '--bogus'\n");
    expect((await runInProcess(['validate', '2026-03', '--bogus'], JA)).stderr).toBe("エラー: 不明なオプション '--bogus' です\n");
    expect((await runInProcess(['validate'], JA)).stderr).toBe("エラー: 必須の引数 'month' がありません\n");
  });

  it('progress lines', async () => {
    const missing = join(await testdir({}), 'nope');
    const en = await runInProcess(['validate', '2026-03', '--data', missing, '--progress'], EN);
    const ja = await runInProcess(['validate', '2026-03', '--data', missing, '--progress'], JA);
    expect(en.stderr).toBe(`wg-report: loading ${missing}\nerror: ${missing}: data folder not found\n`);
    expect(ja.stderr).toBe(`wg-report: 読み込み: ${missing}\nエラー: ${missing}: データのフォルダがありません\n`);
  });

  it('--help, exit codes included', async () => {
    const en = await runInProcess(['validate', '--help'], EN);
    const ja = await runInProcess(['validate', '--help'], JA);
    expect(en.stdout).toContain('Exit codes:\n  0  ok\n');
    expect(en.stdout).toContain('  4  validate --strict: a warning or compliance breach\n');
    expect(ja.stdout).toContain('終了コード:\n  0  正常\n');
    expect(ja.stdout).toContain('  4  validate --strict: 警告またはコンプライアンス違反あり\n');
    expect(ja.stdout).toMatch(/^使い方: wg-report validate /);
    expect(ja.stdout).toContain('オプション:\n');
    expect(ja.stdout).not.toMatch(/Options:|Exit codes:|display help/);
  });

  it.each([[[] as string[]], [['validate']], [['notice']], [['preview']]])('every exit code line of %j --help is in Japanese', async (cmd) => {
    const ja = await runInProcess([...cmd, '--help'], JA);
    const codes = ja.stdout.split('終了コード:\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(codes.length).toBeGreaterThanOrEqual(4);
    for (const line of codes) expect(line, line).toMatch(/^ {2}\d {2}.*[\u3000-\u9fff]/);
  });

  it('LC_ALL=C wins over a Japanese LANG', async () => {
    expect((await runInProcess(['2026-3'], { LANG: 'ja_JP.UTF-8', LC_ALL: 'C' })).stderr).toBe('error: month must be YYYY-MM, got "2026-3"\n');
  });
});
