/**
 * `npm run bench` (issue 13, parts 4–6): wg-report timed beside the floors it is measured against,
 * as spawned processes, wall clock, in paired runs (ours and the floor back to back, which goes first
 * alternating), after a warm-up of each; each round runs one pair of every case, the cases in an
 * order rotating from round to round, so that a busy spell of the machine falls on all alike:
 *   (a) `wg-report 2026-03 --data <5,000-ticker universe> --format json` beside one plain pass of
 *       /usr/bin/python3's csv.reader over the same prices.csv; with the peak RSS (/usr/bin/time %M);
 *   (b) the sample report in all formats beside bare `chromium --headless --print-to-pdf` of the
 *       same report.html;
 *   (c) twelve months `2025-04..2026-03` in one invocation beside one month `2026-03`.
 * Prints a table (medians, the median of the paired ratios, the targets of issue 13 part 5), the
 * machine, then the live preview's figure (scripts/bench-preview.ts). `--scaling` instead measures
 * (a) on 500, 1,000 and 5,000 tickers and rendering 1, 3 and 12 months; `--profile` adds a CPU
 * profile of (a) by self time. Figures and commands: docs/performance.md. `--help` for the options.
 *
 * The universes are made once by the generator in <tmpdir>/wg-bench-universe-<n> (a marker written
 * after generation tells a complete folder from a half-made one, which is made again). Everything
 * else goes to one temporary folder, removed at the end; out/ and fixtures/ are never written.
 * Timings belong here, not in tests; the pure parts are scripts/bench-lib.ts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, closeSync, constants, createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, arch } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CASES,
  MARKER_NAME,
  RSS_TARGET_MB,
  STARTED_NAME,
  TARGETS,
  USAGE,
  UsageError,
  formatTable,
  isCompleteUniverse,
  linearFit,
  median,
  megabytes,
  pairOrder,
  paired,
  roundOrder,
  parseBenchArgs,
  seconds,
  times,
  verdict,
  type BenchOptions,
  type CaseId,
  type PairedFigures,
  type UniverseMarker,
} from './bench-lib.js';
import { formatProfile, summariseProfile, type CpuProfile } from './profile-summary.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NODE = process.execPath;
const BIN = join(ROOT, 'bin', 'wg-report.js');
const PYTHON = '/usr/bin/python3';
const GNU_TIME = '/usr/bin/time';
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium';
/** One plain pass of csv.reader over a file: the floor of (a). */
const PY_CSV = 'import csv, sys\nwith open(sys.argv[1], newline="", encoding="utf-8") as f:\n    for row in csv.reader(f):\n        pass\n';
const MONTH = '2026-03';
const YEAR = '2025-04..2026-03';

/** Exit 2: bad usage, or a floor's program missing; exit 1: a measured command failed. */
class BenchFailure extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

interface Cmd {
  cmd: string;
  args: string[];
}
interface Run {
  ms: number;
  /** Peak RSS in KiB (GNU time's %M), undefined without /usr/bin/time. */
  rssKb: number | undefined;
  /** User + system CPU time in ms (GNU time's %U + %S, the reaped descendants included). */
  cpuMs: number | undefined;
}

const log = (s = '') => process.stdout.write(`${s}\n`);
const note = (s: string) => process.stderr.write(`bench: ${s}\n`);
const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const thousands = (n: number) => n.toLocaleString('en-US');

let work = '';
let seq = 0;
/** A fresh path inside the temporary folder. */
const fresh = (label: string) => join(work, `${label}-${++seq}`);
const haveTime = executable(GNU_TIME);

/** Spawns cmd (under GNU time when it is there), waits for it to exit, and times it from spawn to exit. */
async function measure({ cmd, args }: Cmd, label: string): Promise<Run> {
  const rssFile = fresh('rss');
  const errFile = fresh('stderr');
  const [exe, argv] = haveTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const err = openSync(errFile, 'w');
  const t0 = performance.now();
  const code = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn(exe, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', err] });
    const timer = setTimeout(() => child.kill('SIGKILL'), 15 * 60_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new BenchFailure(`${label}: cannot start ${exe}: ${e.message}`, 1));
    });
    child.on('exit', (c, signal) => {
      clearTimeout(timer);
      resolvePromise(signal === null ? c : 128);
    });
  }).finally(() => closeSync(err));
  const ms = performance.now() - t0;
  if (code !== 0) {
    const tail = readFileSync(errFile, 'utf8').trim().split('\n').slice(-15).join('\n');
    throw new BenchFailure(`${label} failed (exit ${code}): ${[cmd, ...args].join(' ')}\n${tail}`, 1);
  }
  let rssKb: number | undefined;
  let cpuMs: number | undefined;
  if (haveTime) {
    const last = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '');
    if (last !== null) {
      rssKb = Number(last[1]);
      cpuMs = (Number(last[2]) + Number(last[3])) * 1000;
    }
  }
  return { ms, rssKb, cpuMs };
}

/** What a command must have written (checked after each run, not timed), by its maker. */
const check = new WeakMap<(out: string) => Cmd, (out: string) => void>();

/** A measured command that writes into a folder of its own, removed after the run (not timed). */
async function measureInto(make: (out: string) => Cmd, label: string, keep = false): Promise<Run & { out: string }> {
  const out = fresh('out');
  const run = await measure(make(out), label);
  check.get(make)?.(out);
  if (!keep) rmSync(out, { recursive: true, force: true });
  return { ...run, out };
}

const wgReport = (...args: string[]): Cmd => ({ cmd: NODE, args: [BIN, ...args] });

type Maker = (out: string) => Cmd;
interface PairSpec {
  label: string;
  ours: Maker;
  floor: Maker;
}
interface PairResult {
  figures: PairedFigures;
  oursRss: number[];
  cpu: PairedFigures | undefined;
}

/**
 * One warm-up of each command, then `runs` rounds; in each round every spec runs one pair (ours and
 * its floor back to back, which goes first alternating from round to round), the specs in an order
 * rotating from round to round, so that a busy spell of the machine falls on all of them alike.
 */
async function pairedRounds(specs: readonly PairSpec[], runs: number): Promise<PairResult[]> {
  for (const s of specs) {
    await measureInto(s.ours, `${s.label} (warm-up)`);
    await measureInto(s.floor, `${s.label} floor (warm-up)`);
  }
  const acc = specs.map(() => ({ wall: { ours: [] as number[], floor: [] as number[] }, cpu: { ours: [] as number[], floor: [] as number[] }, rss: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    for (const k of roundOrder(i, specs.length)) {
      const s = specs[k]!;
      const a = acc[k]!;
      for (const side of pairOrder(i)) {
        const r = await measureInto(s[side], side === 'ours' ? s.label : `${s.label} floor`);
        a.wall[side].push(r.ms);
        if (r.cpuMs !== undefined) a.cpu[side].push(r.cpuMs);
        if (side === 'ours' && r.rssKb !== undefined) a.rss.push(r.rssKb);
      }
      process.stderr.write(`  ${s.label}: pair ${i + 1}/${runs}: ${seconds(a.wall.ours.at(-1)!)} vs ${seconds(a.wall.floor.at(-1)!)}\n`);
    }
  }
  return acc.map((a) => ({
    figures: paired(a.wall.ours, a.wall.floor),
    oursRss: a.rss,
    cpu: a.cpu.ours.length === runs && a.cpu.floor.length === runs ? paired(a.cpu.ours, a.cpu.floor) : undefined,
  }));
}

// ---------------------------------------------------------------------------------------------
// The universe, the build, the machine

function filesUnder(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub === '' ? e.name : `${sub}/${e.name}`;
    return e.isDirectory() ? filesUnder(dir, rel) : [rel];
  });
}

const sizeOf = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
};

/** The n-ticker universe in dir: reused when its marker says it is complete, else made by the generator. */
function ensureUniverse(dir: string, n: number): string {
  const markerPath = join(dir, MARKER_NAME);
  const marker = existsSync(markerPath) ? readFileSync(markerPath, 'utf8') : undefined;
  if (isCompleteUniverse(marker, n, (f) => sizeOf(join(dir, f)))) {
    note(`universe of ${thousands(n)} tickers: ${dir} (reused)`);
    return dir;
  }
  const ours = marker !== undefined || existsSync(join(dir, STARTED_NAME));
  if (!ours && existsSync(dir) && readdirSync(dir).length > 0) {
    if (existsSync(join(dir, 'prices.csv'))) {
      note(`${dir} was not made by the bench: used as it is`);
      return dir;
    }
    throw new BenchFailure(`${dir} holds files the bench did not make and no prices.csv: choose another --data or remove it`, 2);
  }
  note(`generating a ${thousands(n)}-ticker universe in ${dir} …`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, STARTED_NAME), `${new Date().toISOString()}\n`);
  const t0 = performance.now();
  execFileSync('npx', ['tsx', 'scripts/generate-sample.ts', '--universe', String(n), '--out', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const files: Record<string, number> = {};
  for (const f of filesUnder(dir).sort()) if (f !== STARTED_NAME && f !== MARKER_NAME) files[f] = statSync(join(dir, f)).size;
  const done: UniverseMarker = { generator: 'scripts/generate-sample.ts', universe: n, files };
  writeFileSync(markerPath, `${JSON.stringify(done, null, 2)}\n`);
  rmSync(join(dir, STARTED_NAME), { force: true });
  note(`generated in ${seconds(performance.now() - t0)}`);
  return dir;
}

const universeDir = (n: number, opts: BenchOptions) => (n === 5000 && opts.data !== undefined ? resolve(opts.data) : join(tmpdir(), `wg-bench-universe-${n}`));

/** Builds dist/ when it is missing or older than a file of src/. */
function ensureBuilt(): void {
  const newest = (dir: string): number => Math.max(0, ...filesUnder(dir).map((f) => statSync(join(dir, f)).mtimeMs));
  const built = sizeOf(join(ROOT, 'dist', 'cli.js')) === undefined ? 0 : statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs;
  if (built > 0 && built >= newest(join(ROOT, 'src')) && built >= statSync(join(ROOT, 'tsconfig.build.json')).mtimeMs) return;
  note(built === 0 ? 'building dist/ (not built yet) …' : 'building dist/ (older than src/) …');
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

async function countRows(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines - 1; // the header
}

interface Machine {
  cpu: string;
  cpus: number;
  ramGb: number;
  os: string;
  node: string;
  chromium: string;
  python: string;
  commit: string;
}

function describeMachine(): Machine {
  const quiet = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  const osRelease = existsSync('/etc/os-release') ? /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  const dirty = quiet('git', ['status', '--porcelain', '--untracked-files=no']) !== '';
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cpus: cpus().length,
    ramGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osRelease ?? 'unknown'} (Linux ${release()} ${arch()})`,
    node: process.version,
    chromium: quiet(CHROMIUM, ['--version']),
    python: quiet(PYTHON, ['--version']),
    commit: `${quiet('git', ['rev-parse', '--short', 'HEAD'])}${dirty ? ' (with uncommitted changes)' : ''}`,
  };
}

function printMachine(m: Machine, load: number[]): void {
  log(`machine:  ${m.cpu}, ${m.cpus} CPUs, ${m.ramGb} GB RAM, ${m.os}`);
  log(`          Node ${m.node}, ${m.chromium}, ${m.python}; wg-report at ${m.commit}`);
  log(`          load average ${load.map((x) => x.toFixed(2)).join(' / ')} (1/5/15 min) before the runs`);
}

function requireFloors(python: boolean, chromium: boolean): void {
  const missing: string[] = [];
  if (python && !executable(PYTHON)) missing.push(`${PYTHON} (Debian: apt-get install python3)`);
  if (chromium && !executable(CHROMIUM)) missing.push(`${CHROMIUM} (Debian: apt-get install chromium; or set PUPPETEER_EXECUTABLE_PATH)`);
  if (missing.length > 0) throw new BenchFailure(`missing: ${missing.join('; ')}`, 2);
  if (!haveTime) note(`${GNU_TIME} is missing (Debian: apt-get install time): no peak RSS`);
}

// ---------------------------------------------------------------------------------------------
// The cases

const TITLES: Record<CaseId, [string, string]> = {
  a: ['a  load + compute 2026-03, 5,000 tickers, --format json', 'python3 csv.reader over prices.csv'],
  b: ['b  sample report 2026-03, all formats', 'bare chromium --print-to-pdf of report.html'],
  c: ['c  twelve months 2025-04..2026-03, one invocation', 'one month 2026-03'],
};
const RATIO_NAMES: Record<CaseId, string> = { a: 'a / csv.reader', b: 'b / bare Chromium', c: 'c / one month' };

interface CaseResult extends PairedFigures {
  target: number;
  met: string;
  rssKb?: { median: number; max: number };
  /** The same runs' CPU time (user + sys): less moved by other work on the machine than wall clock. */
  cpu?: PairedFigures;
}

/** Case id's commands; `done` removes what they share (b's reference report). */
async function caseSpec(id: CaseId, universe: string | undefined): Promise<{ spec: PairSpec; done: () => void }> {
  if (id === 'a') {
    const prices = join(universe!, 'prices.csv');
    return { spec: { label: 'a', ours: (out) => wgReport(MONTH, '--data', universe!, '--format', 'json', '--out', out), floor: () => ({ cmd: PYTHON, args: ['-c', PY_CSV, prices] }) }, done: () => {} };
  }
  if (id === 'b') {
    // The report.html bare Chromium prints: one of ours, kept for the whole case.
    const reference = await measureInto((out) => wgReport(MONTH, '--out', out), 'b (reference report)', true);
    const html = pathToFileURL(join(reference.out, MONTH, 'report.html')).href;
    // A fresh profile each time, as puppeteer gives ours (and no clash with another Chromium's).
    const bare = (out: string): Cmd => {
      mkdirSync(out);
      return { cmd: CHROMIUM, args: ['--headless', '--no-sandbox', '--no-pdf-header-footer', `--user-data-dir=${join(out, 'profile')}`, `--print-to-pdf=${join(out, 'bare.pdf')}`, html] };
    };
    check.set(bare, (out) => {
      if ((sizeOf(join(out, 'bare.pdf')) ?? 0) === 0) throw new BenchFailure(`bare Chromium printed no PDF of ${html}`, 1);
    });
    return { spec: { label: 'b', ours: (out) => wgReport(MONTH, '--out', out), floor: bare }, done: () => rmSync(reference.out, { recursive: true, force: true }) };
  }
  return { spec: { label: 'c', ours: (out) => wgReport(YEAR, '--out', out), floor: (out) => wgReport(MONTH, '--out', out) }, done: () => {} };
}

function caseResult(id: CaseId, { figures, oursRss, cpu }: PairResult, runs: number): CaseResult {
  const rssKb = oursRss.length > 0 ? { median: median(oursRss), max: Math.max(...oursRss) } : undefined;
  const met = verdict(figures.ratio, TARGETS[id], runs, id === 'a' ? { mb: rssKb === undefined ? Infinity : rssKb.max / 1024, limitMb: RSS_TARGET_MB } : undefined);
  return { ...figures, target: TARGETS[id], met, ...(rssKb === undefined ? {} : { rssKb }), ...(cpu === undefined ? {} : { cpu }) };
}

function printCases(results: Partial<Record<CaseId, CaseResult>>, runs: number): void {
  const ids = CASES.filter((id) => results[id] !== undefined);
  const rows = ids.map((id) => {
    const r = results[id]!;
    return [TITLES[id][0], seconds(r.oursMedian), seconds(r.floorMedian), times(r.ratio), `≤ ${r.target} ×${id === 'a' ? `, ≤ ${RSS_TARGET_MB} MB` : ''}`, r.met];
  });
  log(formatTable(['case (ours)', 'ours median', 'floor median', 'ratio', 'target', 'met?'], rows));
  log();
  log(`floors: ${ids.map((id) => `${id} = ${TITLES[id][1]}`).join('; ')}`);
  log(`ratios (the median of the ${runs} paired ratios; their range):`);
  for (const id of ids) {
    const r = results[id]!;
    log(`  ${RATIO_NAMES[id].padEnd(18)} ${times(r.ratio)}  (${Math.min(...r.ratios).toFixed(2)}–${Math.max(...r.ratios).toFixed(2)})`);
  }
  const withCpu = ids.filter((id) => results[id]!.cpu !== undefined);
  if (withCpu.length > 0) {
    log(`CPU time (user + sys) of the same runs, ours / floor, medians of the paired ratios (less moved by a busy machine):`);
    log(`  ${withCpu.map((id) => { const c = results[id]!.cpu!; return `${id} ${times(c.ratio)} (${seconds(c.oursMedian)} / ${seconds(c.floorMedian)})`; }).join(';  ')}`);
  }
  const a = results.a;
  if (a !== undefined) {
    log(a.rssKb === undefined ? 'peak RSS of (a): not measured (no /usr/bin/time)' : `peak RSS of (a): ${megabytes(a.rssKb.max)} at most, ${megabytes(a.rssKb.median)} median (target ≤ ${RSS_TARGET_MB} MB)`);
  }
}

async function runProfile(universe: string): Promise<{ text: string; top: ReturnType<typeof summariseProfile> }> {
  const dir = fresh('cpu-prof');
  await measureInto((out) => ({ cmd: NODE, args: ['--cpu-prof', `--cpu-prof-dir=${dir}`, BIN, MONTH, '--data', universe, '--format', 'json', '--out', out] }), 'a (profiled)');
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (file === undefined) throw new BenchFailure(`node --cpu-prof wrote no profile in ${dir}`, 1);
  const summary = summariseProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, ROOT);
  return { text: formatProfile(summary, 20), top: { ...summary, functions: summary.functions.slice(0, 40), files: summary.files.slice(0, 40), areas: summary.areas.slice(0, 40) } };
}

// ---------------------------------------------------------------------------------------------
// --scaling

async function scaling(opts: BenchOptions): Promise<Record<string, unknown>> {
  const sizes = [500, 1000, 5000];
  const universes = sizes.map((n) => ensureUniverse(universeDir(n, opts), n));
  const specs: PairSpec[] = sizes.map((n, k) => ({
    label: `a@${n}`,
    ours: (out) => wgReport(MONTH, '--data', universes[k]!, '--format', 'json', '--out', out),
    floor: () => ({ cmd: PYTHON, args: ['-c', PY_CSV, join(universes[k]!, 'prices.csv')] }),
  }));
  const results = await pairedRounds(specs, opts.runs);
  const rows = await Promise.all(sizes.map(async (n, k) => {
    const { figures, oursRss, cpu } = results[k]!;
    return { tickers: n, rows: await countRows(join(universes[k]!, 'prices.csv')), figures, cpu, rssKb: oursRss.length > 0 ? Math.max(...oursRss) : undefined };
  }));
  log(`universe: (a) json run of ${MONTH}, medians of ${opts.runs} pairs with one csv.reader pass (rounds over the sizes in rotating order)`);
  log(formatTable(['tickers', 'price rows', 'ours', 'csv.reader', 'ratio', 'CPU ratio', 'peak RSS'], rows.map((r) => [thousands(r.tickers), thousands(r.rows), seconds(r.figures.oursMedian), seconds(r.figures.floorMedian), times(r.figures.ratio), r.cpu === undefined ? '-' : times(r.cpu.ratio), r.rssKb === undefined ? '-' : megabytes(r.rssKb)])));
  const fitOurs = linearFit(rows.map((r) => ({ x: r.rows, y: r.figures.oursMedian })));
  const fitPy = linearFit(rows.map((r) => ({ x: r.rows, y: r.figures.floorMedian })));
  log(`fit: ours ≈ ${seconds(fitOurs.intercept)} + ${(fitOurs.slope * 1000).toFixed(2)} µs per price row; csv.reader ≈ ${seconds(fitPy.intercept)} + ${(fitPy.slope * 1000).toFixed(2)} µs per price row`);
  log();

  const months: { n: number; arg: string }[] = [
    { n: 1, arg: MONTH },
    { n: 3, arg: '2026-01..2026-03' },
    { n: 12, arg: YEAR },
  ];
  for (const m of months) await measureInto((out) => wgReport(m.arg, '--out', out), `${m.n} month(s) (warm-up)`);
  const timesByN = new Map<number, number[]>(months.map((m) => [m.n, []]));
  for (let i = 0; i < opts.runs; i++) {
    // Each round in another order: 1,3,12 then 3,12,1 then 12,1,3 …
    for (const j of roundOrder(i, months.length)) {
      const m = months[j]!;
      timesByN.get(m.n)!.push((await measureInto((out) => wgReport(m.arg, '--out', out), `${m.n} month(s)`)).ms);
    }
    process.stderr.write(`  months: round ${i + 1}/${opts.runs}\n`);
  }
  const med = months.map((m) => ({ ...m, ms: median(timesByN.get(m.n)!) }));
  const one = med[0]!.ms;
  log(`months: the sample in all formats, one invocation, medians of ${opts.runs} runs (rounds in rotating order)`);
  log(formatTable(['months', 'argument', 'median', '× one month'], med.map((m) => [String(m.n), m.arg, seconds(m.ms), times(m.ms / one)])));
  const fitMonths = linearFit(med.map((m) => ({ x: m.n, y: m.ms })));
  log(`fit: ≈ ${seconds(fitMonths.intercept)} + ${seconds(fitMonths.slope)} per month`);
  return {
    universe: rows.map((r) => ({ tickers: r.tickers, priceRows: r.rows, ...r.figures, cpu: r.cpu, peakRssKb: r.rssKb })),
    universeFit: { ours: fitOurs, csvReader: fitPy },
    months: med.map((m) => ({ months: m.n, argument: m.arg, medianMs: m.ms, runs: timesByN.get(m.n) })),
    monthsFit: fitMonths,
  };
}

// ---------------------------------------------------------------------------------------------

async function main(opts: BenchOptions): Promise<void> {
  const cases = opts.scaling ? [] : opts.only;
  requireFloors(opts.scaling || cases.includes('a'), opts.scaling || cases.includes('b') || opts.preview);
  const universe = cases.includes('a') || opts.profile ? ensureUniverse(universeDir(5000, opts), 5000) : undefined;
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'wg-bench-'));
  const machine = describeMachine();
  const loadBefore = loadavg();
  const started = new Date();
  log(`wg-report bench, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC: ${opts.scaling ? 'scaling' : `${opts.runs} paired run${opts.runs === 1 ? '' : 's'} per case after a warm-up`}, wall clock of spawned processes${haveTime ? ', peak RSS by /usr/bin/time' : ''}`);
  printMachine(machine, loadBefore);
  log();
  const out: Record<string, unknown> = { date: started.toISOString(), machine, loadBefore, runs: opts.runs };
  if (opts.scaling) {
    out.scaling = await scaling(opts);
  } else {
    const specs = [];
    for (const id of cases) specs.push(await caseSpec(id, universe));
    const measured = await pairedRounds(specs.map((s) => s.spec), opts.runs);
    for (const s of specs) s.done();
    const results: Partial<Record<CaseId, CaseResult>> = {};
    for (const [k, id] of cases.entries()) results[id] = caseResult(id, measured[k]!, opts.runs);
    if (cases.length > 0) printCases(results, opts.runs);
    out.cases = results;
  }
  if (opts.profile) {
    const { text, top } = await runProfile(universe!);
    log();
    log(`profile of (a), node --cpu-prof, by self time:`);
    log(text);
    out.profile = top;
  }
  log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' / ')} after the runs`);
  if (!opts.scaling && opts.preview) {
    // The live preview's save-to-update time (issue 14), on the sample: its own file.
    const { benchPreview, printPreviewBench } = await import('./bench-preview.js');
    const preview = await benchPreview();
    printPreviewBench(preview);
    out.preview = preview;
  }
  if (opts.json !== undefined) {
    writeFileSync(opts.json, `${JSON.stringify(out, null, 2)}\n`);
    note(`figures written to ${resolve(opts.json)}`);
  }
}

const cleanUp = () => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

try {
  const opts = parseBenchArgs(process.argv.slice(2));
  if (opts.help) log(USAGE.trimEnd());
  else await main(opts);
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`bench: ${e.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (e instanceof BenchFailure) {
    process.stderr.write(`bench: ${e.message}\n`);
    process.exitCode = e.exitCode;
  } else throw e;
} finally {
  cleanUp();
}
