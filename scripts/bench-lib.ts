/**
 * The pure parts of `npm run bench` (scripts/bench.ts): its arguments, medians and paired ratios,
 * the verdicts against issue 13's targets, the tables it prints, a straight-line fit for the scaling
 * figures, and the completeness marker of a generated universe. Nothing here starts a process or
 * reads the clock (tests/scripts/bench-lib.test.ts).
 */

export type CaseId = 'a' | 'b' | 'c';
export const CASES: readonly CaseId[] = ['a', 'b', 'c'];

/** Issue 13, part 5: each case's ratio target, and the peak RSS of (a). */
export const TARGETS: Record<CaseId, number> = { a: 1.5, b: 1.3, c: 3 };
export const RSS_TARGET_MB = 512;
/** Fewer paired runs than this print figures but no verdict. */
export const MIN_RUNS_FOR_VERDICT = 5;

export interface BenchOptions {
  runs: number;
  /** The 5,000-ticker universe's folder (generated there when missing or incomplete). */
  data: string | undefined;
  only: CaseId[];
  json: string | undefined;
  scaling: boolean;
  profile: boolean;
  preview: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [options]
  --runs <n>        paired runs per case (default 5; fewer than 5 print no verdict)
  --data <dir>      where the 5,000-ticker universe is (made there by the generator when missing or
                    incomplete; default: <tmpdir>/wg-bench-universe-5000)
  --only <a,b,c>    the cases to run (default all): a = load + compute on 5,000 tickers vs python3
                    csv.reader, b = the sample in all formats vs bare Chromium, c = twelve months vs one
  --json <file>     also write every figure to <file> (JSON)
  --profile         also profile case (a) with node --cpu-prof and print its self time
  --scaling         instead: (a) on 500, 1,000 and 5,000 tickers, and 1, 3 and 12 months rendered
  --no-preview      skip the live preview's save-to-update figure (scripts/bench-preview.ts)
`;

export class UsageError extends Error {}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const opts: BenchOptions = { runs: 5, data: undefined, only: [...CASES], json: undefined, scaling: false, profile: false, preview: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    const flag = (): true => {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      return true;
    };
    switch (name) {
      case '--runs': {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < 1) throw new UsageError(`--runs must be a whole number ≥ 1: ${v}`);
        opts.runs = n;
        break;
      }
      case '--data':
        opts.data = value();
        break;
      case '--only': {
        const v = value();
        const ids = v.split(',').map((s) => s.trim().toLowerCase());
        for (const id of ids) if (!(CASES as readonly string[]).includes(id)) throw new UsageError(`--only takes a, b and c, comma-separated: ${v}`);
        opts.only = CASES.filter((c) => ids.includes(c));
        break;
      }
      case '--json':
        opts.json = value();
        break;
      case '--scaling':
        opts.scaling = flag();
        break;
      case '--profile':
        opts.profile = flag();
        break;
      case '--no-preview':
        flag();
        opts.preview = false;
        break;
      case '--help':
      case '-h':
        opts.help = flag();
        break;
      default:
        throw new UsageError(`unknown argument: ${arg}`);
    }
  }
  return opts;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Which of a pair runs first: ours in even pairs, the floor in odd ones, so drift hits both alike. */
export function pairOrder(pair: number): ['ours', 'floor'] | ['floor', 'ours'] {
  return pair % 2 === 0 ? ['ours', 'floor'] : ['floor', 'ours'];
}

/** The order of n commands in round r: rotated by one each round (0,1,2 then 1,2,0 then 2,0,1 …). */
export function roundOrder(round: number, n: number): number[] {
  return Array.from({ length: n }, (_, j) => (round + j) % n);
}

export interface PairedFigures {
  /** Wall-clock ms of each run, in pair order. */
  ours: number[];
  floor: number[];
  /** ours[i] / floor[i]. */
  ratios: number[];
  oursMedian: number;
  floorMedian: number;
  /** The median of the paired ratios (not the ratio of the medians): what the verdict uses. */
  ratio: number;
}

export function paired(ours: readonly number[], floor: readonly number[]): PairedFigures {
  if (ours.length !== floor.length || ours.length === 0) throw new Error(`unpaired runs: ${ours.length} vs ${floor.length}`);
  const ratios = ours.map((o, i) => o / floor[i]!);
  return { ours: [...ours], floor: [...floor], ratios, oursMedian: median(ours), floorMedian: median(floor), ratio: median(ratios) };
}

export type Verdict = 'yes' | 'no' | `(runs < ${typeof MIN_RUNS_FOR_VERDICT})`;

/** Met when the ratio (and, when given, the peak RSS) is within its target; no verdict on fewer than 5 runs. */
export function verdict(ratio: number, target: number, runs: number, rss?: { mb: number; limitMb: number }): Verdict {
  if (runs < MIN_RUNS_FOR_VERDICT) return `(runs < ${MIN_RUNS_FOR_VERDICT})`;
  return ratio <= target && (rss === undefined || rss.mb <= rss.limitMb) ? 'yes' : 'no';
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const megabytes = (kb: number): string => `${Math.round(kb / 1024)} MB`;
export const times = (x: number): string => `${x.toFixed(2)} ×`;

/**
 * A plain-text table: columns padded to their widest cell, the first column left-aligned and the
 * others right-aligned (they hold figures), a rule under the header.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(width[c]!) : cell.padStart(width[c]!))).join('  ').trimEnd();
  return [line(header), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(header.map((_, c) => r[c] ?? '')))].join('\n');
}

/** Least squares y = intercept + slope · x (at least two distinct x). */
export function linearFit(points: readonly { x: number; y: number }[]): { intercept: number; slope: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (n < 2 || sxx === 0) throw new Error('a line needs two distinct x');
  const slope = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  return { intercept: my - slope * mx, slope };
}

/**
 * A generated universe's marker, written into its folder only after the generator finished: the
 * arguments and the size of every file. A folder whose marker is missing, is for other arguments, or
 * whose files' sizes differ is made again.
 */
export interface UniverseMarker {
  generator: 'scripts/generate-sample.ts';
  universe: number;
  files: Record<string, number>;
}

export const MARKER_NAME = '.wg-bench-complete';
/** Written before the generator starts: the folder is the bench's, so a half-made one may be removed. */
export const STARTED_NAME = '.wg-bench-generating';

export function isCompleteUniverse(marker: string | undefined, universe: number, sizes: (file: string) => number | undefined): boolean {
  if (marker === undefined) return false;
  let m: Partial<UniverseMarker>;
  try {
    m = JSON.parse(marker) as Partial<UniverseMarker>;
  } catch {
    return false;
  }
  if (typeof m !== 'object' || m === null || m.generator !== 'scripts/generate-sample.ts' || m.universe !== universe || typeof m.files !== 'object' || m.files === null) return false;
  const files = Object.entries(m.files);
  return files.some(([f]) => f === 'prices.csv') && files.every(([f, size]) => sizes(f) === size);
}
