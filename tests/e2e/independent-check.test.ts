/**
 * report.json's strategy returns against a second implementation written separately, in Python, that
 * reads the raw CSVs itself and values positions in currency units (tests/e2e/independent_nav.py).
 * Neither the loader nor the NAV recurrence of src/ is involved on that side. With two markets it builds
 * each market's calendar itself from securities.csv's `market` column, so SAMURAI25 (TSE days) is checked
 * on a calendar the product did not hand it.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportModel } from '../../src/types.js';
import { ROOT, SAMPLE, removeDir, runCli, tempDir } from './helpers.js';

describe('strategy returns agree with an independent implementation', () => {
  for (const [month, base, end, starts] of [
    ['2026-03', '2026-02-27', '2026-03-31', { '3m': '2025-12-31', '6m': '2025-09-30', '1y': '2025-03-31', sinceLaunch: '2025-02-13' }],
    ['2025-12', '2025-11-28', '2025-12-31', { '3m': '2025-09-30', '6m': '2025-06-30', sinceLaunch: '2025-02-13' }],
  ] as const) {
    it(`${month}: month return and trailing returns`, async () => {
      const out = await tempDir('independent');
      try {
        const r = await runCli([month, '--out', out, '--format', 'json']);
        expect(r.code, r.stderr).toBe(0);
        const report = JSON.parse(await readFile(join(out, month, 'report.json'), 'utf8')) as ReportModel;
        const dates = [base, end, ...Object.values(starts)];
        const values = JSON.parse(
          execFileSync('python3', [join(ROOT, 'tests', 'e2e', 'independent_nav.py'), SAMPLE, ...dates], { encoding: 'utf8' }),
        ) as Record<string, Record<string, number>>;
        // These dates are NYSE days; SAMURAI25 (TSE days: 2025-12-31 is closed) is checked by the 2026-01 case.
        for (const s of report.strategies.filter((x) => x.market === 'US')) {
          const v = values[s.id]!;
          expect(s.monthReturn).toBeCloseTo(v[end]! / v[base]! - 1, 13);
          for (const [key, start] of Object.entries(starts)) {
            expect(s.trailing[key as keyof typeof s.trailing], `${s.id} ${key}`).toBeCloseTo(v[end]! / v[start]! - 1, 12);
          }
        }
      } finally {
        await removeDir(out);
      }
    });
  }

  it('2026-01 (the done-when of issue 10): every strategy\'s month, benchmark, trailing windows and Sharpe on its own market\'s calendar', async () => {
    const out = await tempDir('independent');
    try {
      const r = await runCli(['2026-01', '--out', out, '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(await readFile(join(out, '2026-01', 'report.json'), 'utf8')) as ReportModel;
      type Independent = {
        market: string; base: string; end: string; month: number; benchmark: number; sharpe: number;
        trailing: Record<string, number | null>; benchmarkTrailing: Record<string, number>;
      };
      const values = JSON.parse(
        execFileSync('python3', [join(ROOT, 'tests', 'e2e', 'independent_nav.py'), SAMPLE, '--month', '2026-01'], { encoding: 'utf8' }),
      ) as Record<string, Independent>;
      expect(report.strategies.map((s) => s.id)).toEqual(['MAJOR100', 'NEXT100', 'SAMURAI25']);
      // By hand: the TSE's last day of 2025 is 2025-12-30 (closed Dec 31–Jan 3), 2026-01-30 a Friday.
      expect(values.SAMURAI25).toMatchObject({ market: 'JP', base: '2025-12-30', end: '2026-01-30' });
      expect(values.MAJOR100).toMatchObject({ market: 'US', base: '2025-12-31', end: '2026-01-30' });
      for (const s of report.strategies) {
        const v = values[s.id]!;
        expect([s.market, s.base, s.end], s.id).toEqual([v.market, v.base, v.end]);
        expect(Math.abs(s.monthReturn - v.month), `${s.id} month`).toBeLessThan(1e-9);
        expect(Math.abs(s.benchmarkReturn - v.benchmark), `${s.id} benchmark`).toBeLessThan(1e-9);
        expect(Math.abs(s.excessReturn - (v.month - v.benchmark)), `${s.id} excess`).toBeLessThan(1e-9);
        for (const key of ['3m', '6m', '1y', 'sinceLaunch'] as const) {
          const mine = v.trailing[key]!;
          if (mine === null) expect(s.trailing[key], `${s.id} ${key}`).toBeNull();
          else expect(Math.abs(s.trailing[key]! - mine), `${s.id} ${key}`).toBeLessThan(1e-9);
        }
        expect(Math.abs(s.sharpe! - v.sharpe), `${s.id} sharpe`).toBeLessThan(1e-9);
      }
      // TOPIX's row (an index of the JP market) on the JP windows; 1y starts before the launch: null.
      const topix = report.indices.find((x) => x.id === 'TOPIX')!;
      expect(Math.abs(topix.monthReturn - values.SAMURAI25!.benchmark)).toBeLessThan(1e-9);
      for (const key of ['3m', '6m'] as const) {
        expect(Math.abs(topix.trailing[key]! - values.SAMURAI25!.benchmarkTrailing[key]!), `TOPIX ${key}`).toBeLessThan(1e-9);
      }
      expect(topix.trailing['1y']).toBeNull();
      // The US scenario's January: NEXT100 lags the Russell 2000 by more than the notice threshold (3%).
      expect(values.NEXT100!.month - values.NEXT100!.benchmark).toBeLessThan(-0.03);
    } finally {
      await removeDir(out);
    }
  });
});
