/**
 * In-memory builders for small Datasets, so compute tests can state their data in a few lines:
 * a calendar, a few tickers' closes (one per calendar day), dividends and splits by date, snapshots,
 * index levels and factor rows.
 */
import type {
  Config,
  Dataset,
  FactorData,
  FactorRow,
  IndexSeries,
  IsoDate,
  PriceSeries,
  Security,
  Snapshot,
  StrategyConfig,
} from '../../src/types.js';

/** Every Monday–Friday from `from` to `to` inclusive, except `holidays`. */
export function weekdays(from: IsoDate, to: IsoDate, holidays: readonly IsoDate[] = []): IsoDate[] {
  const days: IsoDate[] = [];
  const skip = new Set(holidays);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const d = new Date(t);
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !skip.has(iso)) days.push(iso);
  }
  return days;
}

export interface TickerInput {
  /** One close per calendar day; NaN where prices.csv has no row. */
  close: readonly number[];
  /** Date → cash per share going ex that day. */
  dividend?: Readonly<Record<IsoDate, number>>;
  /** Date → new shares per old share. */
  split?: Readonly<Record<IsoDate, number>>;
  name?: string;
  sector?: string;
  description?: string;
}

export interface SnapshotInput {
  strategy?: string;
  date: IsoDate;
  /** Ticker → weight; renormalised to sum to 1 like the loader does (unless it already does). */
  weights: Readonly<Record<string, number>>;
}

export interface FactorInput {
  /** Ticker → date → exposures (config.factors order). */
  exposures: Readonly<Record<string, Readonly<Record<IsoDate, readonly number[]>>>>;
  /** Index id → date → exposures. */
  benchmarkExposures: Readonly<Record<string, Readonly<Record<IsoDate, readonly number[]>>>>;
  /** Date → the factors' returns that day. */
  returns: Readonly<Record<IsoDate, readonly number[]>>;
}

export interface DatasetInput {
  calendar: readonly IsoDate[];
  /** Ticker → closes (one per calendar day) or a full TickerInput. */
  tickers?: Readonly<Record<string, readonly number[] | TickerInput>>;
  /** Snapshots; strategy defaults to `S1`. */
  snapshots?: readonly SnapshotInput[];
  /** Index id → levels aligned to the calendar (NaN = no row), or date → level for its own calendar. */
  indices?: Readonly<Record<string, readonly number[] | Readonly<Record<IsoDate, number>>>>;
  factors?: FactorInput | null;
  /** Overrides of the test config (see testConfig). */
  config?: Partial<Config>;
  warnings?: string[];
}

/**
 * A config for tests: one strategy S1 benchmarked on IX1, one course of it, launch and ratio start at
 * the calendar's first day, limits that nothing breaches. Overrides replace whole top-level keys.
 */
export function testConfig(calendar: readonly IsoDate[], overrides: Partial<Config> = {}): Config {
  const first = calendar[0] ?? '2000-01-03';
  const strategies: StrategyConfig[] = overrides.strategies ?? [
    { id: 'S1', name: '戦略1', benchmark: 'IX1', market: 'US', traits: [] },
  ];
  const benchmarks = [...new Set(strategies.map((s) => s.benchmark))];
  return {
    service: { name: 'TEST', launchDate: first, ratioStartDate: first },
    markets: [{ id: 'US', name: '米国市場' }],
    factorMarket: 'US',
    notice: { threshold: 0.03, severe: 0.05 },
    riskFreeRate: 0,
    negativeMark: '△',
    strategies,
    courses: strategies.map((s) => ({ name: s.name, weights: { [s.id]: 1 } })),
    indices: benchmarks.map((id) => ({ id, name: `Index ${id}`, short: id, market: 'US' })),
    weeklyIndices: [],
    factors: [],
    limits: { minHoldings: 0, maxHoldings: 1000, maxWeight: 1, maxSectorWeight: 1 },
    ...overrides,
  };
}

function priceSeries(ticker: string, input: TickerInput, calendar: readonly IsoDate[]): PriceSeries {
  if (input.close.length !== calendar.length) {
    throw new Error(`${ticker}: ${input.close.length} closes for ${calendar.length} calendar days`);
  }
  const position = (date: IsoDate): number => {
    const i = calendar.indexOf(date);
    if (i < 0) throw new Error(`${ticker}: ${date} is not in the calendar`);
    return i;
  };
  const dividend = new Float64Array(calendar.length);
  const split = new Float64Array(calendar.length).fill(1);
  for (const [date, amount] of Object.entries(input.dividend ?? {})) dividend[position(date)] = amount;
  for (const [date, ratio] of Object.entries(input.split ?? {})) split[position(date)] = ratio;
  return { ticker, close: Float64Array.from(input.close), dividend, split };
}

function indexSeries(
  id: string,
  input: readonly number[] | Readonly<Record<IsoDate, number>>,
  calendar: readonly IsoDate[],
): IndexSeries {
  const rows: [IsoDate, number][] = Array.isArray(input)
    ? (input as readonly number[]).map((level, i): [IsoDate, number] => [calendar[i] as IsoDate, level])
    : Object.entries(input as Record<IsoDate, number>);
  const kept = rows.filter(([, level]) => !Number.isNaN(level)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { id, dates: kept.map(([d]) => d), levels: kept.map(([, l]) => l) };
}

function factorRows(byDate: Readonly<Record<IsoDate, readonly number[]>>): FactorRow[] {
  return Object.entries(byDate)
    .map(([date, values]) => ({ date, values: [...values] }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function factorData(input: FactorInput): FactorData {
  const rowsBy = (m: FactorInput['exposures']): Map<string, FactorRow[]> =>
    new Map(Object.entries(m).map(([key, byDate]) => [key, factorRows(byDate)]));
  return {
    exposures: rowsBy(input.exposures),
    benchmarkExposures: rowsBy(input.benchmarkExposures),
    returns: factorRows(input.returns),
  };
}

/** A Dataset as the loader would hand it to compute. */
export function buildDataset(input: DatasetInput): Dataset {
  const calendar = [...input.calendar];
  const config = testConfig(calendar, input.config);
  const prices = new Map<string, PriceSeries>();
  const securities = new Map<string, Security>();
  for (const [ticker, raw] of Object.entries(input.tickers ?? {})) {
    const t: TickerInput = Array.isArray(raw) ? { close: raw as readonly number[] } : (raw as TickerInput);
    prices.set(ticker, priceSeries(ticker, t, calendar));
    securities.set(ticker, {
      ticker,
      market: 'US',
      name: t.name ?? `${ticker} Inc.`,
      sector: t.sector ?? 'Sector',
      description: t.description ?? `${ticker} description`,
    });
  }
  const snapshots = new Map<string, Snapshot[]>(config.strategies.map((s) => [s.id, []]));
  (input.snapshots ?? []).forEach((s, k) => {
    const strategy = s.strategy ?? 'S1';
    // Renormalise like the loader, but leave weights that already sum to 1 (up to float noise) as
    // written, so a test's 0.1 / 0.2 / 0.7 stay those exact doubles.
    const sum = Object.values(s.weights).reduce((a, b) => a + b, 0);
    const scale = Math.abs(sum - 1) < 1e-12 ? 1 : sum;
    const weights = new Map(Object.entries(s.weights).map(([t, w]): [string, number] => [t, w / scale]));
    const list = snapshots.get(strategy) ?? [];
    list.push({ strategy, date: s.date, line: k + 2, weights });
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    snapshots.set(strategy, list);
  });
  const indices = new Map<string, IndexSeries>(
    Object.entries(input.indices ?? {}).map(([id, levels]) => [id, indexSeries(id, levels, calendar)]),
  );
  return {
    config,
    calendar,
    calendars: new Map([[config.markets[0]!.id, calendar]]),
    prices,
    snapshots,
    indices,
    securities,
    factors: input.factors ? factorData(input.factors) : null,
    commentary: null,
    inputs: { 'config.json': 'test' },
    warnings: input.warnings ?? [],
  };
}
