/**
 * Every message a run can show is in the catalog: one-defect folders (and folders that only warn)
 * through the CLI with a Japanese locale, every line of the output in Japanese. A message added in
 * English only fails here, naming itself.
 */
import { describe, expect, it } from 'vitest';
import type { FileTree } from '../helpers/testdir.js';
import { testdir } from '../helpers/testdir.js';
import {
  appendLines,
  configJson,
  factorReturnsCsv,
  filesWith,
  holdingsCsv,
  indicesCsv,
  pricesCsv,
  replaceLine,
  securitiesCsv,
  validFiles,
} from '../load/fixture.js';
import { runInProcess } from './run.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const utf16 = Buffer.from([0xff, 0xfe, 0x41, 0x00]);

const cases: [string, FileTree, string[]?][] = [
  ['close not a number, zero, empty; bad dates; a duplicate; a short row', {
    'prices.csv': appendLines(pricesCsv(), '2026-03-06,ZZZ,x,,', '2026-03-06,QQ1,0,,', '2026-03-06,QQ2,,,', '2026/03/06,QQ3,1,,', '2026-02-30,QQ4,1,,', ',QQ5,1,,', '2026-03-06,ZZZ,1,,', '2026-03-06,QQ6', '2026-03-06,,1,-1,0', '2026-03-06,QQ7,1e999,,'),
  }],
  ['a bad quote and text after a closing quote', { 'prices.csv': appendLines(pricesCsv(), '2026-03-06,"Q"X,1,,', '2026-03-06,"QQ,1,,') }],
  ['a column missing and one twice', { 'prices.csv': 'date,ticker,ticker\n' }],
  ['an empty file, UTF-16, NUL bytes, not UTF-8 nor Shift_JIS', {
    'indices.csv': '',
    'securities.csv': utf16,
    'holdings.csv': Buffer.from('date,strategy\0'),
    'config.json': Buffer.from([0x7b, 0x80, 0x80, 0x80, 0x7d]),
  }],
  ['missing files', { 'prices.csv': undefined, 'config.json': undefined, 'factor_returns.csv': undefined }],
  ['holdings: weights, keys, references', {
    'holdings.csv': appendLines(
      replaceLine(holdingsCsv(), '2026-02-26,S2,DDD,1', '2026-02-26,S2,DDD,1.5'),
      '2026-03-04,S1,AAA,0.4',
      '2026-03-07,S9,QQQ,0.5',
      '2026-03-05,S1,,x',
      '2026-03-05,,AAA,0.1',
    ),
  }],
  ['holdings: a snapshot summing to 0.9 on a non-trading day', { 'holdings.csv': appendLines(holdingsCsv(), '2026-03-01,S2,DDD,0.9') }],
  ['securities: duplicate, empty name and sector of a held one', {
    'securities.csv': appendLines(securitiesCsv().replace('DDD,ディーディーディー,エネルギー', 'DDD,,'), 'ZZZ,ゼット,素材,,', ',x,y,,'),
  }],
  ['indices: zero level, duplicate, a configured index without rows', {
    'indices.csv': appendLines(indicesCsv().replace(/^.*RUT.*$/gm, '').replace(/\n+/g, '\n'), '2026-03-02,SPX,0', '2026-03-02,SPX,1', ',,1'),
  }],
  ['config: syntax error', { 'config.json': '{\n  "service": {,\n}' }],
  ['config: a string never closed', { 'config.json': '{\n  "service": "abc\n}' }],
  ['config: schema and references', {
    'config.json': configJson((c) => {
      c.riskFreeRate = 'x';
      c.negativeMark = '-';
      c.service.launchDate = '2026-02-30';
      delete c.service.name;
      c.strategies[0].benchmark = 'NDX';
      c.strategies[0].traits = ['quality'];
      c.strategies[1].id = 'S1';
      c.weeklyIndices = ['NDX'];
      c.courses[1].weights = { S1: 0.5, S3: 0.4 };
      c.courses.push({ name: '戦略1', weights: { S1: 1 } });
      c.limits.minHoldings = 30;
      c.limits.maxWeight = 2;
      c.indices[0].name = '';
    }),
  }],
  ['config: markets and notices', {
    'config.json': configJson((c) => {
      c.markets = [{ id: 'US', name: '米国市場' }];
      c.indices[0].market = 'JP';
      c.notice = { threshold: 0.03, severe: 0.01 };
      c.strategies[0].launchDate = '2026-02-01';
    }),
  }],
  ['securities: a market config.json does not have', {
    'securities.csv': securitiesCsv().replace('description,name_en', 'description,name_en,market').replace('DDD,ディーディーディー,エネルギー,説明D,', 'DDD,ディーディーディー,エネルギー,説明D,,JP'),
  }],
  ['config: empty lists', { 'config.json': configJson((c) => { c.strategies = []; c.courses = []; }) }],
  ['config: no factors with factor files', { 'config.json': configJson((c) => { delete c.factors; }) }],
  ['factors: a column missing', { 'factor_returns.csv': factorReturnsCsv().replace('date,growth,value', 'date,growth') }],
  ['factors: bad rows and coverage', {
    'factor_returns.csv': appendLines(factorReturnsCsv(), '2026-03-07,0,0', '2026-03-06,0,0', 'x,0,0'),
    'factor_exposures.csv': 'date,ticker,growth,value\n2026-03-05,AAA,1,1\n2026-03-05,AAA,1,1\n2026-03-05,,1,y\n',
    'benchmark_exposures.csv': 'date,benchmark,growth,value\n2026-03-05,SPX,1,1\n2026-03-05,NDX,1,1\n',
  }],
  ['a price gap', { 'prices.csv': pricesCsv().split('\n').filter((l) => !l.startsWith('2026-03-03,AAA') && !l.startsWith('2026-03-05,AAA')).join('\n') }],
  ['month not complete', {}, ['validate', '2026-03']],
  ['month without prices', {}, ['validate', '2026-05']],
  ['month before any trading day', {}, ['validate', '2026-02']],
  ['a folder that is not there', {}, ['validate', '2026-03', '--data', '/nonexistent/wg-data']],
  ['warnings only', {
    'holdings.csv': holdingsCsv().replace('2026-02-26,S1,BBB,0.3', '2026-02-26,S1,BBB,0.305'),
    'indices.csv': appendLines(indicesCsv(), '2026-03-02,NDX,1'),
    'benchmark_exposures.csv': appendLines(validFiles()['benchmark_exposures.csv'] as string, '2026-02-27,NDX,0,0'),
    'config.json': configJson((c) => { c.extra = 1; }).replace('"riskFreeRate"', '"riskFreeRate"'),
    'commentary/2026-03.md': 'preamble\n## 市況概況\ntext\n## 市況概況\nmore\n## 第9週\nx\n### sub\n## 第5週\nw\n',
  }, ['validate', '2026-03', '--partial']],
  ['no commentary, no factor files, gaps allowed', {
    'commentary/2026-03.md': undefined,
    'factor_exposures.csv': undefined,
    'benchmark_exposures.csv': undefined,
    'factor_returns.csv': undefined,
    'prices.csv': pricesCsv().split('\n').filter((l) => !l.startsWith('2026-03-03,AAA')).join('\n'),
  }, ['validate', '2026-03', '--partial', '--allow-gaps']],
  ['the notice: its commentary with every kind of problem', {
    'commentary/notice-2026-03-S1.md': 'preamble\n## 概況\nx\n## 他の戦略\n### NOPE\ny\n## Q&A\n### 質問だけ\n## 市況環境\n#### sub\ntext\n## 市況環境\nmore\n',
  }, ['validate', '2026-03', '--partial', '--notice', 'S1']],
  ['the notice: no commentary file', {}, ['validate', '2026-03', '--partial', '--notice', 'S1']],
  ['the notice: an unknown strategy', {}, ['validate', '2026-03', '--partial', '--notice', 'S9']],
];

describe('every message of a run in Japanese', () => {
  for (const [name, overrides, args] of cases) {
    it(name, async () => {
      const dir = await testdir(filesWith(overrides));
      const argv = args ?? ['validate', '2026-03', '--partial'];
      const r = await runInProcess(argv.includes('--data') ? argv : [...argv, '--data', dir], { LANG: 'ja_JP.UTF-8' });
      const lines = (r.stderr + r.stdout).trimEnd().split('\n').filter((l) => l !== '');
      if (process.env.SHOW) console.log(lines.join("\n"));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((l) => !JAPANESE.test(l))).toEqual([]);
    });
  }
});

describe('render\'s messages in Japanese', () => {
  const ja = { LANG: 'ja_JP.UTF-8' };
  // Lines that are commands to type stay as they are.
  const command = /^\s+(sudo |apt|fc-list)/;

  it('an --out that is a file', async () => {
    const dir = await testdir({ 'file.txt': 'x' });
    const r = await runInProcess(['2026-03', '--out', `${dir}/file.txt`], ja);
    expect(r.code).toBe(2);
    // (After the warning that the data is the bundled sample.)
    expect(r.stderr).toMatch(/\nエラー: --out .*file\.txt: フォルダではありません\n$/);
    expect(r.stderr.trimEnd().split('\n').filter((l) => !JAPANESE.test(l))).toEqual([]);
  });

  it('a month folder holding a file wg-report did not write', async () => {
    const dir = await testdir({ '2026-03/承認メモ.txt': 'x' });
    const r = await runInProcess(['2026-03', '--out', dir, '--format', 'json'], ja);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => !JAPANESE.test(l))).toEqual([]);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}.*承認メモ\.txt（wg-report が書いたものではありません）$/));
  });

  it('Chromium missing', async () => {
    const dir = await testdir({});
    const r = await runInProcess(['2026-03', '--out', dir, '--format', 'pdf', '--chromium', '/nonexistent/chromium'], ja);
    expect(r.code).toBe(3);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^警告: MAJOR100: /));
    expect(lines.find((l) => l.startsWith("エラー: "))).toBe('エラー: /nonexistent/chromium に Chromium がありません（--chromium）。Chromium と日本語フォントを次のコマンドで入れてください:');
    expect(lines.filter((l) => !JAPANESE.test(l) && !command.test(l))).toEqual([]);
  });
});

describe('dates and the sample in Japanese', () => {
  it('an --as-of before the month end, and the sample under render --strict', async () => {
    const dir = await testdir({});
    const early = await runInProcess(['2026-03', '--out', dir, '--format', 'json', '--as-of', '2026-03-01', '--data', await testdir(validFiles()), '--partial'], { LANG: 'ja_JP.UTF-8' });
    expect(early.stderr).toContain('警告: --as-of 2026-03-01 はレポートが対象とする最終取引日 2026-03-06 より前です: 自身の数値より前の日付になります\n');
    expect(early.stderr.trimEnd().split('\n').filter((l) => !JAPANESE.test(l))).toEqual([]);
    const sample = await runInProcess(['2026-03', '--out', dir, '--strict'], { LANG: 'ja_JP.UTF-8' });
    expect(sample.code).toBe(2);
    expect(sample.stderr).toMatch(/^エラー: --strict: --data がないか、同梱の架空サンプル（.*）です。--data <フォルダ> を指定してください\n$/);
  });
});
