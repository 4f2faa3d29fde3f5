/**
 * A market of the generator: one exchange's calendar, its price model, its indices and the strategies that
 * buy its securities. Everything market-specific lives in markets/<id>/ as one `Market` value; the model
 * modules take a Market and hold no market's names or numbers, so a second market is a second folder.
 */
import type { TradingCalendar } from './calendar.js';
import type { FactorId } from './factors.js';

/** A real security a strategy may hold. */
export interface PoolDef {
  ticker: string;
  name: string;
  nameEn: string;
  sector: string;
  /** Closing price on the first day of data (synthetic, roughly the real level in spring 2024). */
  price: number;
  /** Annual dividend yield; 0 = no dividend. */
  yld: number;
  desc: string;
  /** Months (1–12) whose dividend goes ex, for a market with semiannual dividends; default the market's. */
  exMonths?: number[];
}


/** An index: its first level, its beta to the market factor, its own noise and its factor exposures. */
export interface IndexDef {
  id: string;
  level: number;
  beta: number;
  noise: number;
  expo: number[];
}

/**
 * The market factor m: a daily return with volatility clustering (an AR(1) log-volatility), scaled up in
 * the months of `volMult`. Its volatility also scales the factor returns.
 */
export interface PriceModel {
  /** The label of the market factor's PRNG stream. */
  stream: string;
  drift: number;
  vol: number;
  /** AR(1) coefficient and shock size of the log-volatility. */
  volPersistence: number;
  volShock: number;
  /** Month → multiplier of the volatility. */
  volMult: Record<string, number>;
  /** The factor whose exposure sets a security's beta to the market factor (a name's sensitivity to its own market). */
  betaFactor: FactorId;
  /** The label of the factor returns' PRNG stream ('factors' for the first market, from before there were two). */
  factorStream: string;
}

/**
 * How the market's securities pay and quote: US names go ex quarterly on a drawn day of the month, Tokyo
 * names twice a year on the second-to-last trading day of their fiscal half (the day after the last day
 * with rights, T+2 settlement before a month-end record date). Closes are written with the market's decimals.
 */
export interface Quoting {
  dividends: 'quarterly' | 'semiannual';
  /** Default ex months of 'semiannual' (a March year-end: March and September). */
  exMonths: number[];
  closeDecimals: number;
  dividendDecimals: number;
}

/** The moves the commentary describes: the market factor, indices, factors and strategies are shifted to meet them. */
export interface Scenario {
  /** The index (beta 1) whose month and week returns steer the market factor. */
  anchor: string;
  /** Month → the anchor index's price return; missing months are free. */
  anchorMonths: Record<string, number>;
  /** [first ISO date, last ISO date, return] of the anchor index in the commentary weeks. */
  anchorWeeks: [string, string, number][];
  /** Month → index → month return, met by shifting that index's own noise term. */
  indexMonths: Record<string, Record<string, number>>;
  /** Month → factor → month return. */
  factorMonths: Record<string, Partial<Record<FactorId, number>>>;
  /** Month → strategy → excess over its benchmark. */
  excess: Record<string, Record<string, number>>;
  /** The months the commentary files describe: the facts list their weeks, factor months and attribution. */
  commentaryMonths: string[];
}

export interface StrategyDef {
  id: string;
  benchmark: string;
  pool: readonly PoolDef[];
  /** Mean factor exposures of the pool's names. */
  tilt: number[];
  /** Daily idiosyncratic volatility, drawn per name from [lo, lo + span). */
  idio: { lo: number; span: number };
  /** The factors the strategy selects on (config.json's traits). */
  traits: FactorId[];
  /** Names in the first snapshot; each later snapshot moves by −1, 0 or +1 within the holdings limits. */
  firstSize: number;
  /** Held in every snapshot; the first one is the first row of holdings.csv. */
  core: string[];
  /** Month → names the snapshot must hold (so splits and the breach happen while held). */
  forced: Record<string, string[]>;
  /** Month → CASH weight of the snapshot. */
  cash: Record<string, number>;
}

/** The fictional part of the universe: tickers U0001… with invented names. */
export interface SyntheticUniverse {
  /** Tickers are prefix + a zero-padded number; a second market needs its own prefix (one securities.csv). */
  tickerPrefix: string;
  /** [sector, share of the synthetic names]. */
  sectors: [string, number][];
  prefixes: string[];
  /** Sector → name endings. */
  suffixes: Record<string, string[]>;
  /** Mean exposures of the large (30%) and the small names. */
  tiltLarge: number[];
  tiltSmall: number[];
}

/** The one planned compliance breach: a name's weight drifts from snapshotWeight to ~target by its month's base. */
export interface Breach {
  strategy: string;
  ticker: string;
  snapshotMonth: string;
  snapshotWeight: number;
  target: number;
}

export interface Market {
  /** config.json's market id (securities.csv's `market` column). */
  id: string;
  calendar: TradingCalendar;
  /** The market's first day of data and its strategies' first snapshot (a trading day of its calendar). */
  start: string;
  firstSnapshot: string;
  quoting: Quoting;
  priceModel: PriceModel;
  indices: IndexDef[];
  scenario: Scenario;
  /** In holdings.csv's strategy order. */
  strategies: StrategyDef[];
  /** Ticker → [ISO date, new shares per old share]: real splits inside held periods. */
  splits: Record<string, [string, number][]>;
  /** The fictional rest of the estimation universe; none for a market outside the factor model. */
  synthetic: SyntheticUniverse | null;
  breach: Breach | null;
}
