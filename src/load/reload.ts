/**
 * The preview's partial reload: a month's Dataset with only commentary/<month>.md read again. The
 * rest of the data folder (prices.csv above all) is not touched; the result is what a full load of the
 * folder would give when only the commentary changed (tests/load/reload.test.ts).
 */
import type { Dataset } from '../types.js';
import { commentaryFile, loadCommentary } from './commentary.js';
import { LoadContext } from './context.js';

/** @throws DataError when the commentary file cannot be read or decoded, as a full load would. */
export async function reloadCommentary(dir: string, month: string, dataset: Dataset): Promise<Dataset> {
  const file = commentaryFile(month);
  const ctx = new LoadContext(dir);
  const commentary = await loadCommentary(ctx, month);
  if (ctx.errorCount > 0) throw ctx.dataError();
  // The commentary's warnings come last in a month's list (dataset.ts), each naming its file first.
  const shared = dataset.warnings.filter((w) => !w.startsWith(file));
  const inputs: Record<string, string> = { ...dataset.inputs };
  delete inputs[file];
  const hash = ctx.inputs()[file];
  if (hash !== undefined) inputs[file] = hash;
  const sorted = Object.fromEntries(Object.keys(inputs).sort().map((k) => [k, inputs[k]!]));
  return { ...dataset, commentary, inputs: sorted, warnings: [...shared, ...ctx.warnings] };
}
