/**
 * securities.csv (DATA.md): `ticker` key, `name`, `sector`, `description` (may be empty, long, with
 * newlines, commas and quotes), optional `name_en`.
 */
import type { Security } from '../types.js';
import type { LoadContext } from './context.js';
import { readCsv } from './csv.js';
import type { TextSource } from './text.js';

export const SECURITIES = 'securities.csv';

/**
 * All securities (the report needs names, sectors and descriptions of held ones; the rest are cheap).
 * A held security needs a name and a sector (the report and the sector limit use them): error if empty.
 */
export async function loadSecurities(
  ctx: LoadContext,
  source: TextSource,
  held: ReadonlySet<string>,
): Promise<Map<string, Security> | null> {
  const F = SECURITIES;
  const out = new Map<string, Security>();
  const lines = new Map<string, number>();
  const ok = await readCsv(
    ctx,
    source,
    { required: ['ticker', 'name', 'sector', 'description'] as const, optional: ['name_en'] as const },
    (f, line, c) => {
      const ticker = f[c.ticker]!;
      if (ticker === '') {
        ctx.error({ file: F, line, column: 'ticker', value: '', message: 'is empty' });
        return;
      }
      const first = lines.get(ticker);
      if (first !== undefined) {
        ctx.error({ file: F, line, message: `duplicate ticker "${ticker}" (first at line ${first})` });
        return;
      }
      lines.set(ticker, line);
      const name = f[c.name]!;
      const sector = f[c.sector]!;
      if (held.has(ticker)) {
        if (name === '') ctx.error({ file: F, line, column: 'name', value: '', message: `is empty (${ticker} is held)` });
        if (sector === '') ctx.error({ file: F, line, column: 'sector', value: '', message: `is empty (${ticker} is held)` });
      }
      const security: Security = { ticker, name, sector, description: f[c.description]!.replace(/\r\n?/g, '\n') };
      const nameEn = c.name_en >= 0 ? f[c.name_en]! : '';
      if (nameEn !== '') security.nameEn = nameEn;
      out.set(ticker, security);
    },
  );
  return ok ? out : null;
}
