/**
 * Checks made before a run loads anything, and again just before it moves its report into place:
 * the output folder can be written, the month folder is not the user's data, and everything in a
 * previous month folder was written by wg-report. A run may replace only what it wrote.
 */
import { randomBytes } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { formatOf, MANIFEST_FILE, parseManifest, sha256, type Manifest } from './manifest.js';

/** A path as the user would recognise it: relative to the current folder when it lies below it. */
export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? p : rel;
}

/** The deepest existing folder on the way to `p` (what `mkdir -p p` would create from). */
async function nearestExisting(p: string): Promise<string> {
  let dir = resolve(p);
  for (;;) {
    try {
      await lstat(dir);
      return dir;
    } catch {
      const up = dirname(dir);
      if (up === dir) return dir;
      dir = up;
    }
  }
}

function writeProblem(code: string | undefined): string {
  switch (code) {
    case 'EROFS':
      return 'is on a read-only file system';
    case 'EACCES':
    case 'EPERM':
      return 'no permission to write there';
    default:
      return `cannot write there (${code ?? 'unknown error'})`;
  }
}

/**
 * Shows that `outDir` is (or can be made) a writable folder by creating and removing a probe file
 * in it, or in the deepest folder that exists on the way to it. Creates nothing else.
 * @throws UsageError with a one-line reason.
 */
export async function probeOutDir(outDir: string): Promise<void> {
  const shown = `--out ${displayPath(outDir)}`;
  const existing = await nearestExisting(outDir);
  const info = await stat(existing).catch(() => null);
  if (info === null) throw new UsageError(`${shown}: cannot be reached`);
  if (!info.isDirectory()) {
    throw new UsageError(
      existing === resolve(outDir) ? `${shown}: is not a folder` : `${shown}: cannot be created, ${displayPath(existing)} is a file`,
    );
  }
  const probe = join(existing, `.wg-report-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(probe, '', { flag: 'wx' });
  } catch (e) {
    throw new UsageError(`${shown}: ${writeProblem((e as NodeJS.ErrnoException).code)}`);
  }
  await unlink(probe).catch(() => undefined);
}

/** `p` with every existing part of it resolved through symbolic links (the rest appended). */
async function realish(p: string): Promise<string> {
  const existing = await nearestExisting(p);
  const real = await realpath(existing).catch(() => existing);
  return join(real, relative(existing, resolve(p)));
}

const inside = (child: string, parent: string) => child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/**
 * The month folder must not be the data folder or hold it (replacing it would delete the data: never,
 * not even with --force) and should not lie inside it (allowed with --force).
 */
export async function checkNotData(target: string, dataDir: string, force: boolean): Promise<void> {
  const t = await realish(target);
  const d = await realish(dataDir);
  if (t === d || inside(d, t)) {
    throw new UsageError(
      `${displayPath(target)} is ${t === d ? 'the data folder' : 'a folder that holds the data folder'}: ` +
        'writing the report there would replace your data; nothing was changed. Choose another --out.',
    );
  }
  if (inside(t, d) && !force) {
    throw new UsageError(
      `${displayPath(target)} lies inside the data folder ${displayPath(dataDir)}; nothing was changed. ` +
        'Choose another --out, or pass --force to write there anyway.',
    );
  }
}

/** What a month folder holds, as far as replacing it is concerned. */
export type MonthFolder =
  | { kind: 'absent' }
  /** Everything in it was written by wg-report and is unchanged; `manifest` is null for a report of before manifests. */
  | { kind: 'ours'; manifest: Manifest | null; files: string[] }
  /** Something in it (or the path itself) is not ours: each entry is `path (reason)`. */
  | { kind: 'foreign'; problems: string[] };

/** A previous report of ours in the month folder. */
export interface PreviousReport {
  dir: string;
  /** Null for a report written before manifests: nothing of it can be shown to match this run. */
  manifest: Manifest | null;
  /** Its files, relative, manifest excluded. */
  files: string[];
}

/** Past this many, the listing stops: the folder is foreign either way. */
const MAX_LISTED = 10;

/** Every entry below `dir` (relative, `/`-separated) with whether it is a regular file, at most `limit`. */
async function entries(dir: string, limit: number): Promise<{ path: string; file: boolean }[]> {
  const out: { path: string; file: boolean }[] = [];
  const walk = async (d: string, prefix: string): Promise<void> => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (out.length >= limit) return;
      const rel = prefix + e.name;
      if (e.isDirectory()) await walk(join(d, e.name), `${rel}/`);
      else out.push({ path: rel, file: e.isFile() });
    }
  };
  await walk(dir, '');
  return out;
}

/**
 * Looks at `<out>/<month>` without changing it. Only regular files are read (a FIFO or a device is
 * foreign without being opened), so no path can make this block.
 */
export async function inspectMonthFolder(target: string): Promise<MonthFolder> {
  const shown = displayPath(target);
  const info = await lstat(target).catch(() => null);
  if (info === null) return { kind: 'absent' };
  if (info.isSymbolicLink()) return { kind: 'foreign', problems: [`${shown} (a symbolic link, not a report folder)`] };
  if (!info.isDirectory()) return { kind: 'foreign', problems: [`${shown} (a file, not a report folder)`] };

  const list = await entries(target, 10_000);
  const manifestText = list.some((e) => e.path === MANIFEST_FILE && e.file)
    ? await readFile(join(target, MANIFEST_FILE), 'utf8').catch(() => null)
    : null;
  const manifest = manifestText === null ? null : parseManifest(manifestText);
  const problems: string[] = [];
  for (const e of list) {
    if (problems.length >= MAX_LISTED) break;
    const where = `${shown}/${e.path}`;
    if (e.path === MANIFEST_FILE && manifest !== null) continue;
    if (!e.file) {
      problems.push(`${where} (not a regular file)`);
      continue;
    }
    const entry = manifest?.files[e.path];
    if (manifest === null) {
      // A report written before manifests existed: recognised by its file names alone.
      if (formatOf(e.path) === undefined) problems.push(`${where} (not written by wg-report)`);
    } else if (entry === undefined) {
      problems.push(`${where} (not written by wg-report)`);
    } else if (sha256(await readFile(join(target, e.path))) !== entry.sha256) {
      problems.push(`${where} (changed since wg-report wrote it)`);
    }
  }
  if (problems.length === 0) {
    return { kind: 'ours', manifest, files: list.filter((e) => e.file && e.path !== MANIFEST_FILE).map((e) => e.path) };
  }
  if (list.length >= 10_000 || problems.length >= MAX_LISTED) problems.push('… and possibly more');
  return { kind: 'foreign', problems };
}

/**
 * The month folder as this run may treat it. A foreign one stops the run (nothing touched) unless
 * `force`, when it is replaced like ours and `onForced` names what will be deleted.
 * @returns the previous report when it is ours (its files may be kept), else null.
 */
export async function claimMonthFolder(
  target: string,
  force: boolean,
  onForced: (message: string) => void,
): Promise<PreviousReport | null> {
  const folder = await inspectMonthFolder(target);
  if (folder.kind === 'absent') return null;
  if (folder.kind === 'ours') return { dir: target, manifest: folder.manifest, files: folder.files };
  if (!force) {
    throw new UsageError(
      [
        `${displayPath(target)} holds what wg-report did not write; nothing was changed:`,
        ...folder.problems.map((p) => `  ${p}`),
        'Move it elsewhere, choose another --out, or pass --force to replace the folder (deleting the above).',
      ].join('\n'),
    );
  }
  onForced(`--force: replacing ${displayPath(target)}, which deletes ${folder.problems.join(', ')}`);
  return null;
}
