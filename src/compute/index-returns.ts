/**
 * Index returns on the index's own calendar (DATA.md "indices.csv"): the level at the last date on or
 * before the window's end over the level at the last date on or before the window's start, minus 1.
 */
import { DataError } from '../errors.js';
import type { IndexSeries, IsoDate } from '../types.js';
import { indexOnOrBefore } from './calendar.js';

/** The index's level at its last date on or before `date`. @throws DataError naming indices.csv and the index. */
export function indexLevelOnOrBefore(index: IndexSeries, date: IsoDate): number {
  const i = indexOnOrBefore(index.dates, date);
  if (i < 0) {
    const first = index.dates[0];
    const has = first === undefined ? 'it has no rows' : `its first date is ${first}`;
    throw new DataError([{ file: 'indices.csv', message: `index ${index.id} has no level on or before ${date} (${has})` }]);
  }
  return index.levels[i] as number;
}

/** The index's return from `start`'s close to `end`'s close, decimal. */
export function indexReturn(index: IndexSeries, start: IsoDate, end: IsoDate): number {
  return indexLevelOnOrBefore(index, end) / indexLevelOnOrBefore(index, start) - 1;
}

/** The configured index's series. @throws DataError naming indices.csv when the index has no rows at all. */
export function requireIndex(indices: ReadonlyMap<string, IndexSeries>, id: string): IndexSeries {
  const series = indices.get(id);
  if (series === undefined) throw new DataError([{ file: 'indices.csv', message: `index ${id} has no rows` }]);
  return series;
}
