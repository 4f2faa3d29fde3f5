/**
 * Prints how long loading and computing a month takes, and the peak memory, on a data folder
 * (default: a 5,000-ticker universe made by the generator in /tmp/wg-bench-5000).
 *   npm run bench -- [--data <dir>] [--month 2026-03] [--render]
 * Timings belong here, not in tests.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/load/dataset.js';
import { computeReport } from '../src/compute/report.js';
import { GENERATOR } from '../src/pipeline.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '/tmp/wg-bench-5000' },
    month: { type: 'string', default: '2026-03' },
    universe: { type: 'string', default: '5000' },
  },
});
const dir = values.data!;
if (!existsSync(`${dir}/prices.csv`)) {
  console.log(`generating a ${values.universe}-ticker universe in ${dir} …`);
  const t = performance.now();
  execFileSync('npx', ['tsx', 'scripts/generate-sample.ts', '--universe', values.universe!, '--out', dir], { stdio: 'inherit' });
  console.log(`generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const t0 = performance.now();
const dataset = await loadDataset(dir, { month: values.month!, allowGaps: false });
const t1 = performance.now();
const result = computeReport(dataset, {
  month: values.month!,
  asOf: dataset.calendar.at(-1)!,
  partial: false,
  generator: GENERATOR,
});
const t2 = performance.now();
const peak = process.resourceUsage().maxRSS * 1024;
console.log(`data:      ${dir}`);
console.log(`calendar:  ${dataset.calendar.length} trading days, ${dataset.prices.size} held tickers kept`);
console.log(`load:      ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`compute:   ${((t2 - t1) / 1000).toFixed(3)} s`);
console.log(`peak RSS:  ${mb(peak)} (heap now ${mb(process.memoryUsage().heapUsed)})`);
console.log(`strategies: ${result.report.strategies.map((s) => `${s.id} ${s.monthReturn.toFixed(6)}`).join(', ')}`);

// The live preview's save-to-update time (issue 14), on the sample: its own file.
const { benchPreview, printPreviewBench } = await import('./bench-preview.js');
printPreviewBench(await benchPreview());
