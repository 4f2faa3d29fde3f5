/**
 * Contributions to a strategy's month return (REPORT.md "contribution"). M is cut into buy-and-hold
 * pieces at the snapshots strictly between base and end (a snapshot dated end takes effect after M),
 * and the pieces are linked so that the contributions add up exactly to the month return:
 *   C_i = Σ_pieces w_(i,start of piece) × R_(i,piece) × Π_(earlier pieces) (1 + R_(p,piece)).
 */
import type { Contributor, IsoDate, PriceSeries, Security } from '../types.js';
import type { MonthBounds } from './calendar.js';
import { weightsAt, type StrategyNav } from './nav.js';
import { CASH, heldReturnBetween } from './returns.js';
import { requireSecurity } from './securities.js';

/** One buy-and-hold stretch of M: from the close of calendar day `from` to the close of day `to`. */
export interface Piece {
  from: number;
  to: number;
}

/** A contributor before ranking. */
export interface Contribution {
  ticker: string;
  /** Weight at base, or at the start of the first piece that holds it. */
  weight: number;
  /** Return compounded over the pieces that hold it. */
  return: number;
  contribution: number;
}

/** M's pieces: cut at each snapshot strictly after base and strictly before end. */
export function monthPieces(nav: StrategyNav, bounds: MonthBounds): Piece[] {
  const cuts = [bounds.baseIndex];
  for (const i of nav.snapshotIndices) if (i > bounds.baseIndex && i < bounds.endIndex) cuts.push(i);
  cuts.push(bounds.endIndex);
  return cuts.slice(1).map((to, k) => ({ from: cuts[k] as number, to }));
}

/**
 * Every security (CASH aside) held in some piece of M, with its linked contribution; in order of
 * first appearance. The contributions plus CASH's (always 0) add up to the month return.
 */
export function monthContributions(
  nav: StrategyNav,
  bounds: MonthBounds,
  calendar: readonly IsoDate[],
  prices: ReadonlyMap<string, PriceSeries>,
): Contribution[] {
  const rows = new Map<string, { weight: number; growth: number; contribution: number }>();
  let link = 1; // Π over earlier pieces of (1 + R_p)
  for (const piece of monthPieces(nav, bounds)) {
    let portfolio = 0;
    for (const [ticker, w] of weightsAt(nav, piece.from)) {
      const r = heldReturnBetween(prices, calendar, ticker, piece.from, piece.to, nav.strategy);
      portfolio += w * r;
      if (ticker === CASH) continue;
      const row = rows.get(ticker) ?? { weight: w, growth: 1, contribution: 0 };
      row.growth *= 1 + r;
      row.contribution += w * r * link;
      rows.set(ticker, row);
    }
    link *= 1 + portfolio;
  }
  return [...rows].map(([ticker, row]) => ({
    ticker,
    weight: row.weight,
    return: row.growth - 1,
    contribution: row.contribution,
  }));
}

function byTicker(a: Contribution, b: Contribution): number {
  return a.ticker < b.ticker ? -1 : a.ticker > b.ticker ? 1 : 0;
}

function ranked(rows: readonly Contribution[], securities: ReadonlyMap<string, Security>): Contributor[] {
  return rows.map((row, i) => {
    const security = requireSecurity(securities, row.ticker);
    return {
      rank: i + 1,
      ticker: row.ticker,
      name: security.name,
      weight: row.weight,
      return: row.return,
      contribution: row.contribution,
    };
  });
}

/** The `count` largest contributions, rank 1 the largest; a tie goes to the ticker that sorts first. */
export function topContributors(
  rows: readonly Contribution[],
  securities: ReadonlyMap<string, Security>,
  count = 5,
): Contributor[] {
  const sorted = [...rows].sort((a, b) => b.contribution - a.contribution || byTicker(a, b));
  return ranked(sorted.slice(0, count), securities);
}

/** The `count` smallest contributions, rank 1 the smallest; a tie goes to the ticker that sorts first. */
export function bottomContributors(
  rows: readonly Contribution[],
  securities: ReadonlyMap<string, Security>,
  count = 5,
): Contributor[] {
  const sorted = [...rows].sort((a, b) => a.contribution - b.contribution || byTicker(a, b));
  return ranked(sorted.slice(0, count), securities);
}
