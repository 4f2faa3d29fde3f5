/** Looking up securities.csv rows for held tickers. */
import { DataError } from '../errors.js';
import type { Security } from '../types.js';

/** The securities.csv row of a held ticker. @throws DataError naming securities.csv and the ticker. */
export function requireSecurity(securities: ReadonlyMap<string, Security>, ticker: string): Security {
  const security = securities.get(ticker);
  if (security === undefined) throw new DataError([{ file: 'securities.csv', message: `held ticker ${ticker} has no row` }]);
  return security;
}
