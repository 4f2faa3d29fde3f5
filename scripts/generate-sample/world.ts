/**
 * One market's simulated data, as the model builds it and the writers read it. Returns are day-indexed
 * arrays over the market's Timeline.
 */
import type { Market } from './market.js';
import type { Streams } from './rng.js';
import type { Timeline } from './timeline.js';

export interface Sec {
  ticker: string;
  name: string;
  nameEn: string;
  sector: string;
  desc: string;
  /** The strategy whose pool the name comes from, or 'synthetic'. */
  kind: string;
  price0: number;
  yld: number;
  /** Ex-dates a year: the dividend per ex-date is yld / divsPerYear of the price. */
  divsPerYear: number;
  beta: number;
  idio: number;
  /** Listed window, day indices inclusive. */
  first: number;
  last: number;
  exDays: Set<number>;
  splits: Map<number, number>;
  /** Exposure rows (J × K), rounded to 4 decimals. */
  expo: Float64Array;
  /** Daily total return; [0] unused. */
  ret: Float64Array;
}

export interface Snap {
  strategy: string;
  month: string;
  day: number;
  tickers: string[];
  /** Weights in millionths, parallel to tickers; CASH separate. */
  micro: number[];
  cashMicro: number;
  prefs: Map<string, number>;
  /** Upper bounds set by the drift audit (ticker → weight). */
  caps: Map<string, number>;
  /** Decimal weights incl. CASH, what the loader will see. */
  weights: Map<string, number>;
}

export interface World {
  readonly market: Market;
  readonly tl: Timeline;
  readonly rng: Streams;
  /** Market factor return per day. */
  readonly m: Float64Array;
  /** Factor returns, k * D + t, rounded to 6 decimals. */
  readonly f: Float64Array;
  /** Index → benchmark exposure rows. */
  readonly bexpo: Map<string, Float64Array>;
  /** Index → daily level. */
  readonly idxLevel: Map<string, Float64Array>;
  readonly secs: Sec[];
  readonly bySym: Map<string, Sec>;
  /** The pool names' returns as drawn: shaping starts again from these every round. */
  readonly poolBase: Map<string, Float64Array>;
  /** Strategy → its snapshots, ascending. */
  readonly snaps: Record<string, Snap[]>;
  readonly snapDays: Record<string, Set<number>>;
}
