/**
 * A market's securities: its strategies' pools (real names) and the synthetic rest of the universe.
 * Each security draws from its own stream (sec:<ticker>), so a held name's data do not depend on
 * --universe. Daily total return: r = beta · m + Σ_k x_k · f_k + ε, with 1.2% of days news days (ε × 3.5).
 */
import { FI, K, factorDot } from './factors.js';
import type { Market } from './market.js';
import { round } from './numeric.js';
import type { Rng, Streams } from './rng.js';
import type { Timeline } from './timeline.js';
import type { Sec } from './world.js';

/** What a security's kind decides before its own draws: names, listing window, and the model's spreads. */
type SecBase = Omit<Sec, 'ticker' | 'beta' | 'idio' | 'expo' | 'ret' | 'exDays' | 'splits' | 'divsPerYear'> & {
  exMonths?: number[];
  tilt: number[];
  expoSd: number;
  idioLo: number;
  idioSpan: number;
};

export function securities(market: Market, tl: Timeline, rng: Streams, m: Float64Array, f: Float64Array, universe: number): Sec[] {
  const defs = market.strategies.flatMap((s) => s.pool.map((d) => ({ d, s })));
  const nSyn = market.synthetic ? Math.max(0, universe - defs.length) : 0;
  const width = Math.max(4, String(nSyn).length);
  const secs: Sec[] = [];
  const J = tl.expDays.length;
  const D = tl.D;
  // One block for every return series: a 5,000-name universe is 5,000 small views, not 5,000 allocations.
  const matrix = new Float64Array((defs.length + nSyn) * D);
  const betaK = FI[market.priceModel.betaFactor];
  const make = (i: number, ticker: string, init: (r: Rng) => SecBase): Sec => {
    const r = rng(`sec:${ticker}`);
    const base = init(r);
    const b = new Float64Array(K);
    for (let k = 0; k < K; k++) b[k] = base.tilt[k]! + base.expoSd * r.normal();
    if (base.yld > 0) b[FI.shareholder_return] = b[FI.shareholder_return]! + Math.min(1.5, 30 * (base.yld - 0.01));
    else b[FI.shareholder_return] = b[FI.shareholder_return]! - 0.5;
    const beta = Math.min(1.8, Math.max(0.55, 1 + 0.18 * b[betaK]! + 0.08 * r.normal()));
    const idio = base.idioLo + base.idioSpan * r.next();
    const expo = new Float64Array(J * K);
    const dev = new Float64Array(K);
    for (let k = 0; k < K; k++) dev[k] = 0.5 * r.normal();
    for (let j = 0; j < J; j++) {
      for (let k = 0; k < K; k++) {
        if (j > 0) dev[k] = 0.8 * dev[k]! + 0.35 * r.normal();
        expo[j * K + k] = round(b[k]! + dev[k]!, 4);
      }
    }
    // Quarterly ex-dates: one month of three (q), the first trading day on or after day-of-month dom.
    const exDays = new Set<number>();
    if (base.yld > 0 && market.quoting.dividends === 'semiannual') {
      const exMonths = base.exMonths ?? market.quoting.exMonths;
      for (const sp of tl.months) {
        const t = sp.last - 1;
        if (exMonths.includes(Number(sp.key.slice(5, 7))) && t > base.first && t <= base.last && sp.last < D - 1) exDays.add(t);
      }
    } else if (base.yld > 0) {
      const q = r.int(3);
      const dom = 3 + r.int(22);
      for (const sp of tl.months) {
        const mon = Number(sp.key.slice(5, 7));
        if ((mon - 1 - q + 12) % 3 !== 0) continue;
        const want = `${sp.key}-${String(dom).padStart(2, '0')}`;
        for (let t = sp.first; t <= sp.last; t++) {
          if (tl.days[t]! >= want) {
            if (t > base.first && t <= base.last) exDays.add(t);
            break;
          }
        }
      }
    }
    const splits = new Map<number, number>();
    for (const [date, ratio] of market.splits[ticker] ?? []) splits.set(tl.dayOf(date), ratio);
    const ret = matrix.subarray(i * D, (i + 1) * D);
    for (let t = 1; t < D; t++) {
      const row = tl.expRow[t]! * K;
      let eps = idio * r.normal();
      if (r.next() < 0.012) eps *= 3.5; // news days
      const x = beta * m[t]! + factorDot(f, D, expo, row, t) + eps;
      ret[t] = Math.max(-0.45, x);
    }
    return {
      ticker, name: base.name, nameEn: base.nameEn, sector: base.sector, desc: base.desc, kind: base.kind,
      price0: base.price0, yld: base.yld, divsPerYear: market.quoting.dividends === 'semiannual' ? 2 : 4, beta, idio, first: base.first, last: base.last, exDays, splits, expo, ret,
    };
  };
  defs.forEach(({ d, s }, i) => {
    secs.push(make(i, d.ticker, () => ({
      name: d.name, nameEn: d.nameEn, sector: d.sector, desc: d.desc, kind: s.id, price0: d.price, yld: d.yld, exMonths: d.exMonths,
      first: 0, last: D - 1, tilt: s.tilt, expoSd: 0.6, idioLo: s.idio.lo, idioSpan: s.idio.span,
    })));
  });
  const syn = market.synthetic!;
  for (let n = 1; n <= nSyn; n++) {
    const ticker = `${syn.tickerPrefix}${String(n).padStart(width, '0')}`;
    secs.push(make(defs.length + n - 1, ticker, (r) => {
      let u = r.next();
      let sector = syn.sectors[0]![0];
      for (const [s, w] of syn.sectors) {
        if (u < w) {
          sector = s;
          break;
        }
        u -= w;
      }
      const large = r.next() < 0.3;
      const name = `${r.pick(syn.prefixes)}・${r.pick(syn.suffixes[sector]!)}`;
      const payer = r.next() < (large ? 0.6 : 0.25);
      const yld = payer ? round(r.uniform(0.005, large ? 0.04 : 0.03), 4) : 0;
      const price0 = round(Math.min(900, Math.max(3, Math.exp(Math.log(60) + 0.9 * r.normal()))), 2);
      const descRoll = r.next();
      const desc = descRoll < 0.35 ? '' : descRoll < 0.8
        ? `${sector}セクターに属する架空の企業です（合成データ）。`
        : `${sector}セクターに属する架空の企業です。\n実在の企業・銘柄とは関係ありません（合成データ）。`;
      let first = 0;
      let last = D - 1;
      const life = r.next();
      if (life < 0.02) first = 60 + r.int(D - 160); // listed later (IPO)
      else if (life < 0.04) last = 100 + r.int(D - 160); // delisted
      return {
        name, nameEn: `Synthetic Company ${ticker}`, sector, desc, kind: 'synthetic', price0, yld, first, last,
        tilt: large ? syn.tiltLarge : syn.tiltSmall, expoSd: 0.9, idioLo: large ? 0.01 : 0.017, idioSpan: large ? 0.007 : 0.013,
      };
    }));
  }
  return secs;
}
