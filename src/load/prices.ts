/**
 * prices.csv (DATA.md): `date` key, `ticker` key, `close` > 0, `dividend` ≥ 0 (default 0),
 * `split` > 0 (default 1). The file may be a whole universe (thousands of tickers, years of days):
 * every row is validated, but only the held tickers' numbers are kept. The trading calendar of a market
 * is the distinct dates of the rows of its securities; with one market, of ALL rows (DATA.md "Markets").
 */
import type { IsoDate, PriceSeries } from '../types.js';
import type { LoadContext } from './context.js';
import { NOT_UTF8, readCsv, readCsvBytes, type Columns, type FastRow } from './csv.js';
import { UnreadableError, type ByteSource } from './text.js';
import { dayToIso, isoDay } from '../dates.js';
import { numberField, reportBadDate } from './fields.js';
import { DayBytes, decimalValue, KeyBytes, lineEnd, plainDecimal, skipField, type KeyEntry } from './plain.js';
import { RowTracks, type RowTrack } from './rows.js';

export const PRICES = 'prices.csv';

/** One market's trading days. */
export interface MarketDays {
  /** Ascending. */
  calendar: IsoDate[];
  /** The same as day numbers. */
  calendarDays: number[];
  /** Day number → calendar index. */
  dayIndex: Map<number, number>;
}

/** Which market each ticker trades on, as an index into the configured markets. */
export interface MarketMap {
  /** Number of configured markets (1 when config.json has no `markets`). */
  count: number;
  /** The market index of a ticker in securities.csv; -1 for a ticker it does not list. */
  of(ticker: string): number;
}

export interface Prices {
  /** Config.markets order → the market's trading days. */
  markets: MarketDays[];
  /** Held ticker (with rows) → its market index. */
  marketOf: Map<string, number>;
  /** Every ticker with at least one row (universe-sized, but only one string per ticker). */
  tickers: Set<string>;
  /** The held tickers that have rows, aligned to the calendar; ticker order. */
  series: Map<string, PriceSeries>;
}

const SPEC = { required: ['date', 'ticker', 'close'] as const, optional: ['dividend', 'split'] as const };
type PriceColumn = (typeof SPEC.required)[number] | (typeof SPEC.optional)[number];
type Read = (onRow: (f: string[], line: number, c: Columns<PriceColumn>) => void, fast: FastRow<PriceColumn>) => Promise<boolean | typeof NOT_UTF8>;

/**
 * Read prices.csv in one pass over its bytes (hashed as they stream by), keeping the numbers of `held`
 * tickers only. Null when the file is unreadable as a table. A file that is not UTF-8 is read again
 * as text (Shift_JIS, or its encoding problem), like every other data file.
 */
export async function loadPrices(
  ctx: LoadContext,
  source: ByteSource,
  held: ReadonlySet<string>,
  markets: MarketMap,
): Promise<Prices | null> {
  try {
    const once = await scanPrices(ctx, held, markets, (onRow, fast) => readCsvBytes(ctx, source, SPEC, onRow, fast));
    if (once !== NOT_UTF8) return once;
  } catch (e) {
    if (!(e instanceof UnreadableError)) throw e;
    ctx.forget(PRICES);
    ctx.unreadableFile(e);
    return null;
  }
  ctx.forget(PRICES);
  const text = await ctx.readText(PRICES, true);
  if (!text) return null;
  const again = await scanPrices(ctx, held, markets, (onRow) => readCsv(ctx, text, SPEC, onRow));
  return again === NOT_UTF8 ? null : again;
}

/** One ticker as the byte path knows it. */
interface TickerEntry extends KeyEntry {
  held: boolean;
  /** Index into the markets; -1: its rows count for no calendar. */
  market: number;
  track: RowTrack;
}

async function scanPrices(ctx: LoadContext, held: ReadonlySet<string>, markets: MarketMap, read: Read): Promise<Prices | null | typeof NOT_UTF8> {
  const F = PRICES;
  const tracks = new RowTracks(3, (t) => held.has(t));
  const calendarSets = Array.from({ length: markets.count }, () => new Set<number>());
  const single = markets.count === 1;
  let lastCalendarDay = NaN;
  let lastMarket = 0;
  let lastTicker = '';
  let lastDs = '';
  let lastDsDay = NaN;

  // The text path: every row that is not written plainly (nearly all rows of a universe are, and take
  // the byte path below). It reports every problem DATA.md names.
  const onRow = (f: string[], line: number, c: Columns<PriceColumn>): void => {
    const ds = f[c.date]!;
    let day = lastDsDay;
    if (ds !== lastDs) {
      day = isoDay(ds);
      lastDs = ds;
      lastDsDay = day;
    }
    if (day !== day) reportBadDate(ctx, F, line, 'date', ds);
    const ticker = f[c.ticker]!;
    if (ticker === '') ctx.error({ file: F, line, column: 'ticker', value: '', message: 'is empty' });
    const close = numberField(ctx, F, line, 'close', f[c.close]!, { min: 0, exclusiveMin: true });
    const dividend = c.dividend >= 0 ? numberField(ctx, F, line, 'dividend', f[c.dividend]!, { default: 0, min: 0 }) : 0;
    const split = c.split >= 0 ? numberField(ctx, F, line, 'split', f[c.split]!, { default: 1, min: 0, exclusiveMin: true }) : 1;
    if (day !== day || ticker === '') return;
    // With several markets, a row counts for the calendar of its security's market; a ticker that
    // securities.csv does not list cannot be held, so its rows count for none.
    let m = 0;
    if (!single) {
      if (ticker !== lastTicker) {
        lastTicker = ticker;
        lastMarket = markets.of(ticker);
        lastCalendarDay = NaN;
      }
      m = lastMarket;
    }
    if (m >= 0 && day !== lastCalendarDay) {
      calendarSets[m]!.add(day);
      lastCalendarDay = day;
    }
    const t = tracks.get(ticker);
    const i = t.push(day, line);
    const v = t.values;
    if (v !== null) {
      // A bad close (already an error) is kept as -1, not NaN, so the gap rule does not also call the
      // day missing: the row is there, its value is wrong. The load fails either way.
      v[i * 3] = close === close ? close : -1;
      v[i * 3 + 1] = dividend;
      v[i * 3 + 2] = split;
    }
  };

  // The byte path: a row written plainly (the header's width, an existing YYYY-MM-DD, a ticker of
  // printable ASCII, unsigned decimals that pass their rules, no spaces). Such a row has no problem to
  // report; what it gives is its date (the calendar: every date counts), its (date, ticker, line) for
  // the duplicate-key check and, for a held ticker, its numbers (read from the digits when that is
  // exact: decimalValue). It makes no string.
  const dayBytes = new DayBytes();
  const keys = new KeyBytes<TickerEntry>((name, bytes) => ({
    bytes,
    next: null,
    held: held.has(name),
    market: single ? 0 : markets.of(name),
    track: tracks.get(name),
  }));
  const lastAdded = new Float64Array(markets.count).fill(NaN);
  let roles: Uint8Array | null = null;
  let canonical = 0;

  const fast: FastRow<PriceColumn> = (b, s, e, line, c, width) => {
    if (roles === null) {
      roles = columnRoles(c, width);
      canonical = width === 5 && roles.join() === [DATE, TICKER, CLOSE, DIVIDEND, SPLIT].join() ? 1 : 0;
    }
    let p = s;
    let day = NaN;
    // Where the numbers are (-1: the column is absent), read only for a held ticker's row.
    let cs = -1;
    let ce = -1;
    let ds = -1;
    let de = -1;
    let ss = -1;
    let se = -1;
    if (canonical === 1) {
      // The columns in DATA.md's order, date,ticker,close,dividend,split: straight through.
      day = dayBytes.at(b, p, e);
      if (day !== day || b[(p += 10)] !== 44) return -1;
      p = keys.at(b, p + 1, e);
      if (p < 0 || b[p] !== 44) return -1;
      cs = p + 1;
      p = ce = plainDecimal(b, cs, e, true, false);
      if (p < 0 || b[p] !== 44) return -1;
      ds = p + 1;
      p = de = plainDecimal(b, ds, e, false, true);
      if (p < 0 || b[p] !== 44) return -1;
      ss = p + 1;
      p = se = plainDecimal(b, ss, e, true, true);
      if (p < 0) return -1;
    } else for (let k = 0; k < width; k++) {
      if (k > 0) {
        if (p >= e || b[p] !== 44) return -1;
        p++;
      }
      switch (roles[k]) {
        case DATE:
          day = dayBytes.at(b, p, e);
          if (day !== day) return -1;
          p += 10;
          break;
        case TICKER:
          p = keys.at(b, p, e);
          break;
        case CLOSE:
          cs = p;
          p = ce = plainDecimal(b, p, e, true, false);
          break;
        case SPLIT:
          ss = p;
          p = se = plainDecimal(b, p, e, true, true);
          break;
        case DIVIDEND:
          ds = p;
          p = de = plainDecimal(b, p, e, false, true);
          break;
        default:
          p = skipField(b, p, e);
      }
      if (p < 0) return -1;
    }
    p = lineEnd(b, p, e);
    if (p < 0) return -1;
    const t = keys.take(b);
    let close = 0;
    let dividend = 0;
    let split = 1;
    if (t.held) {
      // Its numbers, when they can be had exactly from the digits (else the text path reads the row).
      close = decimalValue(b, cs, ce);
      if (de > ds) dividend = decimalValue(b, ds, de);
      if (se > ss) split = decimalValue(b, ss, se);
      if (close !== close || dividend !== dividend || split !== split) return -1;
    }
    const m = t.market;
    if (m >= 0 && lastAdded[m] !== day) {
      calendarSets[m]!.add(day);
      lastAdded[m] = day;
    }
    const i = t.track.push(day, line);
    const v = t.track.values;
    if (v !== null) {
      v[i * 3] = close;
      v[i * 3 + 1] = dividend;
      v[i * 3 + 2] = split;
    }
    return p;
  };

  const ok = await read(onRow, fast);
  if (ok === NOT_UTF8) return NOT_UTF8;
  if (!ok) return null;

  for (const [ticker, t] of tracks.map) {
    for (const d of t.duplicates()) {
      ctx.error({
        file: F,
        line: d.line,
        message: `duplicate date "${dayToIso(d.day)}", ticker "${ticker}" (first at line ${d.firstLine})`,
      });
    }
  }

  const days: MarketDays[] = calendarSets.map((set) => {
    const calendarDays = [...set].sort((a, b) => a - b);
    const dayIndex = new Map<number, number>();
    calendarDays.forEach((d, i) => dayIndex.set(d, i));
    return { calendar: calendarDays.map(dayToIso), calendarDays, dayIndex };
  });

  const series = new Map<string, PriceSeries>();
  const marketOf = new Map<string, number>();
  for (const ticker of [...held].sort()) {
    const t = tracks.map.get(ticker);
    if (t === undefined || t.values === null) continue;
    const m = single ? 0 : markets.of(ticker);
    if (m < 0) continue; // not in securities.csv: holdings.csv reports it
    marketOf.set(ticker, m);
    const { dayIndex } = days[m]!;
    const n = days[m]!.calendarDays.length;
    const close = new Float64Array(n).fill(NaN);
    const dividend = new Float64Array(n);
    const split = new Float64Array(n).fill(1);
    const v = t.values;
    // In line order, so a duplicate row (already an error) never hides the first one's numbers.
    for (let i = t.n - 1; i >= 0; i--) {
      const k = dayIndex.get(t.days[i]!)!;
      close[k] = v[i * 3]!;
      dividend[k] = v[i * 3 + 1]!;
      split[k] = v[i * 3 + 2]!;
    }
    series.set(ticker, { ticker, close, dividend, split });
  }

  return {
    markets: days,
    marketOf,
    tickers: new Set(tracks.map.keys()),
    series,
  };
}

const DATE = 1;
const TICKER = 2;
const CLOSE = 3;
const DIVIDEND = 4;
const SPLIT = 5;

/** What each field of a row is, by position (0: a column prices.csv does not use). */
function columnRoles(c: Columns<PriceColumn>, width: number): Uint8Array {
  const roles = new Uint8Array(width);
  roles[c.date] = DATE;
  roles[c.ticker] = TICKER;
  roles[c.close] = CLOSE;
  if (c.dividend >= 0) roles[c.dividend] = DIVIDEND;
  if (c.split >= 0) roles[c.split] = SPLIT;
  return roles;
}

