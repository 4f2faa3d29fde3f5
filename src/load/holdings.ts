/**
 * holdings.csv (DATA.md): `date` key, `strategy` key, `ticker` key, `weight` (0 < w ≤ 1).
 * A snapshot is all rows of one (date, strategy); its date must be a trading day; its weights must sum
 * to 1 within 0.0005 (renormalised silently), within 0.01 (renormalised with a warning), else error.
 * `CASH` is allowed; every other ticker must be in prices.csv and securities.csv.
 */
import type { Config, Security, Snapshot } from '../types.js';
import { CONFIG } from './config.js';
import type { LoadContext } from './context.js';
import { readCsv } from './csv.js';
import type { TextSource } from './text.js';
import { dateField, numberField } from './fields.js';
import type { Prices } from './prices.js';

export const HOLDINGS = 'holdings.csv';
export const CASH = 'CASH';

const SILENT_TOLERANCE = 0.0005;
const WARN_TOLERANCE = 0.01;
const EPS = 1e-12;

export interface HoldingRow {
  line: number;
  date: string;
  /** False when the date is not a valid ISO date (already reported). */
  dateOk: boolean;
  strategy: string;
  ticker: string;
  /** NaN when invalid (already reported). */
  weight: number;
}

export interface HoldingsFile {
  rows: HoldingRow[];
  /** Every ticker some row holds, but CASH. */
  held: Set<string>;
}

export async function readHoldings(ctx: LoadContext, source: TextSource): Promise<HoldingsFile | null> {
  const F = HOLDINGS;
  const rows: HoldingRow[] = [];
  const held = new Set<string>();
  const seen = new Map<string, number>();
  const ok = await readCsv(ctx, source, { required: ['date', 'strategy', 'ticker', 'weight'] as const }, (f, line, c) => {
    const date = f[c.date]!;
    const dateOk = !Number.isNaN(dateField(ctx, F, line, 'date', date));
    const strategy = f[c.strategy]!;
    const ticker = f[c.ticker]!;
    if (strategy === '') ctx.error({ file: F, line, column: 'strategy', value: '', message: 'is empty' });
    if (ticker === '') ctx.error({ file: F, line, column: 'ticker', value: '', message: 'is empty' });
    const weight = numberField(ctx, F, line, 'weight', f[c.weight]!, { min: 0, exclusiveMin: true, max: 1 });
    if (strategy === '' || ticker === '') return;
    const key = `${date}\u0000${strategy}\u0000${ticker}`;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.error({
        file: F,
        line,
        message: `duplicate date "${date}", strategy "${strategy}", ticker "${ticker}" (first at line ${first})`,
      });
      return;
    }
    seen.set(key, line);
    if (ticker !== CASH) held.add(ticker);
    rows.push({ line, date, dateOk, strategy, ticker, weight });
  });
  return ok ? { rows, held } : null;
}

/**
 * Group the rows into snapshots and check them against config, prices and securities (each of which
 * may be null when it could not be read: its checks are then skipped). Every configured strategy gets
 * an entry, snapshots ascending by date.
 */
export function buildSnapshots(
  ctx: LoadContext,
  holdings: HoldingsFile,
  config: Config | null,
  prices: Prices | null,
  securities: ReadonlyMap<string, Security> | null,
): Map<string, Snapshot[]> {
  const F = HOLDINGS;
  const strategyIds = new Set(config?.strategies.map((s) => s.id));
  // Each strategy's snapshots are dated on its own market's trading days.
  const marketIndex = new Map(config?.markets.map((m, i) => [m.id, i]));
  const strategyMarket = new Map(config?.strategies.map((s) => [s.id, s.market]));
  const several = (config?.markets.length ?? 1) > 1;
  const calendars = prices === null ? null : prices.markets.map((m) => new Set(m.calendar));
  const calendarOf = (strategy: string): Set<string> | null => {
    if (calendars === null) return null;
    if (!several) return calendars[0] ?? null;
    const i = marketIndex.get(strategyMarket.get(strategy) ?? '');
    return i === undefined ? null : (calendars[i] ?? null);
  };

  // Row-level references, each reported once at its first line.
  const reported = new Set<string>();
  const once = (key: string, report: () => void) => {
    if (!reported.has(key)) {
      reported.add(key);
      report();
    }
  };
  for (const r of holdings.rows) {
    if (config !== null && !strategyIds.has(r.strategy)) {
      once(`s:${r.strategy}`, () =>
        ctx.error({ file: F, line: r.line, column: 'strategy', value: r.strategy, message: 'is not a strategy id of config.json' }),
      );
    }
    if (r.ticker === CASH) continue;
    if (prices !== null && !prices.tickers.has(r.ticker)) {
      once(`p:${r.ticker}`, () =>
        ctx.error({ file: F, line: r.line, column: 'ticker', value: r.ticker, message: 'is not in prices.csv' }),
      );
    }
    const security = securities?.get(r.ticker);
    if (securities !== null && security === undefined) {
      once(`q:${r.ticker}`, () =>
        ctx.error({ file: F, line: r.line, column: 'ticker', value: r.ticker, message: 'is not in securities.csv' }),
      );
    }
    const own = strategyMarket.get(r.strategy);
    if (security !== undefined && own !== undefined && security.market !== own) {
      once(`m:${r.strategy}:${r.ticker}`, () =>
        ctx.error({
          file: F,
          line: r.line,
          column: 'ticker',
          value: r.ticker,
          message: `is a security of market ${security.market}, but strategy ${r.strategy} is of market ${own} (a strategy holds only its own market's securities and CASH)`,
        }),
      );
    }
  }

  // Snapshots.
  const groups = new Map<string, HoldingRow[]>();
  for (const r of holdings.rows) {
    if (!r.dateOk) continue;
    const key = `${r.strategy}\u0000${r.date}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = []));
    g.push(r);
  }
  const out = new Map<string, Snapshot[]>();
  for (const s of config?.strategies ?? []) out.set(s.id, []);
  for (const rows of groups.values()) {
    const first = rows[0]!;
    const { strategy, date, line } = first;
    const calendar = calendarOf(strategy);
    if (calendar !== null && !calendar.has(date)) {
      ctx.error({
        file: F,
        line,
        column: 'date',
        value: date,
        message: several
          ? `is not a trading day of market ${strategyMarket.get(strategy)} (no prices.csv row of its securities has this date): snapshot of ${strategy}`
          : `is not a trading day (no prices.csv row has this date): snapshot of ${strategy}`,
      });
    }
    const weights = new Map<string, number>();
    let sum = 0;
    let valid = true;
    for (const r of rows) {
      if (Number.isNaN(r.weight)) valid = false;
      sum += r.weight;
      weights.set(r.ticker, r.weight);
    }
    if (valid) {
      const off = Math.abs(sum - 1);
      const what = `weights of ${strategy} on ${date} sum to ${sum.toFixed(4)}`;
      if (off > WARN_TOLERANCE + EPS) {
        ctx.error({ file: F, line, message: `${what}, not 1 (tolerance ${WARN_TOLERANCE})` });
      } else {
        if (off > SILENT_TOLERANCE + EPS) ctx.warn({ file: F, line, message: `${what}: renormalised to 1` });
        for (const [t, w] of weights) weights.set(t, w / sum);
      }
    }
    if (config !== null && !strategyIds.has(strategy)) continue;
    let list = out.get(strategy);
    if (list === undefined) out.set(strategy, (list = []));
    list.push({ strategy, date, line, weights });
  }
  for (const list of out.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // A strategy's own inception (for notices) cannot precede its track record.
  config?.strategies.forEach((s, i) => {
    const first = out.get(s.id)?.[0];
    if (s.launchDate !== undefined && first !== undefined && s.launchDate < first.date) {
      ctx.error({
        file: CONFIG,
        path: `strategies[${i}].launchDate`,
        value: s.launchDate,
        message: `is before the first snapshot of ${s.id} (${first.date}, holdings.csv line ${first.line})`,
      });
    }
  });
  return out;
}
