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
 *
 * This file is the command line only; the generator is scripts/generate-sample/ (see its index.ts).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SEED, DEFAULT_UNIVERSE, generateSample } from './generate-sample/index.js';
import { JP_MONTH_COLUMNS, MONTH_COLUMNS } from './generate-sample/readme.js';

/** config.json's weeklyIndices, in its order. */
const WEEK_COLUMNS = ['DJI', 'SPX', 'IXIC'] as const;

function wholeNumber(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${text}"`);
  return n;
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
    else if (name === '--universe') opts.universe = wholeNumber(name, value(), 1);
    else if (name === '--seed') opts.seed = wholeNumber(name, value(), 0);
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
    let opts: ReturnType<typeof parseCli>;
    try {
      opts = parseCli(process.argv.slice(2));
    } catch (e) {
      // Bad arguments are a usage error, as in wg-report itself (exit 2); anything later is a failure (1).
      process.stderr.write(`generate-sample: ${(e as Error).message}\n`);
      process.exit(2);
    }
    const { files, facts, jp } = generateSample({ ...opts, log: (s) => process.stderr.write(`${s}\n`) });
    const lines = [`wrote ${resolve(opts.out)} (US universe ${facts.universe}, seed ${opts.seed}, ${facts.tradingDays} trading days, ${facts.priceRows} price rows; JP ${jp.universe} tickers, ${jp.tradingDays} trading days, ${jp.priceRows} price rows)`];
    for (const [f, b] of Object.entries(files)) lines.push(`  ${f.padEnd(26)} ${String(b).padStart(11)} bytes`);
    lines.push(`breach: ${facts.breach.ticker} in ${facts.breach.strategy} ${pct(facts.breach.snapshotWeight)} on ${facts.breach.snapshotDate} → ${pct(facts.breach.driftedWeight)} on ${facts.breach.baseDate}`);
    lines.push(`largest other weight: ${facts.maxOtherDriftedWeight.strategy} ${facts.maxOtherDriftedWeight.ticker} ${pct(facts.maxOtherDriftedWeight.weight)} on ${facts.maxOtherDriftedWeight.date}`);
    for (const m of facts.months) lines.push(`  ${m.month}${MONTH_COLUMNS.map((c) => `  ${c} ${pct(m.returns[c] ?? null).padStart(7)}`).join('')}`);
    for (const m of jp.months) lines.push(`  JP ${m.month}${JP_MONTH_COLUMNS.map((c) => `  ${c} ${pct(m.returns[c] ?? null).padStart(7)}`).join('')}`);
    for (const w of facts.weeks) lines.push(`  ${w.start}..${w.end}${WEEK_COLUMNS.map((c) => `  ${c} ${pct(w.returns[c]!)}`).join('')}`);
    for (const fm of facts.factorMonths) lines.push(`  factors ${fm.month}: ${Object.entries(fm.returns).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`);
    for (const at of facts.attribution) lines.push(`  attribution ${at.month} ${at.strategy}: excess ${pct(at.excess)} specific ${pct(at.specific)}; ${Object.entries(at.contributions).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}\n    active: ${Object.entries(at.active).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (e) {
    process.stderr.write(`generate-sample: ${(e as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
