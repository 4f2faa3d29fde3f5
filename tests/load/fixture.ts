/**
 * A valid, minimal data folder as an object literal, and helpers to break exactly one thing in it.
 *
 * Calendar (the distinct dates of prices.csv): 2026-02-25 (only ZZZ, a non-held universe ticker),
 * 02-26, 02-27, 03-02 … 03-06. Snapshots: S1 on 02-26 (AAA .5, BBB .3, CASH .2) and 03-04 (AAA .4,
 * CCC .6); S2 on 02-26 (DDD 1). BBB has rows up to 03-04 only (dropped then, held through that close);
 * CCC from 03-04 only (enters then). Month 2026-03 → base 2026-02-27. securities.csv: AAA's
 * description spans lines 2-3; YYY (line 4) is held by nobody, so a test may break it alone.
 */
import { expect } from 'vitest';
import { DataError, formatIssue } from '../../src/errors.js';
import { loadDataset } from '../../src/load/dataset.js';
import type { Dataset } from '../../src/types.js';
import { testdir, type FileTree } from '../helpers/testdir.js';

export const DAYS = ['2026-02-25', '2026-02-26', '2026-02-27', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];

export function configObject(): Record<string, unknown> {
  return {
    service: { name: 'TEST SERVICE', reading: 'テスト', launchDate: '2026-02-26', ratioStartDate: '2026-02-26' },
    strategies: [
      { id: 'S1', name: '戦略1', group: 'G1', benchmark: 'SPX', traits: ['growth'] },
      { id: 'S2', name: '戦略2', benchmark: 'RUT' },
    ],
    courses: [
      { name: '戦略1', weights: { S1: 1 } },
      { name: '半々', weights: { S1: 0.5, S2: 0.5 } },
    ],
    indices: [
      { id: 'SPX', name: 'S&P 500', short: 'S&P500' },
      { id: 'RUT', name: 'Russell 2000', short: 'Russell2000' },
    ],
    weeklyIndices: ['SPX'],
    factors: [
      { id: 'growth', name: '成長性' },
      { id: 'value', name: '割安性' },
    ],
    limits: { minHoldings: 1, maxHoldings: 25, maxWeight: 1, maxSectorWeight: 1 },
  };
}

export function configJson(edit?: (c: Record<string, any>) => void): string {
  const c = configObject();
  edit?.(c);
  return JSON.stringify(c, null, 2) + '\n';
}

/** Which tickers have a row on which day. */
function priceRows(): string[] {
  const rows: string[] = [];
  DAYS.forEach((day, i) => {
    const tickers: [string, boolean][] = [
      ['AAA', i >= 1],
      ['BBB', i >= 1 && day <= '2026-03-04'],
      ['CCC', day >= '2026-03-04'],
      ['DDD', i >= 1],
      ['ZZZ', true],
    ];
    tickers.forEach(([t, has], k) => {
      if (!has) return;
      const close = (100 + 10 * k + i).toFixed(2);
      const dividend = t === 'DDD' && day === '2026-03-03' ? '0.5' : '';
      const split = t === 'AAA' && day === '2026-03-05' ? '2' : '';
      rows.push(`${day},${t},${close},${dividend},${split}`);
    });
  });
  return rows;
}

export function pricesCsv(): string {
  return ['date,ticker,close,dividend,split', ...priceRows()].join('\n') + '\n';
}

export function holdingsCsv(): string {
  return [
    'date,strategy,ticker,weight',
    '2026-02-26,S1,AAA,0.5',
    '2026-02-26,S1,BBB,0.3',
    '2026-02-26,S1,CASH,0.2',
    '2026-02-26,S2,DDD,1',
    '2026-03-04,S1,AAA,0.4',
    '2026-03-04,S1,CCC,0.6',
  ].join('\n') + '\n';
}

export function indicesCsv(): string {
  const rows = ['date,index,level', '2026-02-24,RUT,2000'];
  DAYS.slice(1).forEach((day, i) => {
    rows.push(`${day},SPX,${5000 + i}`);
    rows.push(`${day},RUT,${2000 + i}`);
  });
  return rows.join('\n') + '\n';
}

export function securitiesCsv(): string {
  return [
    'ticker,name,sector,description,name_en',
    'AAA,エーエーエー,情報技術,"説明, カンマと ""引用符""',
    'そして二行目",Triple A',
    'YYY,ワイワイ,公益,,',
    'BBB,ビービービー,金融,,',
    'CCC,シーシーシー,ヘルスケア,普通の説明,',
    'DDD,ディーディーディー,エネルギー,説明D,',
    'ZZZ,ゼット,素材,,',
  ].join('\n') + '\n';
}

export function exposuresCsv(): string {
  return [
    'date,ticker,growth,value',
    '2026-02-27,AAA,0.5,-0.2',
    '2026-02-27,BBB,-1.25,0.75',
    '2026-03-04,CCC,0.1,0.2',
    '2026-02-27,DDD,1e-1,-3.5E-1',
    '2026-02-27,ZZZ,0,0',
  ].join('\n') + '\n';
}

export function benchmarkExposuresCsv(): string {
  return ['date,benchmark,growth,value', '2026-02-27,SPX,0.1,0.1', '2026-02-27,RUT,0.3,-0.1'].join('\n') + '\n';
}

export function factorReturnsCsv(): string {
  return ['date,growth,value', ...DAYS.slice(1).map((d, i) => `${d},${(i / 1000).toFixed(4)},-0.001`)].join('\n') + '\n';
}

export function commentaryMd(): string {
  return ['## 市況概況', '月全体の概況。', '', '## 第1週', '見出しの一文', '', '本文。', '', '## ファクター動向', '動向の説明。', ''].join('\n');
}

export function validFiles(): FileTree {
  return {
    'config.json': configJson(),
    'prices.csv': pricesCsv(),
    'holdings.csv': holdingsCsv(),
    'indices.csv': indicesCsv(),
    'securities.csv': securitiesCsv(),
    'factor_exposures.csv': exposuresCsv(),
    'benchmark_exposures.csv': benchmarkExposuresCsv(),
    'factor_returns.csv': factorReturnsCsv(),
    'commentary/2026-03.md': commentaryMd(),
  };
}

/** The valid folder with some files replaced (undefined removes a file). */
export function filesWith(overrides: FileTree): FileTree {
  return { ...validFiles(), ...overrides };
}

// ---------------------------------------------------------------- text edits

/** 1-based line number of the first line that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line contains ${needle}`);
  return i + 1;
}

/** Replace the first line containing `needle`. */
export function replaceLine(text: string, needle: string, replacement: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line contains ${needle}`);
  lines[i] = replacement;
  return lines.join('\n');
}

export function removeLine(text: string, needle: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line contains ${needle}`);
  lines.splice(i, 1);
  return lines.join('\n');
}

/** Append lines (text ends with a newline). */
export function appendLines(text: string, ...lines: string[]): string {
  return text + lines.map((l) => l + '\n').join('');
}

// ---------------------------------------------------------------- loading

export const MONTH = '2026-03';

export async function load(files: FileTree, options: { month?: string; allowGaps?: boolean } = {}): Promise<Dataset> {
  const dir = await testdir(files);
  return loadDataset(dir, { month: options.month ?? MONTH, allowGaps: options.allowGaps ?? false });
}

/** Load a folder that must fail; returns the formatted problems, one a string. */
export async function problems(files: FileTree, options: { month?: string; allowGaps?: boolean } = {}): Promise<string[]> {
  const dir = await testdir(files);
  let error: unknown;
  try {
    await loadDataset(dir, { month: options.month ?? MONTH, allowGaps: options.allowGaps ?? false });
  } catch (e) {
    error = e;
  }
  expect(error, 'loading should fail').toBeInstanceOf(DataError);
  return (error as DataError).issues.map(formatIssue);
}

/** Exactly one problem, returned formatted. */
export async function theProblem(files: FileTree, options: { month?: string; allowGaps?: boolean } = {}): Promise<string> {
  const list = await problems(files, options);
  expect(list).toHaveLength(1);
  return list[0]!;
}
