/**
 * Domain types shared by the stages: load → compute → present → render → write.
 * Every return, weight and exposure is a decimal fraction (0.0303 is 3.03%) until `present/` formats it.
 */

/** An ISO calendar date, `YYYY-MM-DD`. String order is date order. */
export type IsoDate = string;
/** A report month, `YYYY-MM`. */
export type Month = string;

// ---------------------------------------------------------------- config.json (after validation + defaults)

export interface ServiceConfig {
  name: string;
  reading?: string;
  provider?: string;
  /**
   * Lines a registered financial-instruments firm must print (registration number, member
   * associations, intermediary), in order; absent means none. Printed as a block with the disclaimers.
   */
  disclosures?: string[];
  launchDate: IsoDate;
  ratioStartDate: IsoDate;
}

/** An exchange with its own trading calendar (DATA.md "Markets"). */
export interface MarketConfig {
  id: string;
  /** Heading of its market overview: 米国市場. */
  name: string;
}

export interface StrategyConfig {
  id: string;
  name: string;
  /** A market id; default the first market. */
  market: string;
  /** The strategy's own inception for notices; absent means service.launchDate. */
  launchDate?: IsoDate;
  group?: string;
  style?: string;
  /** An index id. */
  benchmark: string;
  /** Factor ids describing the strategy's intended characteristics; [] by default. */
  traits: string[];
}

export interface CourseConfig {
  name: string;
  /** Strategy id → weight (≥ 0, sums to 1). Key order is the course's order (used by benchmarkLabel). */
  weights: Record<string, number>;
}

export interface IndexConfig {
  id: string;
  name: string;
  short: string;
  /** The market whose calendar sets the index's windows; default the first market. */
  market: string;
}

export interface FactorConfig {
  id: string;
  name: string;
  /** The trait a positive active exposure stands for, in the firm's words (大型); default `高<name>`. */
  high: string;
  /** The trait a negative active exposure stands for (小型); default `低<name>`. */
  low: string;
}

export interface Limits {
  minHoldings: number;
  maxHoldings: number;
  /** Decimal fraction, e.g. 0.10. */
  maxWeight: number;
  /** Decimal fraction, e.g. 0.35. */
  maxSectorWeight: number;
}

/** When a lagging strategy needs a client notice (NOTICE.md); decimal fractions of excess return. */
export interface NoticeConfig {
  threshold: number;
  severe: number;
}

export interface Config {
  service: ServiceConfig;
  /** At least one; the first is the report's own (its base, end and weeks). Default `[US 米国市場]`. */
  markets: MarketConfig[];
  /** The market of the strategies the factor files describe; default the first market. */
  factorMarket: string;
  notice: NoticeConfig;
  /** Annual, decimal. */
  riskFreeRate: number;
  negativeMark: string;
  strategies: StrategyConfig[];
  courses: CourseConfig[];
  indices: IndexConfig[];
  weeklyIndices: string[];
  factors: FactorConfig[];
  limits: Limits;
}

// ---------------------------------------------------------------- the loaded, validated data folder

/**
 * One held security's prices, aligned to its market's calendar (`Dataset.calendars`): index i is that
 * calendar's day i.
 * `close[i]` is NaN where prices.csv has no row for that day (allowed only outside held periods,
 * or filled by --allow-gaps: close carried forward, dividend 0, split 1).
 */
export interface PriceSeries {
  ticker: string;
  close: Float64Array;
  /** Cash per share going ex that day; 0 where not given. */
  dividend: Float64Array;
  /** New shares per old share effective that day; 1 where not given. */
  split: Float64Array;
}

/** All rows of one (date, strategy) in holdings.csv. */
export interface Snapshot {
  strategy: string;
  date: IsoDate;
  /** Physical line of the snapshot's first row in holdings.csv. */
  line: number;
  /** Ticker → weight, renormalised to sum to exactly 1. `CASH` may appear. File order. */
  weights: Map<string, number>;
}

export interface IndexSeries {
  id: string;
  /** Ascending, the index's own calendar. */
  dates: IsoDate[];
  levels: number[];
}

export interface Security {
  ticker: string;
  /** A market id (securities.csv `market`; empty or absent means the first market). */
  market: string;
  name: string;
  nameEn?: string;
  sector: string;
  description: string;
}

/** A dated row of factor values, in `Config.factors` order. */
export interface FactorRow {
  date: IsoDate;
  values: number[];
}

export interface FactorData {
  /** Ticker → exposure rows ascending by date (only held tickers are kept). */
  exposures: Map<string, FactorRow[]>;
  /** Index id → exposure rows ascending by date. */
  benchmarkExposures: Map<string, FactorRow[]>;
  /** Daily factor returns ascending by date. */
  returns: FactorRow[];
}

/** The analysts' Markdown for one month, split by its level-2 headings. Raw Markdown, not HTML. */
export interface Commentary {
  /** 市況概況 */
  overview?: string;
  /** 第N週 → text. */
  weeks: Map<number, string>;
  /** ファクター動向 */
  factorTrends?: string;
  /** ファクター寄与度 */
  factorAttribution?: string;
}

export interface Dataset {
  config: Config;
  /** The first market's trading calendar (with one market: every distinct date of prices.csv). */
  calendar: IsoDate[];
  /** Market id → its trading calendar, ascending (DATA.md "Markets"); config.markets order. */
  calendars: Map<string, IsoDate[]>;
  /** Only the tickers some strategy holds (CASH excluded). */
  prices: Map<string, PriceSeries>;
  /** Strategy id → snapshots ascending by date. Every configured strategy has an entry (maybe empty). */
  snapshots: Map<string, Snapshot[]>;
  indices: Map<string, IndexSeries>;
  securities: Map<string, Security>;
  /** null when the three factor files are absent. */
  factors: FactorData | null;
  /** The requested month's commentary, null when the file is absent. */
  commentary: Commentary | null;
  /** File name relative to the data folder (`commentary/2026-03.md`) → SHA-256 hex of its bytes. */
  inputs: Record<string, string>;
  /** Human-readable warnings raised while loading. */
  warnings: string[];
}

// ---------------------------------------------------------------- report.json (REPORT.md), unrounded

export interface Trailing {
  '1m': number | null;
  '3m': number | null;
  '6m': number | null;
  '1y': number | null;
  sinceLaunch: number | null;
}

export interface Contributor {
  rank: number;
  ticker: string;
  name: string;
  weight: number;
  return: number;
  contribution: number;
}

export interface FactorContribution {
  id: string;
  name: string;
  activeExposure: number;
  factorReturn: number;
  contribution: number;
}

export interface Attribution {
  excessReturn: number;
  specific: number;
  factors: FactorContribution[];
}

/** A ticker's or a sector's weight. */
export interface NamedWeight {
  name: string;
  weight: number;
}

/** A compliance check as compute finds it: the figures, no text (present/compliance.ts words them). */
export type ComplianceCheck =
  | { rule: 'holdingsCount'; ok: boolean; date: IsoDate; count: number; min: number; max: number }
  | {
      rule: 'maxWeight' | 'maxSectorWeight';
      ok: boolean;
      date: IsoDate;
      limit: number;
      /** Every weight above the limit, largest first (a tie: the name that sorts first). */
      over: NamedWeight[];
      /** The largest weight; null when nothing but CASH is held. */
      largest: NamedWeight | null;
    };

/** A check as report.json has it (REPORT.md "report.json"): `detail` words the figures. */
export interface ComplianceEntry {
  rule: ComplianceCheck['rule'];
  ok: boolean;
  date: IsoDate;
  /** `22`, `max NVDA 9.70%`, `XYZ 10.90% > 10.00%, …`, `no securities`. */
  detail: string;
}

export interface StrategyReport {
  id: string;
  name: string;
  benchmark: string;
  /** The strategy's market; its month runs from `base` to `end` on that market's calendar. */
  market: string;
  base: IsoDate;
  end: IsoDate;
  monthReturn: number;
  benchmarkReturn: number;
  excessReturn: number;
  trailing: Trailing;
  sharpe: number | null;
  sortino: number | null;
  holdingsCount: number;
  topContributors: Contributor[];
  bottomContributors: Contributor[];
  attribution: Attribution | null;
  compliance: ComplianceCheck[];
}

export interface IndexReport {
  id: string;
  name: string;
  monthReturn: number;
  trailing: Trailing;
  sharpe: number | null;
  sortino: number | null;
}

export interface CourseReport {
  rank: number;
  name: string;
  weights: Record<string, number>;
  monthReturn: number;
  benchmarkLabel: string;
  benchmarkReturn: number;
  excessReturn: number;
}

export interface WeekReport {
  number: number;
  start: IsoDate;
  end: IsoDate;
  /** Index id (weeklyIndices order) → return. */
  returns: Record<string, number>;
}

export interface FactorMonthReturn {
  id: string;
  name: string;
  monthReturn: number;
}

export interface ReportModel {
  schemaVersion: 1;
  month: Month;
  base: IsoDate;
  end: IsoDate;
  asOf: IsoDate;
  partial: boolean;
  /** Made from the bundled synthetic sample (fixtures/sample): every output is marked サンプル（架空データ）. */
  sample: boolean;
  generator: { name: string; version: string };
  inputs: Record<string, string>;
  strategies: StrategyReport[];
  indices: IndexReport[];
  courses: CourseReport[];
  courseAverage: { monthReturn: number; excessReturn: number };
  weeks: WeekReport[];
  factorReturns: FactorMonthReturn[] | null;
  warnings: string[];
}

// ---------------------------------------------------------------- chart data (not in report.json)

/** Daily cumulative return rebased to 0 at the window start (decimal fraction). */
export interface CumulativeSeries {
  /** Strategy or index id. */
  id: string;
  label: string;
  points: { date: IsoDate; value: number }[];
}

export interface PerformanceWindow {
  start: IsoDate;
  end: IsoDate;
  /** One entry per strategy, in config order: the strategy and its benchmark over the window. */
  pairs: { strategy: CumulativeSeries; benchmark: CumulativeSeries }[];
}

export interface ChartData {
  /** 直近3カ月: from the last trading day of M−3 to end. */
  last3Months: PerformanceWindow;
  /** 設定来: from the launch close (or the last trading day before) to end. */
  sinceLaunch: PerformanceWindow;
}

/** The start date of each trailing window; null where the launch rule blanks the window for every row. */
export interface WindowStarts {
  '1m': IsoDate | null;
  '3m': IsoDate | null;
  '6m': IsoDate | null;
  '1y': IsoDate | null;
  sinceLaunch: IsoDate;
}

/** The dates the report states beside its figures (not in report.json), all on the first market's calendar. */
export interface ReportDates {
  /** M's first trading day: the period the month's figures cover runs from it to `report.end`. */
  firstDay: IsoDate;
  /** Where the trailing windows start (REPORT.md "trailing returns"), the launch rule applied. */
  windowStarts: WindowStarts;
  /** Strategy id → the date of its first holdings snapshot, where its track record starts; config order. */
  firstSnapshots: Record<string, IsoDate>;
}

/** What compute returns: the report.json model, the dates present states beside it, and the daily series the charts draw. */
export interface ComputeResult {
  report: ReportModel;
  dates: ReportDates;
  charts: ChartData;
}

export interface ComputeOptions {
  month: Month;
  /** --as-of, else the last date of prices.csv. */
  asOf: IsoDate;
  /** --partial: allow an incomplete month. */
  partial: boolean;
  /** The data folder is the bundled synthetic sample. */
  sample?: boolean;
  generator: { name: string; version: string };
}

// ---------------------------------------------------------------- problems found in the data

/** One problem in the data folder, located as precisely as it can be. */
export interface Issue {
  /** File name relative to the data folder: `prices.csv`, `commentary/2026-03.md`. */
  file: string;
  /** 1-based physical line where the record starts (header = 1). */
  line?: number;
  /** CSV column name. */
  column?: string;
  /** JSON path for config.json: `courses[2].weights.NEXT100`. */
  path?: string;
  /** The offending value, as read. */
  value?: string;
  /** What is wrong: `is not a number`. */
  message: string;
}

/**
 * A check of one file against another that was left out because the other file has problems of its
 * own: its findings would be knock-on errors, not causes.
 */
export interface SkippedCheck {
  /** The file not checked: `holdings.csv`. */
  file: string;
  /** The file it depends on, which has problems: `securities.csv`. */
  against: string;
}

// ---------------------------------------------------------------- the client notice (NOTICE.md), unrounded

/** A strategy's return from its own launchDate's close (or the last trading day before it) to end. */
export interface SinceLaunch {
  /** The start close: launchDate, or the last trading day before it. */
  start: IsoDate;
  /** null when the strategy's track record (first snapshot) starts after `start`. */
  return: number | null;
  /** The strategy's benchmark over the same window. */
  benchmarkReturn: number;
}

/** The noticed strategy in notice.json: its month's figures as in report.json, and its own 設定来. */
export type NoticeStrategy = Pick<
  StrategyReport,
  'id' | 'name' | 'benchmark' | 'market' | 'base' | 'end' | 'monthReturn' | 'benchmarkReturn' | 'excessReturn' | 'sharpe' | 'attribution'
> & { sinceLaunch: SinceLaunch };

/** Another strategy in notice.json. */
export type NoticeOther = Pick<StrategyReport, 'id' | 'name' | 'monthReturn' | 'excessReturn'> & { sinceLaunch: SinceLaunch };

/** notice.json (NOTICE.md "notice.json"): the notice's figures, unrounded, as report.json carries them. */
export interface NoticeModel {
  schemaVersion: 1;
  month: Month;
  /** The notice's issue date (--date, default asOf). */
  date: IsoDate;
  asOf: IsoDate;
  partial: boolean;
  sample: boolean;
  strategy: NoticeStrategy;
  /** Every other configured strategy, in config order. */
  others: NoticeOther[];
  generator: { name: string; version: string };
  inputs: Record<string, string>;
  warnings: string[];
}

/** The analysts' text of one notice (commentary/notice-<YYYY-MM>-<id>.md), raw Markdown by section. */
export interface NoticeCommentary {
  /** 市況環境 */
  market?: string;
  /** 運用方針 */
  policy?: string;
  /** 要因 */
  factors?: string;
  /** 他の戦略: the text not under a strategy's ### heading. */
  others?: string;
  /** 他の戦略 → ### <strategy id> → its 特徴・現状. */
  strategies: Map<string, string>;
  /** 今後の方針 */
  outlook?: string;
  /** Q&A: ### question → answer, in file order. */
  qa: { question: string; answer: string }[];
}
