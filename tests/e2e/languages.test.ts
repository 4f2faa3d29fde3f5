/** The real binary speaks the locale's language (issue 8, part 8); the in-process tests are in tests/cli/. */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('bin/wg-report.js and the locale', () => {
  it('the same usage error in English and in Japanese', async () => {
    const en = await runCli(['valdate', '2026-03'], { LANG: 'C.UTF-8' });
    const ja = await runCli(['valdate', '2026-03'], { LANG: 'ja_JP.UTF-8' });
    expect([en.code, ja.code]).toEqual([2, 2]);
    expect(en.stderr).toBe("error: unknown command 'valdate' (did you mean validate?)\n");
    expect(ja.stderr).toBe("エラー: 不明なコマンド 'valdate' です（validate のことですか？）\n");
  });

  it('validate --strict exits 4 on the sample\'s compliance breach, in Japanese under LC_ALL', async () => {
    const r = await runCli(['validate', '2026-03', '--strict'], { LC_ALL: 'ja_JP.UTF-8' });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^警告: MAJOR100: 2026-02-27 の銘柄ウェイト上限超過: LLY \d+\.\d\d% > 10\.00%\nエラー: 2026-03: --strict では不合格/);
  });
});
