/**
 * indices.csv (DATA.md): `date` key, `index` key, `level` > 0. Each index keeps its own calendar.
 * An index id that config.json does not configure is a warning and its rows are ignored (a vendor
 * export may carry more indices than the report shows; a typo still fails, as the configured index
 * then has no rows). A configured index without rows is an error.
 */
import type { Config, IndexSeries } from '../types.js';
import type { LoadContext } from './context.js';
import { readCsv } from './csv.js';
import type { TextSource } from './text.js';
import { dateField, numberField } from './fields.js';

export const INDICES = 'indices.csv';

export async function loadIndices(ctx: LoadContext, source: TextSource, config: Config | null): Promise<Map<string, IndexSeries> | null> {
  const F = INDICES;
  const configured = config === null ? null : new Set(config.indices.map((i) => i.id));
  const rows = new Map<string, { date: string; level: number }[]>();
  const seen = new Map<string, number>();
  const unknown = new Set<string>();
  const ok = await readCsv(ctx, source, { required: ['date', 'index', 'level'] as const }, (f, line, c) => {
    const date = f[c.date]!;
    const dateOk = !Number.isNaN(dateField(ctx, F, line, 'date', date));
    const id = f[c.index]!;
    if (id === '') ctx.error({ file: F, line, column: 'index', value: '', message: 'is empty' });
    const level = numberField(ctx, F, line, 'level', f[c.level]!, { min: 0, exclusiveMin: true });
    if (!dateOk || id === '') return;
    const key = `${date}\u0000${id}`;
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.error({ file: F, line, message: `duplicate date "${date}", index "${id}" (first at line ${first})` });
      return;
    }
    seen.set(key, line);
    if (configured !== null && !configured.has(id)) {
      if (!unknown.has(id)) {
        unknown.add(id);
        ctx.warn({ file: F, line, column: 'index', value: id, message: 'is not an index of config.json: its rows are ignored' });
      }
      return;
    }
    let list = rows.get(id);
    if (list === undefined) rows.set(id, (list = []));
    list.push({ date, level });
  });
  if (!ok) return null;

  const out = new Map<string, IndexSeries>();
  const ids = config === null ? [...rows.keys()] : config.indices.map((i) => i.id);
  for (const id of ids) {
    const list = rows.get(id);
    if (list === undefined || list.length === 0) {
      ctx.error({ file: F, column: 'index', value: id, message: 'has no rows, but config.json configures this index' });
      continue;
    }
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    out.set(id, { id, dates: list.map((r) => r.date), levels: list.map((r) => r.level) });
  }
  return out;
}
