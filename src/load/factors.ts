/**
 * The three factor files (DATA.md): they come together (none → no factor sections, a warning; some →
 * error). Each has one column per configured factor id (missing: error).
 * - factor_exposures.csv: `date` key, `ticker` key; a universe file: only held tickers' rows are kept.
 * - benchmark_exposures.csv: `date` key, `benchmark` key (an index id).
 * - factor_returns.csv: `date` key, a trading day.
 * A held ticker (or a strategy's benchmark) with no exposure row on or before the date compute needs
 * (the month's base date) is an error.
 */
import type { Config, FactorData, FactorRow, IsoDate, Snapshot } from '../types.js';
import { CONFIG } from './config.js';
import type { LoadContext } from './context.js';
import { NOT_UTF8, readCsv, readCsvBytes, type Columns, type CsvSpec, type FastRow } from './csv.js';
import { dayToIso, isoDay } from '../dates.js';
import { numberField, reportBadDate } from './fields.js';
import { CASH, HOLDINGS } from './holdings.js';
import { PRICES, type MarketDays, type Prices } from './prices.js';
import { DayBytes, KeyBytes, lineEnd, signedDecimal, skipField, type KeyEntry } from './plain.js';
import { RowTracks, type RowTrack } from './rows.js';
import { UnreadableError, type ByteSource, type TextSource } from './text.js';

export const EXPOSURES = 'factor_exposures.csv';
export const BENCHMARK_EXPOSURES = 'benchmark_exposures.csv';
export const FACTOR_RETURNS = 'factor_returns.csv';
export const FACTOR_FILES = [EXPOSURES, BENCHMARK_EXPOSURES, FACTOR_RETURNS] as const;

export interface FactorInputs {
  config: { config: Config; factorsGiven: boolean } | null;
  held: ReadonlySet<string>;
  prices: Prices | null;
  snapshots: ReadonlyMap<string, readonly Snapshot[]> | null;
  /** The report months: the coverage rule is checked at each one's base date. */
  months: readonly string[];
}

/** Read the factor files; null when they are all absent (with a warning) or could not be used. */
export async function loadFactors(ctx: LoadContext, inputs: FactorInputs): Promise<FactorData | null> {
  // factor_exposures.csv is universe-sized: one pass over its bytes, hashed as they stream by.
  const sources = await Promise.all([ctx.readBytes(EXPOSURES, false), ctx.readText(BENCHMARK_EXPOSURES, false), ctx.readText(FACTOR_RETURNS, false)]);
  const present = FACTOR_FILES.filter((_, i) => sources[i] !== null);
  if (present.length === 0) {
    ctx.warn(
      `${EXPOSURES}, ${BENCHMARK_EXPOSURES} and ${FACTOR_RETURNS} are absent: ` +
        'the factor sections (ファクター動向, ファクター寄与度) are left out of the report',
    );
    return null;
  }
  if (present.length < FACTOR_FILES.length) {
    for (const f of FACTOR_FILES) {
      if (!present.includes(f)) {
        ctx.error({ file: f, message: `is missing: the three factor files come together (${present.join(', ')} present)` });
      }
    }
  }
  const loaded = inputs.config;
  if (loaded !== null && !loaded.factorsGiven) {
    ctx.error({ file: CONFIG, path: 'factors', message: 'is required when the factor files are present' });
  }
  if (loaded === null || !loaded.factorsGiven) {
    // config.json has problems: the factor columns are unknown, so the files are not read at all.
    for (const f of present) ctx.against(f, CONFIG, null);
    return null;
  }
  const factorIds = loaded.config.factors.map((f) => f.id);
  const [exp, bench, ret] = sources;

  const exposures = exp ? await readExposures(ctx, exp, factorIds, inputs.held) : null;
  const benchmarks = bench ? await readBenchmarkExposures(ctx, bench, factorIds, loaded.config) : null;
  const factorMarket = loaded.config.markets.findIndex((m) => m.id === loaded.config.factorMarket);
  const pricesForReturns = ctx.against(FACTOR_RETURNS, PRICES, inputs.prices);
  const factorDays = pricesForReturns?.markets[factorMarket] ?? null;
  const marketName = loaded.config.markets.length > 1 ? loaded.config.factorMarket : null;
  const returns = ret ? await readFactorReturns(ctx, ret, factorIds, factorDays, marketName) : null;
  if (exposures === null || benchmarks === null || returns === null) return null;

  // The coverage rule needs the base date (prices.csv) and the weights at base (holdings.csv).
  let { prices, snapshots } = inputs;
  for (const f of [EXPOSURES, BENCHMARK_EXPOSURES]) {
    prices = ctx.against(f, PRICES, prices);
    snapshots = ctx.against(f, HOLDINGS, snapshots);
  }
  for (const month of inputs.months) checkCoverage(ctx, loaded.config, exposures, benchmarks, { ...inputs, prices, snapshots }, month);
  return { exposures, benchmarkExposures: benchmarks, returns };
}

type KeyedRow = (f: string[], line: number, c: Columns<string>) => void;
/** One read of a keyed file: readCsv on text (which has no byte path), or readCsvBytes with `fast`. */
type ReadKeyed = (spec: CsvSpec<string, never>, onRow: KeyedRow, fast: FastRow<string>) => Promise<boolean | typeof NOT_UTF8>;

const textRead =
  (ctx: LoadContext, source: TextSource): ReadKeyed =>
  (spec, onRow) =>
    readCsv(ctx, source, spec, onRow);

/** One key as the byte path knows it. */
interface KeyedEntry extends KeyEntry {
  track: RowTrack;
}

const DATE = 1;
const KEY = 2;
const FACTOR = 3;

/**
 * Rows of a (date, key) exposure file into RowTracks; duplicates reported. With a byte read, a row of a
 * key whose values are not kept (a ticker nobody holds), written plainly (the header's width, an
 * existing YYYY-MM-DD, a key of printable ASCII, every factor a `[-]digits[.digits]`, no spaces), has
 * no problem to report and nothing to keep but its (date, key, line) for the duplicate check: it takes
 * the byte path and makes no string. Every other row takes the text path, which reports what DATA.md
 * names.
 */
async function readKeyed(
  ctx: LoadContext,
  file: string,
  read: ReadKeyed,
  keyColumn: 'ticker' | 'benchmark',
  factorIds: readonly string[],
  keep: (key: string) => boolean,
  onKey?: (key: string, line: number) => boolean,
): Promise<RowTracks | null | typeof NOT_UTF8> {
  const k = factorIds.length;
  const tracks = new RowTracks(k, keep);
  const onRow: KeyedRow = (f, line, c) => {
    const ds = f[c.date!]!;
    const day = isoDay(ds);
    if (day !== day) reportBadDate(ctx, file, line, 'date', ds);
    const key = f[c[keyColumn]!]!;
    if (key === '') ctx.error({ file, line, column: keyColumn, value: '', message: 'is empty' });
    const values = new Array<number>(k);
    for (let j = 0; j < k; j++) {
      const id = factorIds[j]!;
      values[j] = numberField(ctx, file, line, id, f[c[id]!]!);
    }
    if (day !== day || key === '') return;
    if (onKey !== undefined && !onKey(key, line)) return;
    const t = tracks.get(key);
    const i = t.push(day, line);
    if (t.values !== null) for (let j = 0; j < k; j++) t.values[i * k + j] = values[j]!;
  };

  const dayBytes = new DayBytes();
  const keys = new KeyBytes<KeyedEntry>((name, bytes) => ({ bytes, next: null, track: tracks.get(name) }));
  let roles: Uint8Array | null = null;
  let canonical = false;
  const fast: FastRow<string> = (b, s, e, line, c, width) => {
    if (onKey !== undefined) return -1;
    if (roles === null) {
      roles = keyedRoles(c, keyColumn, factorIds, width);
      canonical = roles.length > 2 && roles[0] === DATE && roles[1] === KEY && roles.every((r, i) => i < 2 || r === FACTOR);
    }
    if (roles.length === 0) return -1;
    let p = s;
    let day = NaN;
    if (canonical) {
      // date, the key, then only factors: straight through.
      day = dayBytes.at(b, p, e);
      if (day !== day || b[(p += 10)] !== 44) return -1;
      p = keys.at(b, p + 1, e);
      for (let f = 2; f < width; f++) {
        if (p < 0 || b[p] !== 44) return -1;
        p = signedDecimal(b, p + 1, e);
      }
      if (p < 0) return -1;
    } else for (let f = 0; f < width; f++) {
      if (f > 0) {
        if (p >= e || b[p] !== 44) return -1;
        p++;
      }
      switch (roles[f]) {
        case FACTOR:
          p = signedDecimal(b, p, e);
          break;
        case DATE:
          day = dayBytes.at(b, p, e);
          if (day !== day) return -1;
          p += 10;
          break;
        case KEY:
          p = keys.at(b, p, e);
          break;
        default:
          p = skipField(b, p, e);
      }
      if (p < 0) return -1;
    }
    p = lineEnd(b, p, e);
    if (p < 0) return -1;
    const t = keys.take(b).track;
    if (t.values !== null) return -1;
    t.push(day, line);
    return p;
  };

  const ok = await read({ required: ['date', keyColumn, ...factorIds] }, onRow, fast);
  if (ok === NOT_UTF8) return NOT_UTF8;
  if (!ok) return null;
  for (const [key, t] of tracks.map) {
    for (const d of t.duplicates()) {
      ctx.error({
        file,
        line: d.line,
        message: `duplicate date "${dayToIso(d.day)}", ${keyColumn} "${key}" (first at line ${d.firstLine})`,
      });
    }
  }
  return tracks;
}

/**
 * What each field of a row is, by position (0: a column the file does not use); empty when two roles
 * fall on one column (a factor named like the key column: the text path judges such a file).
 */
function keyedRoles(c: Columns<string>, keyColumn: string, factorIds: readonly string[], width: number): Uint8Array {
  const roles = new Uint8Array(width);
  const set = (i: number, role: number): boolean => {
    if (i === undefined || i < 0 || i >= width || roles[i] !== 0) return false;
    roles[i] = role;
    return true;
  };
  let ok = set(c.date!, DATE) && set(c[keyColumn]!, KEY);
  for (const id of factorIds) ok = ok && set(c[id]!, FACTOR);
  return ok ? roles : new Uint8Array(0);
}

function rowsOf(t: RowTrack): FactorRow[] {
  const k = t.width;
  const out: FactorRow[] = [];
  for (const i of t.order()) {
    out.push({ date: dayToIso(t.days[i]!), values: Array.from(t.values!.subarray(i * k, i * k + k)) });
  }
  return out;
}

/**
 * factor_exposures.csv in one pass over its bytes, keeping the rows of `held` tickers only. A file that
 * is not UTF-8 is read again as text (Shift_JIS, or its encoding problem), like every other data file.
 */
export async function readExposures(
  ctx: LoadContext,
  source: ByteSource,
  factorIds: readonly string[],
  held: ReadonlySet<string>,
): Promise<Map<string, FactorRow[]> | null> {
  const keep = (t: string) => held.has(t);
  let tracks: RowTracks | null | typeof NOT_UTF8;
  try {
    tracks = await readKeyed(ctx, EXPOSURES, (spec, onRow, fast) => readCsvBytes(ctx, source, spec, onRow, fast), 'ticker', factorIds, keep);
  } catch (e) {
    if (!(e instanceof UnreadableError)) throw e;
    ctx.forget(EXPOSURES);
    ctx.unreadableFile(e);
    return null;
  }
  if (tracks === NOT_UTF8) {
    ctx.forget(EXPOSURES);
    const text = await ctx.readText(EXPOSURES, true);
    if (!text) return null;
    tracks = await readKeyed(ctx, EXPOSURES, textRead(ctx, text), 'ticker', factorIds, keep);
  }
  if (tracks === null || tracks === NOT_UTF8) return null;
  const out = new Map<string, FactorRow[]>();
  for (const ticker of [...held].sort()) {
    const t = tracks.map.get(ticker);
    if (t !== undefined) out.set(ticker, rowsOf(t));
  }
  return out;
}

async function readBenchmarkExposures(
  ctx: LoadContext,
  source: TextSource,
  factorIds: readonly string[],
  config: Config,
): Promise<Map<string, FactorRow[]> | null> {
  const indexIds = new Set(config.indices.map((i) => i.id));
  const warned = new Set<string>();
  const tracks = await readKeyed(ctx, BENCHMARK_EXPOSURES, textRead(ctx, source), 'benchmark', factorIds, () => true, (id, line) => {
    if (indexIds.has(id)) return true;
    if (!warned.has(id)) {
      warned.add(id);
      ctx.warn({ file: BENCHMARK_EXPOSURES, line, column: 'benchmark', value: id, message: 'is not an index of config.json: its rows are ignored' });
    }
    return false;
  });
  if (tracks === null || tracks === NOT_UTF8) return null;
  const out = new Map<string, FactorRow[]>();
  for (const ix of config.indices) {
    const t = tracks.map.get(ix.id);
    if (t !== undefined) out.set(ix.id, rowsOf(t));
  }
  return out;
}

async function readFactorReturns(
  ctx: LoadContext,
  source: TextSource,
  factorIds: readonly string[],
  /** The factor model's market's trading days (factorMarket); null when prices.csv has problems. */
  days: MarketDays | null,
  /** Its id when there are several markets (for the message), else null. */
  market: string | null,
): Promise<FactorRow[] | null> {
  const F = FACTOR_RETURNS;
  const seen = new Map<string, number>();
  const rows: FactorRow[] = [];
  const ok = await readCsv(ctx, source, { required: ['date', ...factorIds] }, (f, line, c) => {
    const date = f[c.date!]!;
    const day = isoDay(date);
    if (Number.isNaN(day)) reportBadDate(ctx, F, line, 'date', date);
    else if (days !== null && !days.dayIndex.has(day)) {
      const message =
        market === null
          ? 'is not a trading day (no prices.csv row has this date)'
          : `is not a trading day of market ${market}, the factor model's (factorMarket): no prices.csv row of its securities has this date`;
      ctx.error({ file: F, line, column: 'date', value: date, message });
    }
    const values = factorIds.map((id) => numberField(ctx, F, line, id, f[c[id]!]!));
    if (Number.isNaN(day)) return;
    const first = seen.get(date);
    if (first !== undefined) {
      ctx.error({ file: F, line, message: `duplicate date "${date}" (first at line ${first})` });
      return;
    }
    seen.set(date, line);
    rows.push({ date, values });
  });
  if (!ok) return null;
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The month's base: the last trading day before the month, or null (compute reports that case). */
export function baseDate(calendar: readonly IsoDate[], month: string): IsoDate | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  const first = `${month}-01`;
  let base: IsoDate | null = null;
  for (const d of calendar) {
    if (d < first) base = d;
    else break;
  }
  return base;
}

/**
 * Compute reads, for each strategy, the exposures dated on or before base of the securities in its
 * weights at base (those of its latest snapshot on or before base), and its benchmark's.
 */
function checkCoverage(
  ctx: LoadContext,
  config: Config,
  exposures: Map<string, FactorRow[]>,
  benchmarks: Map<string, FactorRow[]>,
  inputs: FactorInputs,
  month: string,
): void {
  if (inputs.prices === null || inputs.snapshots === null) return;
  // Only the strategies of the factor model's market are attributed (DATA.md "Markets").
  const m = config.markets.findIndex((x) => x.id === config.factorMarket);
  const days = inputs.prices.markets[m];
  if (days === undefined) return;
  const base = baseDate(days.calendar, month);
  if (base === null) return;
  const covered = (rows: FactorRow[] | undefined) => rows !== undefined && rows.length > 0 && rows[0]!.date <= base;
  const reported = new Set<string>();
  for (const s of config.strategies) {
    if (s.market !== config.factorMarket) continue;
    const snaps = inputs.snapshots.get(s.id) ?? [];
    let latest: Snapshot | undefined;
    for (const snap of snaps) if (snap.date <= base) latest = snap;
    if (latest === undefined) continue; // before the first snapshot: compute reports the month
    for (const ticker of latest.weights.keys()) {
      if (ticker === CASH || reported.has(ticker) || covered(exposures.get(ticker))) continue;
      reported.add(ticker);
      ctx.error({
        file: EXPOSURES,
        column: 'ticker',
        value: ticker,
        message: `has no row dated on or before ${base} (held by ${s.id} at ${base}, the base date of ${month})`,
      });
    }
    if (!reported.has(`bench:${s.benchmark}`) && !covered(benchmarks.get(s.benchmark))) {
      reported.add(`bench:${s.benchmark}`);
      ctx.error({
        file: BENCHMARK_EXPOSURES,
        column: 'benchmark',
        value: s.benchmark,
        message: `has no row dated on or before ${base} (benchmark of ${s.id}, needed at ${base}, the base date of ${month})`,
      });
    }
  }
}
