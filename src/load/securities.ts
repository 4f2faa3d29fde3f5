/**
 * securities.csv (DATA.md): `ticker` key, `name`, `sector`, `description` (may be empty, long, with
 * newlines, commas and quotes), optional `name_en`, optional `market` (a configured market id; empty or
 * absent means the first market).
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
  /** Configured market ids, the first the default; null when config.json could not be read (not checked). */
  markets: readonly string[] | null,
): Promise<Map<string, Security> | null> {
  const known = markets === null ? null : new Set(markets);
  const defaultMarket = markets?.[0] ?? 'US';
  const F = SECURITIES;
  const out = new Map<string, Security>();
  const lines = new Map<string, number>();
  const ok = await readCsv(
    ctx,
    source,
    { required: ['ticker', 'name', 'sector', 'description'] as const, optional: ['name_en', 'market'] as const },
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
      const market = c.market >= 0 && f[c.market]! !== '' ? f[c.market]! : defaultMarket;
      if (known !== null && !known.has(market)) {
        ctx.error({ file: F, line, column: 'market', value: market, message: `is not a market id of config.json (${[...known].join(', ')})` });
      }
      const security: Security = { ticker, market, name, sector, description: f[c.description]!.replace(/\r\n?/g, '\n') };
      const nameEn = c.name_en >= 0 ? f[c.name_en]! : '';
      if (nameEn !== '') security.nameEn = nameEn;
      out.set(ticker, security);
    },
  );
  return ok ? out : null;
}
