import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { formatOf, MANIFEST_FILE, serialiseManifest, sha256, type Manifest, type ManifestEntry } from './manifest.js';

/**
 * Outputs are written into a temporary folder beside `<out>/<month>/` and swapped into place only
 * when every format has succeeded, so a failed, interrupted or killed run never costs the user the
 * previous good report. Temporary folders are named `.<month>.tmp-<pid>-<rand>`; the previous report
 * is parked as `.<month>.old-<pid>-<rand>` for the instant between the two renames.
 */
export class Staging {
  private constructor(
    readonly target: string,
    readonly dir: string,
    private done = false,
  ) {}

  /** What has been staged so far: the manifest's `files`. */
  private readonly files: Record<string, ManifestEntry> = {};

  /** Clears what earlier crashed runs left behind, then makes a fresh temporary folder. */
  static async create(outDir: string, month: string): Promise<Staging> {
    await mkdir(outDir, { recursive: true });
    await recoverStale(outDir, month);
    const dir = join(outDir, `.${month}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    await mkdir(dir);
    const staging = new Staging(join(outDir, month), dir);
    live.add(staging);
    return staging;
  }

  /** Stages one report file (a path `formatOf` knows) and records it for the manifest. */
  async write(path: string, data: string | Uint8Array): Promise<void> {
    const format = formatOf(path);
    if (format === undefined) throw new Error(`not a report file: ${path}`);
    const file = join(this.dir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, data);
    this.files[path] = { format, sha256: sha256(data) };
  }

  /** Stages a file of the previous report unchanged (a format not asked for this time). */
  async keep(previousDir: string, path: string, entry: ManifestEntry): Promise<void> {
    const file = join(this.dir, path);
    await mkdir(dirname(file), { recursive: true });
    await copyFile(join(previousDir, path), file);
    this.files[path] = entry;
  }

  /** Paths staged so far. */
  get staged(): string[] {
    return Object.keys(this.files);
  }

  /** Writes the manifest of everything staged; the last step before `commit`. */
  async writeManifest(header: Omit<Manifest, 'files'>): Promise<void> {
    await writeFile(join(this.dir, MANIFEST_FILE), serialiseManifest({ ...header, files: this.files }));
  }

  /**
   * Moves the finished report into place. Synchronous on purpose: a SIGINT/SIGTERM handler runs on the
   * event loop, so it can never fall between the two renames and leave the month folder missing.
   * (SIGKILL can; the next run's recoverStale puts the parked report back.)
   */
  commit(): string {
    const parked = join(dirname(this.target), `.${basename(this.target)}.old-${process.pid}-${randomBytes(4).toString('hex')}`);
    const hadPrevious = existsSync(this.target);
    if (hadPrevious) renameSync(this.target, parked);
    renameSync(this.dir, this.target);
    this.done = true;
    live.delete(this);
    if (hadPrevious) rmSync(parked, { recursive: true, force: true });
    return this.target;
  }

  /** Removes the temporary folder; the previous report is untouched. */
  async discard(): Promise<void> {
    if (this.done) return;
    this.done = true;
    live.delete(this);
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Synchronous variant for signal handlers, where the event loop will not run again. */
  discardSync(): void {
    if (this.done) return;
    this.done = true;
    live.delete(this);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const live = new Set<Staging>();

/** Discards every staging folder of this process (SIGINT/SIGTERM handler). */
export function discardAllSync(): void {
  for (const s of [...live]) s.discardSync();
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * After SIGKILL or a crash: a temporary folder of a dead process is removed; a parked previous
 * report whose swap never finished is put back if the month folder is missing.
 */
async function recoverStale(outDir: string, month: string): Promise<void> {
  const names = await readdir(outDir);
  const pattern = new RegExp(`^\\.${month}\\.(tmp|old)-(\\d+)-[0-9a-f]+$`);
  const target = join(outDir, month);
  for (const name of names.sort()) {
    const m = pattern.exec(name);
    if (!m || pidAlive(Number(m[2]))) continue;
    const path = join(outDir, name);
    if (m[1] === 'old' && !(await exists(target))) await rename(path, target);
    else await rm(path, { recursive: true, force: true });
  }
}
