/**
 * Writes the bundled SYNTHETIC sample data folder (DATA.md) deterministically.
 *
 *   npx tsx scripts/generate-sample.ts [--out fixtures/sample] [--universe 300] [--seed 20240604]
 *
 * Nothing here is market data. Tickers, names and business descriptions of the held securities are
 * real companies' (so the report reads naturally), but every price, dividend amount, index level,
 * factor exposure and factor return is drawn from a seeded PRNG (mulberry32) and a simple factor model:
 *   r_i,t = beta_i · m_t + Σ_k x_i,k · f_k,t + ε_i,t
 * No Math.random, no clock: the same arguments give byte-identical files. The held securities' data do
 * not depend on --universe (every ticker has its own PRNG stream), so a 5,000-ticker folder reports the
 * same strategy figures as the 300-ticker sample.
 *
 * Files are written in chunks (never one big string), so a 5,000-ticker universe (~2.4M price rows) fits
 * in a small amount of memory.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dateOf, isWeekend, isoWeekMonday } from './generate-sample/dates.js';
import { nyseHolidays, nyseTradingDays } from './generate-sample/markets/us/calendar.js';
import { COMMENTARY } from './generate-sample/commentary.js';
import { CONFIG_JSON } from './generate-sample/config.js';
import { FACTOR_IDS, FI, K, FACTOR_MU, FACTOR_SD, type FactorId } from './generate-sample/factors.js';
import type { PoolDef } from './generate-sample/market.js';
import { US } from './generate-sample/markets/us/index.js';
import { Rng, hash32 } from './generate-sample/rng.js';
import { DEFAULT_SEED, DEFAULT_UNIVERSE, END_DATE, FIRST_SNAPSHOT, START_DATE } from './generate-sample/sample.js';

export { DEFAULT_SEED, DEFAULT_UNIVERSE, END_DATE, FIRST_SNAPSHOT, START_DATE } from './generate-sample/sample.js';
export { FACTOR_IDS } from './generate-sample/factors.js';

type StrategyId = 'MAJOR100' | 'NEXT100';
const NORMAL_CAP = 0.075;
const MIN_WEIGHT = 0.015;
const SECTOR_CAP = 0.33;
const DRIFT_LIMIT = 0.095;
const INDICES = US.indices;
const SPLITS = US.splits;
const BREACH = US.breach as typeof US.breach & { strategy: StrategyId };
const strat = (id: StrategyId) => US.strategies.find((x) => x.id === id)!;
const CORE = { MAJOR100: strat('MAJOR100').core, NEXT100: strat('NEXT100').core };
const FORCED = { MAJOR100: strat('MAJOR100').forced, NEXT100: strat('NEXT100').forced };
const CASH = { MAJOR100: strat('MAJOR100').cash, NEXT100: strat('NEXT100').cash };
const MAJOR_POOL = strat('MAJOR100').pool;
const NEXT_POOL = strat('NEXT100').pool;
const TILT_MAJOR = strat('MAJOR100').tilt;
const TILT_NEXT = strat('NEXT100').tilt;
const { tiltLarge: TILT_LARGE, tiltSmall: TILT_SMALL, sectors: SYN_SECTORS, prefixes: SYN_PREFIX, suffixes: SYN_SUFFIX } = US.synthetic;
const SPX_MONTH_TARGETS = US.scenario.anchorMonths;
const SPX_WEEK_TARGETS = US.scenario.anchorWeeks;
const INDEX_MONTH_TARGETS = US.scenario.indexMonths;
const FACTOR_MONTH_TARGETS = US.scenario.factorMonths;
const EXCESS_TARGETS = US.scenario.excess;
const VOL_MULT = US.priceModel.volMult;


// ================================================================ helpers

const round = (x: number, d: number): number => {
  const p = 10 ** d;
  return Math.round(x * p) / p;
};
/** Fixed decimals, never "-0.000". */
function fixed(x: number, d: number): string {
  const s = x.toFixed(d);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}
/** At most d decimals, trailing zeros dropped. */
function trimmed(x: number, d: number): string {
  const s = fixed(x, d);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
function csvField(v: string): string {
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v;
}
/** The daily shift c with Π(1 + v_t + c) = 1 + target (Newton on the log). */
function solveShift(values: readonly number[], target: number): number {
  const goal = Math.log1p(target);
  let c = 0;
  for (let it = 0; it < 60; it++) {
    let g = -goal;
    let dg = 0;
    for (const v of values) {
      g += Math.log1p(v + c);
      dg += 1 / (1 + v + c);
    }
    const step = g / dg;
    c -= step;
    if (Math.abs(step) < 1e-15) break;
  }
  return c;
}

/** Appends text to a file in ~1 MB chunks. */
class ChunkWriter {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.parts = [];
    this.size = 0;
  }
  close(): number {
    this.flush();
    closeSync(this.fd);
    return this.bytes;
  }
}

// ================================================================ the model

type Kind = StrategyId | 'synthetic';

interface Sec {
  ticker: string;
  name: string;
  nameEn: string;
  sector: string;
  desc: string;
  kind: Kind;
  price0: number;
  yld: number;
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

interface MonthSpan {
  key: string;
  first: number;
  last: number;
}

interface Snap {
  strategy: StrategyId;
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

export interface GenerateOptions {
  out: string;
  universe?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  files: Record<string, number>;
  facts: Facts;
}

export interface Facts {
  tradingDays: number;
  universe: number;
  priceRows: number;
  snapshots: { strategy: string; date: string; tickers: string[]; weights: Record<string, number> }[];
  breach: { strategy: string; ticker: string; snapshotDate: string; snapshotWeight: number; baseDate: string; driftedWeight: number };
  maxOtherDriftedWeight: { strategy: string; date: string; ticker: string; weight: number };
  months: { month: string; MAJOR100: number | null; NEXT100: number | null; SPX: number; RUT: number; DJI: number; IXIC: number }[];
  weeks: { month: string; start: string; end: string; DJI: number; SPX: number; IXIC: number }[];
  factorMonths: { month: string; returns: Record<string, number> }[];
  /** REPORT.md's factor attribution for the two commentary months (weights and exposures at base). */
  attribution: { month: string; strategy: string; excess: number; specific: number; active: Record<string, number>; contributions: Record<string, number> }[];
}

class Model {
  readonly seed: number;
  readonly days: string[];
  readonly D: number;
  readonly months: MonthSpan[];
  readonly monthOfDay: string[];
  /** Exposure dates (day indices): the data start and the first trading day of every later month. */
  readonly expDays: number[];
  /** Exposure row in effect for the return of day t (latest row dated ≤ t − 1). */
  readonly expRow: Int32Array;
  readonly m: Float64Array;
  /** Factor returns, k * D + t, rounded to 6 decimals. */
  readonly f: Float64Array;
  readonly bexpo = new Map<string, Float64Array>();
  readonly idxRet = new Map<string, Float64Array>();
  readonly idxLevel = new Map<string, Float64Array>();
  secs: Sec[] = [];
  readonly bySym = new Map<string, Sec>();
  readonly poolBase = new Map<string, Float64Array>();
  snaps: Record<StrategyId, Snap[]> = { MAJOR100: [], NEXT100: [] };
  readonly snapDays: Record<StrategyId, Set<number>> = { MAJOR100: new Set(), NEXT100: new Set() };

  constructor(seed: number) {
    this.seed = seed;
    this.days = nyseTradingDays(START_DATE, END_DATE);
    this.D = this.days.length;
    this.monthOfDay = this.days.map((d) => d.slice(0, 7));
    this.months = [];
    for (let t = 0; t < this.D; t++) {
      const key = this.monthOfDay[t]!;
      const last = this.months.at(-1);
      if (last && last.key === key) last.last = t;
      else this.months.push({ key, first: t, last: t });
    }
    this.expDays = this.months.map((mo) => mo.first);
    this.expRow = new Int32Array(this.D);
    let row = 0;
    for (let t = 1; t < this.D; t++) {
      while (row + 1 < this.expDays.length && this.expDays[row + 1]! <= t - 1) row++;
      this.expRow[t] = row;
    }
    this.m = new Float64Array(this.D);
    this.f = new Float64Array(K * this.D);
  }

  rng(label: string): Rng {
    return new Rng(hash32(`${this.seed}:${label}`));
  }
  dayOf(iso: string): number {
    const i = this.days.indexOf(iso);
    if (i < 0) throw new Error(`not a trading day in range: ${iso}`);
    return i;
  }
  span(key: string): MonthSpan {
    const s = this.months.find((x) => x.key === key);
    if (!s) throw new Error(`no month ${key}`);
    return s;
  }
  rangeDays(a: number, b: number): number[] {
    const out: number[] = [];
    for (let t = Math.max(1, a); t <= b; t++) out.push(t);
    return out;
  }

  // ---------------------------------------------------------------- market, factors, indices

  buildMarket(): Float64Array {
    const rng = this.rng('market');
    const volScale = new Float64Array(this.D);
    let lv = 0;
    for (let t = 0; t < this.D; t++) {
      lv = 0.97 * lv + 0.12 * rng.normal();
      const mult = VOL_MULT[this.monthOfDay[t]!] ?? 1;
      volScale[t] = Math.exp(lv) * mult;
      const r = 0.0003 + 0.0085 * volScale[t]! * rng.normal();
      this.m[t] = t === 0 ? 0 : r;
    }
    return volScale;
  }

  buildFactors(volScale: Float64Array): void {
    const rng = this.rng('factors');
    const D = this.D;
    for (let t = 0; t < D; t++) {
      const scale = 0.6 + 0.4 * volScale[t]!;
      for (let k = 0; k < K; k++) this.f[k * D + t] = FACTOR_MU[k]! + FACTOR_SD[k]! * scale * rng.normal();
    }
    for (const [month, targets] of Object.entries(FACTOR_MONTH_TARGETS)) {
      const sp = this.span(month);
      const ts = this.rangeDays(sp.first, sp.last);
      for (const [fid, target] of Object.entries(targets)) {
        const k = FI[fid as FactorId];
        const c = solveShift(ts.map((t) => this.f[k * D + t]!), target!);
        for (const t of ts) this.f[k * D + t] = this.f[k * D + t]! + c;
      }
    }
    for (let i = 0; i < this.f.length; i++) this.f[i] = round(this.f[i]!, 6);
  }

  factorDot(expo: ArrayLike<number>, rowOffset: number, t: number): number {
    let s = 0;
    for (let k = 0; k < K; k++) s += expo[rowOffset + k]! * this.f[k * this.D + t]!;
    return s;
  }

  buildIndices(): void {
    const J = this.expDays.length;
    const rest = new Map<string, Float64Array>();
    for (const def of INDICES) {
      const rng = this.rng(`index:${def.id}`);
      const be = new Float64Array(J * K);
      const dev = new Float64Array(K);
      for (let j = 0; j < J; j++) {
        for (let k = 0; k < K; k++) {
          dev[k] = 0.8 * dev[k]! + 0.03 * rng.normal();
          be[j * K + k] = round(def.expo[k]! + dev[k]!, 4);
        }
      }
      this.bexpo.set(def.id, be);
      const r = new Float64Array(this.D);
      for (let t = 1; t < this.D; t++) r[t] = this.factorDot(be, this.expRow[t]! * K, t) + def.noise * rng.normal();
      rest.set(def.id, r);
    }
    // Shift the market factor so that the S&P 500 (beta 1) meets its month and week targets.
    const spx = rest.get('SPX')!;
    const periods: [number, number, number][] = [];
    for (const [month, target] of Object.entries(SPX_MONTH_TARGETS)) {
      const sp = this.span(month);
      periods.push([sp.first, sp.last, target]);
    }
    for (const [a, b, target] of SPX_WEEK_TARGETS) periods.push([this.dayOf(a), this.dayOf(b), target]);
    for (const [a, b, target] of periods) {
      const ts = this.rangeDays(a, b);
      const c = solveShift(ts.map((t) => this.m[t]! + spx[t]!), target);
      for (const t of ts) this.m[t] = this.m[t]! + c;
    }
    for (const [month, targets] of Object.entries(INDEX_MONTH_TARGETS)) {
      const sp = this.span(month);
      const ts = this.rangeDays(sp.first, sp.last);
      for (const [id, target] of Object.entries(targets)) {
        const def = INDICES.find((x) => x.id === id)!;
        const r = rest.get(id)!;
        const c = solveShift(ts.map((t) => def.beta * this.m[t]! + r[t]!), target);
        for (const t of ts) r[t] = r[t]! + c;
      }
    }
    for (const def of INDICES) {
      const r = rest.get(def.id)!;
      const ret = new Float64Array(this.D);
      const lvl = new Float64Array(this.D);
      lvl[0] = def.level;
      for (let t = 1; t < this.D; t++) {
        const x = def.beta * this.m[t]! + r[t]!;
        lvl[t] = round(lvl[t - 1]! * (1 + x), 2);
        ret[t] = lvl[t]! / lvl[t - 1]! - 1;
      }
      this.idxRet.set(def.id, ret);
      this.idxLevel.set(def.id, lvl);
    }
  }

  indexReturn(id: string, a: number, b: number): number {
    const lvl = this.idxLevel.get(id)!;
    return lvl[b]! / lvl[a]! - 1;
  }

  // ---------------------------------------------------------------- securities

  buildSecurities(universe: number): void {
    const defs: [PoolDef, StrategyId][] = [
      ...MAJOR_POOL.map((d): [PoolDef, StrategyId] => [d, 'MAJOR100']),
      ...NEXT_POOL.map((d): [PoolDef, StrategyId] => [d, 'NEXT100']),
    ];
    const nSyn = Math.max(0, universe - defs.length);
    const width = Math.max(4, String(nSyn).length);
    const secs: Sec[] = [];
    const J = this.expDays.length;
    const D = this.D;
    const matrix = new Float64Array((defs.length + nSyn) * D);
    const make = (i: number, ticker: string, init: (rng: Rng) => Omit<Sec, 'ticker' | 'beta' | 'idio' | 'expo' | 'ret' | 'exDays' | 'splits'> & { tilt: number[]; expoSd: number; idioLo: number; idioSpan: number }): Sec => {
      const rng = this.rng(`sec:${ticker}`);
      const base = init(rng);
      const b = new Float64Array(K);
      for (let k = 0; k < K; k++) b[k] = base.tilt[k]! + base.expoSd * rng.normal();
      if (base.yld > 0) b[FI.shareholder_return] = b[FI.shareholder_return]! + Math.min(1.5, 30 * (base.yld - 0.01));
      else b[FI.shareholder_return] = b[FI.shareholder_return]! - 0.5;
      const beta = Math.min(1.8, Math.max(0.55, 1 + 0.18 * b[FI.us_beta]! + 0.08 * rng.normal()));
      const idio = base.idioLo + base.idioSpan * rng.next();
      const expo = new Float64Array(J * K);
      const dev = new Float64Array(K);
      for (let k = 0; k < K; k++) dev[k] = 0.5 * rng.normal();
      for (let j = 0; j < J; j++) {
        for (let k = 0; k < K; k++) {
          if (j > 0) dev[k] = 0.8 * dev[k]! + 0.35 * rng.normal();
          expo[j * K + k] = round(b[k]! + dev[k]!, 4);
        }
      }
      const exDays = new Set<number>();
      if (base.yld > 0) {
        const q = rng.int(3);
        const dom = 3 + rng.int(22);
        for (const sp of this.months) {
          const mon = Number(sp.key.slice(5, 7));
          if ((mon - 1 - q + 12) % 3 !== 0) continue;
          const want = `${sp.key}-${String(dom).padStart(2, '0')}`;
          for (let t = sp.first; t <= sp.last; t++) {
            if (this.days[t]! >= want) {
              if (t > base.first && t <= base.last) exDays.add(t);
              break;
            }
          }
        }
      }
      const splits = new Map<number, number>();
      for (const [date, ratio] of SPLITS[ticker] ?? []) splits.set(this.dayOf(date), ratio);
      const ret = matrix.subarray(i * D, (i + 1) * D);
      for (let t = 1; t < D; t++) {
        const row = this.expRow[t]! * K;
        let eps = idio * rng.normal();
        if (rng.next() < 0.012) eps *= 3.5; // news days
        const r = beta * this.m[t]! + this.factorDot(expo, row, t) + eps;
        ret[t] = Math.max(-0.45, r);
      }
      return {
        ticker, name: base.name, nameEn: base.nameEn, sector: base.sector, desc: base.desc, kind: base.kind,
        price0: base.price0, yld: base.yld, beta, idio, first: base.first, last: base.last, exDays, splits, expo, ret,
      };
    };
    defs.forEach(([d, strategy], i) => {
      secs.push(make(i, d.ticker, () => ({
        name: d.name, nameEn: d.nameEn, sector: d.sector, desc: d.desc, kind: strategy, price0: d.price, yld: d.yld,
        first: 0, last: D - 1, tilt: strategy === 'MAJOR100' ? TILT_MAJOR : TILT_NEXT, expoSd: 0.6,
        idioLo: strategy === 'MAJOR100' ? 0.009 : 0.016, idioSpan: strategy === 'MAJOR100' ? 0.006 : 0.008,
      })));
    });
    for (let n = 1; n <= nSyn; n++) {
      const ticker = `U${String(n).padStart(width, '0')}`;
      secs.push(make(defs.length + n - 1, ticker, (rng) => {
        let u = rng.next();
        let sector = SYN_SECTORS[0]![0];
        for (const [s, w] of SYN_SECTORS) {
          if (u < w) {
            sector = s;
            break;
          }
          u -= w;
        }
        const large = rng.next() < 0.3;
        const name = `${rng.pick(SYN_PREFIX)}・${rng.pick(SYN_SUFFIX[sector]!)}`;
        const payer = rng.next() < (large ? 0.6 : 0.25);
        const yld = payer ? round(rng.uniform(0.005, large ? 0.04 : 0.03), 4) : 0;
        const price0 = round(Math.min(900, Math.max(3, Math.exp(Math.log(60) + 0.9 * rng.normal()))), 2);
        const descRoll = rng.next();
        const desc = descRoll < 0.35 ? '' : descRoll < 0.8
          ? `${sector}セクターに属する架空の企業です（合成データ）。`
          : `${sector}セクターに属する架空の企業です。\n実在の企業・銘柄とは関係ありません（合成データ）。`;
        let first = 0;
        let last = D - 1;
        const life = rng.next();
        if (life < 0.02) first = 60 + rng.int(D - 160); // listed later (IPO)
        else if (life < 0.04) last = 100 + rng.int(D - 160); // delisted
        return {
          name, nameEn: `Synthetic Company ${ticker}`, sector, desc, kind: 'synthetic' as const, price0, yld, first, last,
          tilt: large ? TILT_LARGE : TILT_SMALL, expoSd: 0.9, idioLo: large ? 0.01 : 0.017, idioSpan: large ? 0.007 : 0.013,
        };
      }));
    }
    this.secs = secs;
    for (const s of secs) {
      this.bySym.set(s.ticker, s);
      if (s.kind !== 'synthetic') this.poolBase.set(s.ticker, Float64Array.from(s.ret));
    }
  }

  // ---------------------------------------------------------------- holdings

  snapshotMonths(): { month: string; day: number }[] {
    const firstDay = this.dayOf(FIRST_SNAPSHOT);
    return this.months
      .filter((sp) => sp.key >= FIRST_SNAPSHOT.slice(0, 7))
      .map((sp) => ({ month: sp.key, day: sp.key === FIRST_SNAPSHOT.slice(0, 7) ? firstDay : sp.first }));
  }

  selectHoldings(): void {
    const traitsOf: Record<StrategyId, FactorId[]> = {
      MAJOR100: ['profitability', 'eps_stability', 'financial_safety', 'shareholder_return', 'surprise'],
      NEXT100: ['growth', 'activity', 'surprise', 'us_beta'],
    };
    for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
      const rng = this.rng(`select:${strategy}`);
      const pool = this.secs.filter((s) => s.kind === strategy);
      let size = strategy === 'MAJOR100' ? 22 : 23;
      let prev: string[] = [];
      const snaps: Snap[] = [];
      for (const { month, day } of this.snapshotMonths()) {
        const row = this.expDays.filter((d) => d <= day).length - 1;
        const score = new Map<string, number>();
        for (const s of pool) {
          let v = 0;
          for (const fid of traitsOf[strategy]) v += s.expo[row * K + FI[fid]]!;
          score.set(s.ticker, v / traitsOf[strategy].length + 0.45 * rng.normal());
        }
        const required = new Set([...CORE[strategy], ...(FORCED[strategy][month] ?? [])]);
        if (snaps.length > 0) size = Math.min(25, Math.max(20, size + rng.pick([-1, 0, 0, 1])));
        const sectorOf = (t: string) => this.bySym.get(t)!.sector;
        const byScore = (a: string, b: string) => score.get(b)! - score.get(a)! || (a < b ? -1 : 1);
        let chosen: string[];
        const removed = new Set<string>();
        if (prev.length === 0) {
          chosen = [...required];
        } else {
          chosen = [...prev].sort(byScore);
          const nOut = rng.pick([1, 1, 2, 2, 3]);
          for (let n = 0; n < nOut; n++) {
            for (let i = chosen.length - 1; i >= 0; i--) {
              if (!required.has(chosen[i]!)) {
                removed.add(chosen[i]!);
                chosen.splice(i, 1);
                break;
              }
            }
          }
          for (const r of required) if (!chosen.includes(r)) chosen.push(r);
        }
        const candidates = pool.map((s) => s.ticker).filter((t) => !chosen.includes(t) && !removed.has(t)).sort(byScore);
        const countIn = (sector: string) => chosen.filter((t) => sectorOf(t) === sector).length;
        for (const c of candidates) {
          if (chosen.length >= size) break;
          if (countIn(sectorOf(c)) >= 7) continue;
          chosen.push(c);
        }
        chosen.sort(byScore);
        while (chosen.length > size) {
          let i = chosen.length - 1;
          while (required.has(chosen[i]!)) i--;
          chosen.splice(i, 1);
        }
        const prefs = new Map<string, number>();
        for (const t of chosen) prefs.set(t, Math.exp(0.35 * score.get(t)! + 0.3 * rng.normal()));
        const cash = CASH[strategy][month] ?? 0;
        snaps.push({
          strategy, month, day, tickers: chosen, micro: [], cashMicro: Math.round(cash * 1e6), prefs,
          caps: new Map(), weights: new Map(),
        });
        prev = chosen;
      }
      this.snaps[strategy] = snaps;
      this.snapDays[strategy] = new Set(snaps.map((s) => s.day));
    }
  }

  /** Weights from preferences under the name, minimum and sector bounds; integer millionths summing to 1e6. */
  solveWeights(snap: Snap, isFirst: boolean): void {
    const names = snap.tickers;
    const investable = 1 - snap.cashMicro / 1e6;
    const fixedW = new Map<string, number>();
    if (snap.strategy === BREACH.strategy && snap.month === BREACH.snapshotMonth) fixedW.set(BREACH.ticker, BREACH.snapshotWeight);
    if (isFirst) fixedW.set(CORE[snap.strategy][0]!, NORMAL_CAP); // the first row of the file: a name held throughout
    const capOf = (t: string) => Math.min(isFirst ? NORMAL_CAP - 0.003 : NORMAL_CAP, snap.caps.get(t) ?? 1);
    const sectorOf = (t: string) => this.bySym.get(t)!.sector;
    const w = new Map<string, number>();
    const free = names.filter((t) => !fixedW.has(t));
    let fixedSum = 0;
    for (const [t, v] of fixedW) {
      w.set(t, v);
      fixedSum += v;
    }
    const prefSum = free.reduce((a, t) => a + snap.prefs.get(t)!, 0);
    for (const t of free) w.set(t, (snap.prefs.get(t)! / prefSum) * (investable - fixedSum));
    for (let it = 0; it < 2000; it++) {
      let changed = false;
      for (const t of free) {
        const v = w.get(t)!;
        if (v > capOf(t) + 1e-15) { w.set(t, capOf(t)); changed = true; }
        if (v < MIN_WEIGHT - 1e-15) { w.set(t, MIN_WEIGHT); changed = true; }
      }
      const sectorSum = new Map<string, number>();
      for (const t of names) sectorSum.set(sectorOf(t), (sectorSum.get(sectorOf(t)) ?? 0) + w.get(t)!);
      for (const [sec, sum] of sectorSum) {
        if (sum > SECTOR_CAP + 1e-12) {
          const movable = free.filter((t) => sectorOf(t) === sec);
          const fixedIn = names.filter((t) => sectorOf(t) === sec && fixedW.has(t)).reduce((a, t) => a + w.get(t)!, 0);
          const movSum = movable.reduce((a, t) => a + w.get(t)!, 0);
          const factor = (SECTOR_CAP - fixedIn) / movSum;
          for (const t of movable) w.set(t, Math.max(MIN_WEIGHT, w.get(t)! * factor));
          changed = true;
        }
      }
      // Hand the shortfall (or excess) to names with room, in proportion to their weight.
      const total = names.reduce((a, t) => a + w.get(t)!, 0);
      const gap = investable - total;
      if (Math.abs(gap) > 1e-13) {
        const fullSectors = new Set([...sectorSum].filter(([, s]) => s >= SECTOR_CAP - 1e-12).map(([s]) => s));
        const room = free.filter((t) => gap > 0
          ? w.get(t)! < capOf(t) - 1e-12 && !fullSectors.has(sectorOf(t))
          : w.get(t)! > MIN_WEIGHT + 1e-12);
        const roomSum = room.reduce((a, t) => a + w.get(t)!, 0);
        if (roomSum <= 0) throw new Error(`cannot place weights for ${snap.strategy} ${snap.month}`);
        for (const t of room) w.set(t, w.get(t)! + (gap * w.get(t)!) / roomSum);
        changed = true;
      }
      if (!changed) break;
    }
    const sorted = [...names].sort((a, b) => w.get(b)! - w.get(a)! || (a < b ? -1 : 1));
    const micro = sorted.map((t) => Math.round(w.get(t)! * 1e6));
    const diff = 1e6 - snap.cashMicro - micro.reduce((a, b) => a + b, 0);
    micro[micro.length - 1] = micro.at(-1)! + diff; // the last row absorbs the rounding
    snap.tickers = sorted;
    snap.micro = micro;
    snap.weights = new Map(sorted.map((t, i) => [t, micro[i]! / 1e6]));
    if (snap.cashMicro > 0) snap.weights.set('CASH', snap.cashMicro / 1e6);
  }

  // ---------------------------------------------------------------- NAV arithmetic (REPORT.md)

  r(ticker: string, t: number): number {
    return ticker === 'CASH' ? 0 : this.bySym.get(ticker)!.ret[t]!;
  }
  /** One day of buy-and-hold: returns the portfolio return and drifts w in place. */
  step(w: Map<string, number>, t: number): number {
    let R = 0;
    for (const [tk, v] of w) R += v * this.r(tk, t);
    for (const [tk, v] of w) w.set(tk, (v * (1 + this.r(tk, t))) / (1 + R));
    return R;
  }
  /** The weights held after day's close (drifted, reset on snapshot dates); null before the first snapshot. */
  weightsAt(strategy: StrategyId, day: number): Map<string, number> | null {
    const snaps = this.snaps[strategy];
    let s: Snap | undefined;
    for (const x of snaps) if (x.day <= day) s = x;
    if (!s) return null;
    const w = new Map(s.weights);
    for (let t = s.day + 1; t <= day; t++) this.step(w, t);
    return w;
  }
  /** Return over (a, b] of the strategy; `shift` is added to every held name's return on each day. */
  periodReturn(strategy: StrategyId, a: number, b: number, shift = 0, commit = false): number {
    const snaps = this.snaps[strategy];
    const w = this.weightsAt(strategy, a);
    if (!w) throw new Error(`${strategy}: no snapshot on or before ${this.days[a]}`);
    let growth = 1;
    for (let t = a + 1; t <= b; t++) {
      if (shift !== 0) {
        for (const tk of w.keys()) {
          if (tk === 'CASH') continue;
          const ret = this.bySym.get(tk)!.ret;
          ret[t] = ret[t]! + shift;
        }
      }
      growth *= 1 + this.step(w, t);
      if (shift !== 0 && !commit) {
        for (const tk of w.keys()) {
          if (tk === 'CASH') continue;
          const ret = this.bySym.get(tk)!.ret;
          ret[t] = ret[t]! - shift;
        }
      }
      if (this.snapDays[strategy].has(t)) {
        const s = snaps.find((x) => x.day === t)!;
        w.clear();
        for (const [tk, v] of s.weights) w.set(tk, v);
      }
    }
    return growth - 1;
  }

  // ---------------------------------------------------------------- shaping and audit

  engineer(): void {
    for (const s of this.secs) if (s.kind !== 'synthetic') s.ret.set(this.poolBase.get(s.ticker)!);
    const months = Object.keys(EXCESS_TARGETS).sort();
    const breachSpan = this.span(BREACH.snapshotMonth);
    const events: { day: number; run: () => void }[] = [];
    for (const month of months) {
      const sp = this.span(month);
      for (const [strategy, excess] of Object.entries(EXCESS_TARGETS[month]!) as [StrategyId, number][]) {
        events.push({ day: sp.first, run: () => {
          const bench = strategy === 'MAJOR100' ? 'SPX' : 'RUT';
          const target = (1 + this.indexReturn(bench, sp.first - 1, sp.last)) * (1 + excess) - 1;
          let lo = -0.03;
          let hi = 0.03;
          for (let it = 0; it < 80; it++) {
            const mid = (lo + hi) / 2;
            if (this.periodReturn(strategy, sp.first - 1, sp.last, mid) < target) lo = mid;
            else hi = mid;
          }
          this.periodReturn(strategy, sp.first - 1, sp.last, (lo + hi) / 2, true);
        } });
      }
    }
    events.push({ day: breachSpan.first, run: () => {
      // LLY rallies after its results so that its drifted weight at the month's last close is ~10.9%.
      const snap = this.snaps[BREACH.strategy].find((s) => s.month === BREACH.snapshotMonth)!;
      const end = breachSpan.last;
      const growth = new Map<string, number>();
      for (const tk of snap.weights.keys()) {
        let g = 1;
        for (let t = snap.day + 1; t <= end; t++) g *= 1 + this.r(tk, t);
        growth.set(tk, g);
      }
      let others = 0;
      for (const [tk, v] of snap.weights) if (tk !== BREACH.ticker) others += v * growth.get(tk)!;
      const w0 = snap.weights.get(BREACH.ticker)!;
      const need = (BREACH.target * others) / (1 - BREACH.target);
      const g = need / (w0 * growth.get(BREACH.ticker)!);
      const sec = this.bySym.get(BREACH.ticker)!;
      const jumpDays = [snap.day + 3, snap.day + 4, snap.day + 5];
      const per = g ** (1 / jumpDays.length);
      for (const t of jumpDays) sec.ret[t] = (1 + sec.ret[t]!) * per - 1;
    } });
    events.sort((a, b) => a.day - b.day);
    for (const e of events) e.run();
  }

  /** Drifted weights at every month-end base: shrink any name (other than the planned breach) that ends above the limit. */
  audit(): string[] {
    const notes: string[] = [];
    for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
      const snaps = this.snaps[strategy];
      for (let k = 1; k < snaps.length; k++) {
        const base = snaps[k]!.day - 1;
        const w = this.weightsAt(strategy, base)!;
        const prevSnap = snaps[k - 1]!;
        const sectorSum = new Map<string, number>();
        for (const [tk, v] of w) {
          if (tk === 'CASH') continue;
          const sector = this.bySym.get(tk)!.sector;
          sectorSum.set(sector, (sectorSum.get(sector) ?? 0) + v);
          const planned = strategy === BREACH.strategy && tk === BREACH.ticker && prevSnap.month === BREACH.snapshotMonth;
          if (!planned && v > DRIFT_LIMIT) {
            const cur = prevSnap.weights.get(tk)!;
            prevSnap.caps.set(tk, Math.max(MIN_WEIGHT, cur * 0.85));
            notes.push(`${strategy} ${this.days[base]} ${tk} ${v.toFixed(4)}`);
          }
        }
        for (const [sector, sum] of sectorSum) {
          if (sum > 0.345) {
            for (const tk of prevSnap.tickers) {
              if (this.bySym.get(tk)!.sector === sector) prevSnap.caps.set(tk, Math.max(MIN_WEIGHT, prevSnap.weights.get(tk)! * 0.9));
            }
            notes.push(`${strategy} ${this.days[base]} sector ${sector} ${sum.toFixed(4)}`);
          }
        }
      }
    }
    return notes;
  }
}

// ================================================================ output

function writeText(path: string, text: string): number {
  const w = new ChunkWriter(path);
  w.write(text);
  return w.close();
}

/** Writes prices.csv and replaces the held names' returns by the realised ones (after rounding). */
function writePrices(model: Model, path: string): { bytes: number; rows: number } {
  const w = new ChunkWriter(path);
  w.write('date,ticker,close,dividend,split\n');
  const order = [...model.secs].sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));
  const prev = new Float64Array(order.length);
  const realised = new Map<string, Float64Array>();
  for (const s of order) if (s.kind !== 'synthetic') realised.set(s.ticker, new Float64Array(model.D));
  let rows = 0;
  for (let t = 0; t < model.D; t++) {
    const date = model.days[t]!;
    let lines = '';
    for (let i = 0; i < order.length; i++) {
      const s = order[i]!;
      if (t < s.first || t > s.last) continue;
      let close: number;
      let div = 0;
      let split = 1;
      if (t === s.first) {
        close = round(s.price0, 2);
      } else {
        const p = prev[i]!;
        split = s.splits.get(t) ?? 1;
        if (s.exDays.has(t)) div = Math.max(0.01, round(((p / split) * s.yld) / 4, 2));
        close = round((p * (1 + s.ret[t]!)) / split - div, 4);
        if (close < 0.01) close = 0.01;
        const real = realised.get(s.ticker);
        if (real) real[t] = (split * (close + div)) / p - 1;
      }
      prev[i] = close;
      lines += `${date},${s.ticker},${trimmed(close, 4)},${div > 0 ? trimmed(div, 4) : ''},${split !== 1 ? String(split) : ''}\n`;
      rows++;
    }
    w.write(lines);
  }
  for (const [tk, r] of realised) model.bySym.get(tk)!.ret.set(r);
  return { bytes: w.close(), rows };
}

function writeExposures(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,ticker,${FACTOR_IDS.join(',')}\n`);
  const order = [...model.secs].sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));
  model.expDays.forEach((day, j) => {
    const date = model.days[day]!;
    for (const s of order) {
      if (day < s.first || day > s.last) continue;
      let line = `${date},${s.ticker}`;
      for (let k = 0; k < K; k++) line += `,${fixed(s.expo[j * K + k]!, 4)}`;
      w.write(`${line}\n`);
    }
  });
  return w.close();
}

function writeBenchmarkExposures(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,benchmark,${FACTOR_IDS.join(',')}\n`);
  model.expDays.forEach((day, j) => {
    for (const def of INDICES) {
      const be = model.bexpo.get(def.id)!;
      let line = `${model.days[day]},${def.id}`;
      for (let k = 0; k < K; k++) line += `,${fixed(be[j * K + k]!, 4)}`;
      w.write(`${line}\n`);
    }
  });
  return w.close();
}

function writeFactorReturns(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write(`date,${FACTOR_IDS.join(',')}\n`);
  for (let t = 0; t < model.D; t++) {
    let line = model.days[t]!;
    for (let k = 0; k < K; k++) line += `,${fixed(model.f[k * model.D + t]!, 6)}`;
    w.write(`${line}\n`);
  }
  return w.close();
}

function writeIndices(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write('date,index,level\n');
  for (let t = 0; t < model.D; t++) {
    for (const def of INDICES) w.write(`${model.days[t]},${def.id},${fixed(model.idxLevel.get(def.id)![t]!, 2)}\n`);
  }
  return w.close();
}

function writeSecurities(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write('ticker,name,sector,description,name_en\n');
  const order = [...model.secs].sort((a, b) => (a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0));
  for (const s of order) w.write(`${[s.ticker, s.name, s.sector, s.desc, s.nameEn].map(csvField).join(',')}\n`);
  return w.close();
}

function writeHoldings(model: Model, path: string): number {
  const w = new ChunkWriter(path);
  w.write('date,strategy,ticker,weight\n');
  const all = [...model.snaps.MAJOR100, ...model.snaps.NEXT100].sort((a, b) => a.day - b.day || (a.strategy < b.strategy ? -1 : 1));
  for (const s of all) {
    const date = model.days[s.day]!;
    s.tickers.forEach((tk, i) => w.write(`${date},${s.strategy},${tk},${(s.micro[i]! / 1e6).toFixed(6)}\n`));
    if (s.cashMicro > 0) w.write(`${date},${s.strategy},CASH,${(s.cashMicro / 1e6).toFixed(6)}\n`);
  }
  return w.close();
}

function computeFacts(model: Model, priceRows: number): Facts {
  const firstSnap = model.dayOf(FIRST_SNAPSHOT);
  const months: Facts['months'] = [];
  for (const sp of model.months) {
    if (sp.first === 0 || sp.last === model.D - 1) continue; // no base, or the incomplete last month
    const a = sp.first - 1;
    const row = {
      month: sp.key,
      MAJOR100: a >= firstSnap ? model.periodReturn('MAJOR100', a, sp.last) : null,
      NEXT100: a >= firstSnap ? model.periodReturn('NEXT100', a, sp.last) : null,
      SPX: model.indexReturn('SPX', a, sp.last), RUT: model.indexReturn('RUT', a, sp.last),
      DJI: model.indexReturn('DJI', a, sp.last), IXIC: model.indexReturn('IXIC', a, sp.last),
    };
    months.push(row);
  }
  const weeks: Facts['weeks'] = [];
  const factorMonths: Facts['factorMonths'] = [];
  const attribution: Facts['attribution'] = [];
  for (const key of Object.keys(EXCESS_TARGETS).sort()) {
    const sp = model.span(key);
    let t = sp.first;
    while (t <= sp.last) {
      const wk = isoWeekMonday(model.days[t]!);
      let e = t;
      while (e + 1 <= sp.last && isoWeekMonday(model.days[e + 1]!) === wk) e++;
      weeks.push({ month: key, start: model.days[t]!, end: model.days[e]!, DJI: model.indexReturn('DJI', t - 1, e),
        SPX: model.indexReturn('SPX', t - 1, e), IXIC: model.indexReturn('IXIC', t - 1, e) });
      t = e + 1;
    }
    const returns: Record<string, number> = {};
    FACTOR_IDS.forEach((fid, k) => {
      let g = 1;
      for (let d = sp.first; d <= sp.last; d++) g *= 1 + model.f[k * model.D + d]!;
      returns[fid] = g - 1;
    });
    factorMonths.push({ month: key, returns });
    for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
      const a = sp.first - 1;
      const w = model.weightsAt(strategy, a)!;
      const row = model.expDays.filter((d) => d <= a).length - 1;
      const bench = strategy === 'MAJOR100' ? 'SPX' : 'RUT';
      const be = model.bexpo.get(bench)!;
      const excess = model.periodReturn(strategy, a, sp.last) - model.indexReturn(bench, a, sp.last);
      const contributions: Record<string, number> = {};
      const active: Record<string, number> = {};
      let sum = 0;
      FACTOR_IDS.forEach((fid, k) => {
        let x = -be[row * K + k]!;
        for (const [tk, v] of w) if (tk !== 'CASH') x += v * model.bySym.get(tk)!.expo[row * K + k]!;
        active[fid] = x;
        contributions[fid] = x * returns[fid]!;
        sum += contributions[fid]!;
      });
      attribution.push({ month: key, strategy, excess, specific: excess - sum, active, contributions });
    }
  }
  const bSnap = model.snaps[BREACH.strategy].find((s) => s.month === BREACH.snapshotMonth)!;
  const bBase = model.span(BREACH.snapshotMonth).last;
  const drifted = model.weightsAt(BREACH.strategy, bBase)!.get(BREACH.ticker)!;
  let maxOther = { strategy: '', date: '', ticker: '', weight: 0 };
  for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
    for (let t = model.dayOf(FIRST_SNAPSHOT); t < model.D; t++) {
      const isBase = model.snapDays[strategy].has(t + 1) || t === model.D - 1;
      const isSnap = model.snapDays[strategy].has(t);
      if (!isBase && !isSnap) continue;
      const w = model.weightsAt(strategy, t)!;
      for (const [tk, v] of w) {
        const planned = strategy === BREACH.strategy && tk === BREACH.ticker && t >= bSnap.day && t <= bBase;
        if (tk === 'CASH' || planned) continue;
        if (v > maxOther.weight) maxOther = { strategy, date: model.days[t]!, ticker: tk, weight: v };
      }
    }
  }
  const snapshots = [...model.snaps.MAJOR100, ...model.snaps.NEXT100]
    .filter((s) => s.month >= '2026-02')
    .map((s) => ({ strategy: s.strategy, date: model.days[s.day]!, tickers: [...s.tickers, ...(s.cashMicro > 0 ? ['CASH'] : [])],
      weights: Object.fromEntries(s.weights) }));
  return {
    tradingDays: model.D, universe: model.secs.length, priceRows, snapshots,
    breach: { strategy: BREACH.strategy, ticker: BREACH.ticker, snapshotDate: model.days[bSnap.day]!,
      snapshotWeight: bSnap.weights.get(BREACH.ticker)!, baseDate: model.days[bBase]!, driftedWeight: drifted },
    maxOtherDriftedWeight: maxOther, months, weeks, factorMonths, attribution,
  };
}

// ================================================================ entry points

export function generateSample(opts: GenerateOptions): GenerateResult {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? DEFAULT_SEED;
  const universe = opts.universe ?? DEFAULT_UNIVERSE;
  if (!Number.isInteger(universe) || universe < 1) throw new Error(`--universe must be a positive integer: ${universe}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`--seed must be an integer 0..4294967295: ${seed}`);
  const model = new Model(seed);
  const volScale = model.buildMarket();
  model.buildFactors(volScale);
  model.buildIndices();
  model.buildSecurities(universe);
  model.selectHoldings();
  let settled = false;
  for (let round = 1; round <= 12 && !settled; round++) {
    for (const strategy of ['MAJOR100', 'NEXT100'] as StrategyId[]) {
      model.snaps[strategy].forEach((s, i) => model.solveWeights(s, i === 0));
    }
    model.engineer();
    const notes = model.audit();
    if (notes.length === 0) settled = true;
    else log(`round ${round}: drift above ${DRIFT_LIMIT} → ${notes.join('; ')}`);
  }
  if (!settled) log('warning: the drift audit did not settle; a second maxWeight breach may exist');

  const out = resolve(opts.out);
  mkdirSync(join(out, 'commentary'), { recursive: true });
  const files: Record<string, number> = {};
  files['config.json'] = writeText(join(out, 'config.json'), CONFIG_JSON);
  const prices = writePrices(model, join(out, 'prices.csv'));
  files['prices.csv'] = prices.bytes;
  files['holdings.csv'] = writeHoldings(model, join(out, 'holdings.csv'));
  files['indices.csv'] = writeIndices(model, join(out, 'indices.csv'));
  files['securities.csv'] = writeSecurities(model, join(out, 'securities.csv'));
  files['factor_exposures.csv'] = writeExposures(model, join(out, 'factor_exposures.csv'));
  files['benchmark_exposures.csv'] = writeBenchmarkExposures(model, join(out, 'benchmark_exposures.csv'));
  files['factor_returns.csv'] = writeFactorReturns(model, join(out, 'factor_returns.csv'));
  for (const [month, text] of Object.entries(COMMENTARY)) {
    files[`commentary/${month}.md`] = writeText(join(out, 'commentary', `${month}.md`), text);
  }
  const facts = computeFacts(model, prices.rows);
  files['README.md'] = writeText(join(out, 'README.md'), readme(facts, { seed, universe }));
  return { files, facts };
}

function parseCli(argv: string[]): { out: string; universe: number; seed: number } {
  const opts = { out: 'fixtures/sample', universe: DEFAULT_UNIVERSE, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    if (name === '--out') opts.out = value();
    else if (name === '--universe') opts.universe = Number(value());
    else if (name === '--seed') opts.seed = Number(value());
    else if (name === '--help' || name === '-h') {
      process.stdout.write('usage: npx tsx scripts/generate-sample.ts [--out fixtures/sample] [--universe 300] [--seed 20240604]\n');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  return opts;
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(2)}%`);

function main(): void {
  try {
    const opts = parseCli(process.argv.slice(2));
    const { files, facts } = generateSample({ ...opts, log: (s) => process.stderr.write(`${s}\n`) });
    const lines = [`wrote ${resolve(opts.out)} (universe ${facts.universe}, seed ${opts.seed}, ${facts.tradingDays} trading days, ${facts.priceRows} price rows)`];
    for (const [f, b] of Object.entries(files)) lines.push(`  ${f.padEnd(26)} ${String(b).padStart(11)} bytes`);
    lines.push(`breach: ${facts.breach.ticker} in ${facts.breach.strategy} ${pct(facts.breach.snapshotWeight)} on ${facts.breach.snapshotDate} → ${pct(facts.breach.driftedWeight)} on ${facts.breach.baseDate}`);
    lines.push(`largest other weight: ${facts.maxOtherDriftedWeight.strategy} ${facts.maxOtherDriftedWeight.ticker} ${pct(facts.maxOtherDriftedWeight.weight)} on ${facts.maxOtherDriftedWeight.date}`);
    for (const m of facts.months) lines.push(`  ${m.month}  MAJOR100 ${pct(m.MAJOR100).padStart(7)}  SPX ${pct(m.SPX).padStart(7)}  NEXT100 ${pct(m.NEXT100).padStart(7)}  RUT ${pct(m.RUT).padStart(7)}  DJI ${pct(m.DJI).padStart(7)}  IXIC ${pct(m.IXIC).padStart(7)}`);
    for (const w of facts.weeks) lines.push(`  ${w.start}..${w.end}  DJI ${pct(w.DJI)}  SPX ${pct(w.SPX)}  IXIC ${pct(w.IXIC)}`);
    for (const fm of facts.factorMonths) lines.push(`  factors ${fm.month}: ${Object.entries(fm.returns).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`);
    for (const at of facts.attribution) lines.push(`  attribution ${at.month} ${at.strategy}: excess ${pct(at.excess)} specific ${pct(at.specific)}; ${Object.entries(at.contributions).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}\n    active: ${Object.entries(at.active).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (e) {
    process.stderr.write(`generate-sample: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

// ================================================================ commentary and README

function readme(facts: Facts, opts: { seed: number; universe: number }): string {
  const p2 = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(2)}%`);
  const holidays: string[] = [];
  for (let y = Number(START_DATE.slice(0, 4)); y <= Number(END_DATE.slice(0, 4)); y++) {
    for (const h of nyseHolidays(y)) if (h >= START_DATE && h <= END_DATE && !isWeekend(dateOf(h))) holidays.push(h);
  }
  const splitLines = Object.entries(SPLITS).flatMap(([t, xs]) => xs.map(([d, r]) => `\`${t}\` ${r}-for-1 on ${d}`));
  const cashLines = Object.entries(CASH).flatMap(([s, m]) => Object.entries(m).map(([mo, w]) => `${s} ${mo} (${(w * 100).toFixed(1)}%)`));
  const snapLines = facts.snapshots.map((s) => `- ${s.date} ${s.strategy} (${s.tickers.filter((t) => t !== 'CASH').length} names${s.tickers.includes('CASH') ? ' + CASH' : ''}): ${s.tickers.join(' ')}`);
  const monthRows = facts.months.map((m) => `| ${m.month} | ${p2(m.MAJOR100)} | ${p2(m.SPX)} | ${p2(m.NEXT100)} | ${p2(m.RUT)} | ${p2(m.DJI)} | ${p2(m.IXIC)} |`);
  const b = facts.breach;
  const o = facts.maxOtherDriftedWeight;
  const isDefault = opts.seed === DEFAULT_SEED;
  return `# SYNTHETIC sample data — 合成データ

**All data in this folder is SYNTHETIC.** It was generated by a program from a seeded random number
generator and a simple factor model; it is **not market data** and must not be read as the price,
dividend, index level or factor history of any real security or index.
本フォルダのデータはすべてプログラムで生成した合成データであり、実際の市場データではありません。

The held securities carry real US tickers, company names and short business descriptions (our own
wording) so that the report reads naturally; their prices, dividend amounts, exposures and returns are
invented. Tickers \`U0001\`… are fictional companies. Index levels (SPX, RUT, DJI, IXIC) are synthetic
series that start near the real levels of May 2024. The service provider 株式会社サンプル投資顧問 is fictional.
The commentary files were written for the default seed's data (the market they describe is fictional).

## How it was made

\`\`\`sh
npx tsx scripts/generate-sample.ts                 # = --out fixtures/sample --universe ${DEFAULT_UNIVERSE} --seed ${DEFAULT_SEED}
npx tsx scripts/generate-sample.ts --universe 5000 --out /tmp/big   # same strategies, 5,000 tickers (~70 MB)
\`\`\`

This copy: universe ${facts.universe} tickers, seed ${opts.seed}${isDefault ? ' (the default)' : ''}, ${facts.tradingDays} trading days
(${START_DATE} … ${END_DATE}), ${facts.priceRows} price rows. The generator is deterministic (its own
mulberry32 PRNG, no clock): the same arguments give byte-identical files, and a held security's data
do not depend on \`--universe\`.

Model: daily total return \`r = beta · m + Σ_k x_k · f_k + ε\` with a market factor \`m\` (volatility
clustering), the 14 configured factors \`f\` (factor_returns.csv) and the monthly z-scores \`x\`
(factor_exposures.csv, in effect from the day after their date). Index returns are \`beta · m + Σ_k b_k · f_k\`
plus a little noise, with \`b\` from benchmark_exposures.csv. Month (and, for 2025-12 and 2026-03, week)
targets steer the S&P 500; the two strategies' excess returns are steered in 2025-12 and 2026-03 only.

## What it exercises

- **Trading calendar**: the real NYSE calendar — weekends and these closures are absent:
  ${holidays.join(', ')} (2025-01-09: national day of mourning for President Carter; 2026-07-03 lies after the data).
- **Rebalances** on the first trading day of each month (the first snapshot is ${FIRST_SNAPSHOT}, then
  2024-07-01 … 2026-04-01). A snapshot dated inside the month (not at base) gives every month two
  buy-and-hold pieces, so the contribution linking of REPORT.md is exercised. Names change a little every
  month (1–3 out, 1–3 in); 20–25 names per snapshot; weights written with 6 decimals summing to exactly 1.
- **Splits** while held: ${splitLines.join(', ')} (the close drops accordingly; the \`split\` column is
  empty on every other row, so its default of 1 is exercised).
- **Dividends**: quarterly ex-dates for dividend payers; the \`dividend\` column is empty on all other rows.
- **CASH** rows in ${cashLines.join(', ')}.
- **Compliance breach (exactly one)**: ${b.ticker} is ${p2(b.snapshotWeight)} of ${b.strategy} in the ${b.snapshotDate}
  snapshot, rallies after its results and has drifted to **${(b.driftedWeight * 100).toFixed(4)}%** by the close of
  ${b.baseDate} — the base of 2026-03 — above maxWeight 10%. The 2026-03-02 snapshot brings it back under the
  limit. Apart from LLY in that month, every weight, in every snapshot and at every month-end, is at most ${p2(o.weight)}
  (${o.strategy} ${o.ticker} on ${o.date}); sector weights stay under 35%; holdings counts stay within 20–25.
- **securities.csv quoting**: descriptions with ASCII commas, 「」, double quotes and newlines; some
  fictional names have an empty description (none of them is held).
- **Universe**: most tickers are never held; about 2% are listed only from some date on and 2% stop
  trading before the end (never held), so prices.csv is not a full rectangle.
- The month 2026-04 is incomplete (data end ${END_DATE}): \`wg-report 2026-04\` needs \`--partial\`.

## Snapshots of 2026-02 and later (ticker order = file order, largest weight first)

${snapLines.join('\n')}

## Month returns as the generator computes them (REPORT.md's NAV rules, from the written closes)

| month | MAJOR100 | SPX | NEXT100 | RUT | DJI | IXIC |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${monthRows.join('\n')}
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
