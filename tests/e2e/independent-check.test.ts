/**
 * report.json's strategy returns against a second implementation written separately, in Python, that
 * reads the raw CSVs itself and values positions in currency units (tests/e2e/independent_nav.py).
 * Neither the loader nor the NAV recurrence of src/ is involved on that side.
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
        for (const s of report.strategies) {
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
});
