import { describe, expect, it } from 'vitest';
import { emWidth, runningHeaderSize } from '../../src/present/running-header.js';

describe('runningHeaderSize: the header stays on one line of the 180 mm page box', () => {
  it('counts full-width characters as 1 em and ASCII as 0.62 em', () => {
    expect(emWidth('あいう')).toBe(3);
    expect(emWidth('AB')).toBeCloseTo(1.24, 10);
  });

  it('keeps 7.5pt when title and provider fit (the sample: about 38 em)', () => {
    expect(runningHeaderSize('WEALTH GROWTH 月間運用実績レポート（2026年3月）', '株式会社サンプル投資顧問')).toBe('7.5pt');
    // 100 capitals = 62 em: 168 mm / 62 em = 2.71 mm = 7.68pt, still capped at 7.5pt
    expect(runningHeaderSize('A'.repeat(100), '')).toBe('7.5pt');
  });

  it('shrinks for a long name: 80 em → 168 mm / 80 = 2.1 mm = 5.95pt → 5.9pt', () => {
    expect(runningHeaderSize('あ'.repeat(60), 'い'.repeat(20))).toBe('5.9pt');
  });

  it('never below 5.5pt (the stylesheet clips what is longer still)', () => {
    expect(runningHeaderSize('あ'.repeat(200), '')).toBe('5.5pt');
  });
});
