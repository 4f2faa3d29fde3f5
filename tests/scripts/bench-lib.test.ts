/**
 * The pure parts of `npm run bench` (scripts/bench-lib.ts) and of the CPU profile summary
 * (scripts/profile-summary.ts). The bench itself times processes and is run by hand, not here.
 */
import { describe, expect, it } from 'vitest';
import {
  MIN_RUNS_FOR_VERDICT,
  TARGETS,
  UsageError,
  formatTable,
  isCompleteUniverse,
  linearFit,
  median,
  megabytes,
  pairOrder,
  paired,
  roundOrder,
  parseBenchArgs,
  seconds,
  verdict,
} from '../../scripts/bench-lib.js';
import { areaOf, formatProfile, shortUrl, summariseProfile, type CpuProfile } from '../../scripts/profile-summary.js';

describe('parseBenchArgs', () => {
  it('defaults to 5 runs of every case, with the preview, no JSON, no scaling, no profile', () => {
    expect(parseBenchArgs([])).toEqual({ runs: 5, data: undefined, only: ['a', 'b', 'c'], json: undefined, scaling: false, profile: false, preview: true, help: false });
  });

  it('reads every option, spaced or with =, and keeps the cases in a, b, c order', () => {
    expect(parseBenchArgs(['--runs', '7', '--data=/tmp/u', '--only', 'c,A', '--json', 'f.json', '--profile', '--no-preview'])).toEqual({
      runs: 7, data: '/tmp/u', only: ['a', 'c'], json: 'f.json', scaling: false, profile: true, preview: false, help: false,
    });
    expect(parseBenchArgs(['--scaling', '--runs=1']).scaling).toBe(true);
    expect(parseBenchArgs(['-h']).help).toBe(true);
  });

  it('refuses bad values and unknown arguments with a usage error', () => {
    for (const argv of [['--runs', '0'], ['--runs', '2.5'], ['--runs', 'x'], ['--runs'], ['--only', 'a,d'], ['--data'], ['--bogus'], ['--profile=yes'], ['extra']]) {
      expect(() => parseBenchArgs(argv), argv.join(' ')).toThrow(UsageError);
    }
    expect(() => parseBenchArgs(['--only', 'a,d'])).toThrow('--only takes a, b and c, comma-separated: a,d');
  });
});

describe('median and paired runs', () => {
  it('takes the middle value, or the mean of the middle two, without sorting its input in place', () => {
    const xs = [5, 1, 4, 2, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 4, 2, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });

  it('alternates which side of a pair runs first', () => {
    expect([0, 1, 2, 3].map(pairOrder)).toEqual([['ours', 'floor'], ['floor', 'ours'], ['ours', 'floor'], ['floor', 'ours']]);
  });

  it('rotates the order of the commands from round to round', () => {
    expect([0, 1, 2, 3].map((r) => roundOrder(r, 3))).toEqual([[0, 1, 2], [1, 2, 0], [2, 0, 1], [0, 1, 2]]);
    expect(roundOrder(5, 1)).toEqual([0]);
  });

  it('uses the median of the paired ratios, not the ratio of the medians', () => {
    // Pair 3 ran when the machine was busy: both sides slow, its ratio ordinary.
    const p = paired([2000, 2100, 6000], [1000, 1000, 3000]);
    expect(p.ratios).toEqual([2, 2.1, 2]);
    expect(p.ratio).toBe(2);
    expect(p.oursMedian).toBe(2100);
    expect(p.floorMedian).toBe(1000);
    expect(() => paired([1, 2], [1])).toThrow('unpaired');
    expect(() => paired([], [])).toThrow('unpaired');
  });
});

describe('verdict', () => {
  it('is met at or under the target, and for (a) only with the peak RSS within its limit too', () => {
    expect(verdict(1.5, TARGETS.a, 5)).toBe('yes');
    expect(verdict(1.51, TARGETS.a, 5)).toBe('no');
    expect(verdict(1.2, TARGETS.a, 9, { mb: 512, limitMb: 512 })).toBe('yes');
    expect(verdict(1.2, TARGETS.a, 9, { mb: 513, limitMb: 512 })).toBe('no');
    expect(verdict(1.2, TARGETS.a, 5, { mb: Infinity, limitMb: 512 })).toBe('no'); // RSS not measured
  });

  it('gives none on fewer than 5 paired runs', () => {
    expect(MIN_RUNS_FOR_VERDICT).toBe(5);
    expect(verdict(1, TARGETS.b, 4)).toBe('(runs < 5)');
  });

  it('has issue 13 part 5 as its targets', () => {
    expect(TARGETS).toEqual({ a: 1.5, b: 1.3, c: 3 });
  });
});

describe('formatting', () => {
  it('pads columns to their widest cell: the first left, the figures right, a rule under the header', () => {
    expect(formatTable(['case', 'ours', 'met?'], [['a', '2.40 s', 'yes'], ['long name', '12.06 s', 'no']])).toBe(
      ['case          ours  met?', '---------  -------  ----', 'a           2.40 s   yes', 'long name  12.06 s    no'].join('\n'),
    );
  });

  it('fills a short row with empty cells', () => {
    expect(formatTable(['x', 'y'], [['1']])).toBe('x  y\n-  -\n1');
  });

  it('writes seconds and megabytes', () => {
    expect(seconds(2404.4)).toBe('2.40 s');
    expect(megabytes(215_040)).toBe('210 MB');
  });
});

describe('linearFit', () => {
  it('finds the fixed cost and the cost per unit of points on a line, and the least-squares line of others', () => {
    const fit = linearFit([{ x: 1, y: 3 }, { x: 3, y: 7 }, { x: 12, y: 25 }]);
    expect(fit.intercept).toBeCloseTo(1, 10);
    expect(fit.slope).toBeCloseTo(2, 10);
    const ls = linearFit([{ x: 0, y: 0 }, { x: 1, y: 2 }, { x: 2, y: 1 }]);
    expect(ls.slope).toBeCloseTo(0.5, 10);
    expect(ls.intercept).toBeCloseTo(0.5, 10);
  });

  it('needs two distinct x', () => {
    expect(() => linearFit([{ x: 1, y: 1 }])).toThrow();
    expect(() => linearFit([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toThrow();
  });
});

describe('isCompleteUniverse', () => {
  const marker = JSON.stringify({ generator: 'scripts/generate-sample.ts', universe: 5000, files: { 'prices.csv': 100, 'commentary/2026-03.md': 7 } });
  const sizes = (m: Record<string, number>) => (f: string) => m[f];

  it('is complete when the marker is for these arguments and every file has its size', () => {
    expect(isCompleteUniverse(marker, 5000, sizes({ 'prices.csv': 100, 'commentary/2026-03.md': 7 }))).toBe(true);
  });

  it('is not without a marker, for another universe, or with a file missing or of another size', () => {
    expect(isCompleteUniverse(undefined, 5000, sizes({ 'prices.csv': 100 }))).toBe(false);
    expect(isCompleteUniverse(marker, 500, sizes({ 'prices.csv': 100, 'commentary/2026-03.md': 7 }))).toBe(false);
    expect(isCompleteUniverse(marker, 5000, sizes({ 'prices.csv': 100 }))).toBe(false);
    expect(isCompleteUniverse(marker, 5000, sizes({ 'prices.csv': 99, 'commentary/2026-03.md': 7 }))).toBe(false);
  });

  it('is not with a broken marker or one that names no prices.csv', () => {
    expect(isCompleteUniverse('{"generator": "scripts/gen', 5000, () => 1)).toBe(false);
    expect(isCompleteUniverse(JSON.stringify({ generator: 'scripts/generate-sample.ts', universe: 5000, files: {} }), 5000, () => 1)).toBe(false);
    expect(isCompleteUniverse('null', 5000, () => 1)).toBe(false);
  });
});

describe('summariseProfile', () => {
  const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber });
  // Samples at 100, 110, 140, 150, 170 µs; the profile ends at 200.
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '', -1), children: [2, 3, 4] },
      { id: 2, callFrame: frame('parse', 'file:///repo/dist/load/csv.js', 52) },
      { id: 3, callFrame: frame('', 'file:///repo/dist/load/csv.js', 9) },
      { id: 4, callFrame: frame('(garbage collector)', '', -1) },
      { id: 5, callFrame: frame('update', 'node:internal/crypto/hash', 131) },
    ],
    startTime: 90,
    endTime: 200,
    samples: [2, 2, 4, 3, 5],
    timeDeltas: [10, 10, 30, 10, 20],
  };

  it('counts each sample until the next one (the last until the end), by function and by file', () => {
    const s = summariseProfile(profile, '/repo');
    expect(s.total).toBe(100);
    expect(s.functions).toEqual([
      { name: 'parse dist/load/csv.js:53', self: 40, share: 0.4 },
      { name: '(anonymous) dist/load/csv.js:10', self: 20, share: 0.2 },
      { name: '(garbage collector)', self: 10, share: 0.1 },
      { name: 'update node:internal/crypto/hash:132', self: 30, share: 0.3 },
    ].sort((a, b) => b.self - a.self));
    expect(s.files.map((f) => [f.name, f.self])).toEqual([['dist/load/csv.js', 60], ['node:internal/crypto/hash', 30], ['(garbage collector)', 10]]);
    expect(s.areas.map((f) => [f.name, f.self])).toEqual([['dist/load', 60], ['node: other', 30], ['(garbage collector)', 10]]);
  });

  it('prints the top functions and files with their share', () => {
    const text = formatProfile(summariseProfile(profile, '/repo'), 2);
    expect(text).toContain('sampled: 0.00 s');
    expect(text).toMatch(/parse dist\/load\/csv\.js:53 +0 ms +40\.0 %/);
    expect(text).not.toContain('(garbage collector)');
  });

  it("puts a file in its area: a folder of dist/, a package, Node's module loading or the rest of Node", () => {
    expect(areaOf('dist/load/csv.js')).toBe('dist/load');
    expect(areaOf('dist/cli.js')).toBe('dist/cli.js');
    expect(areaOf('node_modules/ajv/dist/compile/codegen/code.js')).toBe('node_modules/ajv');
    expect(areaOf('node_modules/@scope/pkg/x.js')).toBe('node_modules/@scope/pkg');
    expect(areaOf('/usr/lib/node_modules/tsx/dist/a.js')).toBe('node_modules/tsx');
    expect(areaOf('node:internal/modules/esm/utils')).toBe('node: module loading');
    expect(areaOf('node:internal/crypto/hash')).toBe('node: other');
    expect(areaOf('(native)')).toBe('(native)');
  });

  it('shortens urls: relative to the root, node: as they are, none as (native)', () => {
    expect(shortUrl('file:///repo/node_modules/echarts/index.js', '/repo/')).toBe('node_modules/echarts/index.js');
    expect(shortUrl('file:///elsewhere/x.js', '/repo')).toBe('/elsewhere/x.js');
    expect(shortUrl('node:fs', '/repo')).toBe('node:fs');
    expect(shortUrl('', '/repo')).toBe('(native)');
  });
});
