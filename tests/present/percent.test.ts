import { describe, expect, it } from 'vitest';
import { formatPercent, formatRatio, formatSignedPercent } from '../../src/present/percent.js';

describe('percentages: shortest decimal × 100, rounded half away from zero (REPORT.md)', () => {
  it.each([
    [0.00015, '0.02%'], // 0.015% → half rounds away from zero (toFixed would give 0.01%)
    [-0.00015, '-0.02%'],
    [0.000125, '0.01%'], // 0.0125% → 0.01%
    [0.0303, '3.03%'],
    [-0.0227, '-2.27%'],
    [-0.066, '-6.60%'],
    [0.005, '0.50%'],
    [1.005, '100.50%'], // 1.005 is 1.00499999999999989… as a double; the decimal "1.005" is what counts
    [0.00005, '0.01%'], // 0.005% → 0.01%
    [0.000049999, '0.00%'],
    [12.3456, '1234.56%'],
    [1e-7, '0.00%'], // String(1e-7) is exponential form
    [-2.5e-6, '0.00%'],
    [1.5e21, '150000000000000000000000.00%'],
  ])('%s → %s', (x, expected) => {
    expect(formatPercent(x)).toBe(expected);
  });

  it('a value that rounds to zero prints 0.00% without a sign', () => {
    expect(formatPercent(-0.00004)).toBe('0.00%');
    expect(formatPercent(-0)).toBe('0.00%');
    expect(formatSignedPercent(-0.00004, '△')).toBe('0.00%');
    expect(formatSignedPercent(0, '△')).toBe('0.00%');
  });

  it('null prints -', () => {
    expect(formatPercent(null)).toBe('-');
  });

  it('rejects what is not a finite number', () => {
    expect(() => formatPercent(Number.NaN)).toThrow();
    expect(() => formatPercent(Number.POSITIVE_INFINITY)).toThrow();
  });
});

describe('headline style: + or the configured negative mark', () => {
  it.each([
    [0.0303, '△', '+3.03%'],
    [-0.0227, '△', '△2.27%'],
    [-0.0227, '▲', '▲2.27%'],
    [-0.00015, '△', '△0.02%'],
    [0.00015, '▲', '+0.02%'],
  ])('%s with %s → %s', (x, mark, expected) => {
    expect(formatSignedPercent(x, mark)).toBe(expected);
  });
});

describe('ratios: two decimals, half away from zero', () => {
  it.each([
    [1.745, '1.75'], // binary 1.74499999… but decimal 1.745
    [1.0049999, '1.00'],
    [-0.004, '0.00'],
    [-0.005, '-0.01'],
    [3.48, '3.48'],
    [null, '-'],
  ])('%s → %s', (x, expected) => {
    expect(formatRatio(x)).toBe(expected);
  });
});
