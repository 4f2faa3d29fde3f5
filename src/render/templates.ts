/**
 * The report's templates: the built-in `templates/` folder of the package, overridden file by file
 * by `--templates <dir>` (same relative paths). Templates are data: Handlebars sources, CSS and the
 * firm's fixed text, read once per run.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { closest } from '../suggest.js';

/**
 * The built-in templates. src/render/*.ts (tsx, vitest) and dist/render/*.js (after tsc) both sit
 * two levels below the package root, so this resolves the same from either.
 */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Template sources by relative path with `/` separators: `html/layout.hbs`, `text/risk.hbs`. */
export interface TemplateSet {
  /** Relative path → source text. */
  readonly files: ReadonlyMap<string, string>;
  /** Relative path → where it was read from (for error messages). */
  readonly origins: ReadonlyMap<string, string>;
  /** The source of a template that must exist. */
  get(path: string): string;
}

/** Every file below `dir`, as sorted relative paths with `/` separators. */
async function listFiles(dir: string, root = dir): Promise<string[]> {
  const paths: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) paths.push(...(await listFiles(full, root)));
    else if (e.isFile()) paths.push(relative(root, full).split(sep).join('/'));
  }
  return paths.sort();
}

/**
 * Reads the built-in templates, then lets every file of `overrideDir` replace the built-in one with
 * the same relative path.
 * @throws UsageError when `overrideDir` is not a readable folder.
 */
export async function loadTemplates(overrideDir?: string, warn?: (message: string) => void): Promise<TemplateSet> {
  const files = new Map<string, string>();
  const origins = new Map<string, string>();
  const readAll = async (dir: string): Promise<void> => {
    for (const path of await listFiles(dir)) {
      const file = join(dir, path);
      files.set(path, await readFile(file, 'utf8'));
      origins.set(path, file);
    }
  };
  await readAll(BUILTIN_TEMPLATES_DIR);
  const builtins = [...files.keys()];
  if (overrideDir !== undefined) {
    const info = await stat(overrideDir).catch(() => null);
    if (!info?.isDirectory()) throw new UsageError(`--templates ${overrideDir}: not a folder`);
    await readAll(overrideDir);
    for (const path of unusedOverrides(files, new Set(builtins))) {
      const near = closest(path, builtins);
      warn?.(
        `--templates: ${path} is not a template wg-report uses, so it is ignored` +
          (near === null ? ` (the templates are listed in ${BUILTIN_TEMPLATES_DIR})` : ` (did you mean ${near}?)`),
      );
    }
  }
  return {
    files,
    origins,
    get(path: string): string {
      const source = files.get(path);
      if (source === undefined) throw new UsageError(`template ${path} is missing (looked in ${BUILTIN_TEMPLATES_DIR})`);
      return source;
    },
  };
}

/**
 * Override files that nothing reads: not a built-in path, and not a new partial (`html/**.hbs`,
 * `md/**.hbs`, `html/**.css`) that a template of its format calls with `{{> name}}`. A misspelt
 * `text/strategey.hbs` would otherwise be ignored in silence while the built-in text is printed.
 */
function unusedOverrides(files: ReadonlyMap<string, string>, builtins: ReadonlySet<string>): string[] {
  const unused: string[] = [];
  for (const path of files.keys()) {
    if (builtins.has(path) || path.split('/').some((part) => part.startsWith('.'))) continue;
    const m = /^(html|md)\/(.+)\.(?:hbs|css)$/.exec(path);
    if (m) {
      const [, format, name] = m;
      const call = new RegExp(`\\{\\{~?#?>\\s*${name!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\w/-])`);
      const called = [...files].some(([p, source]) => p.startsWith(`${format}/`) && call.test(source));
      if (called) continue;
    }
    unused.push(path);
  }
  return unused;
}

/**
 * SHA-256 over every file of an override folder (paths and bytes), or null for the built-ins: a
 * report's files may only be kept across runs made with the same templates.
 */
export async function templatesFingerprint(overrideDir?: string): Promise<string | null> {
  if (overrideDir === undefined) return null;
  const hash = createHash('sha256');
  for (const path of await listFiles(overrideDir).catch(() => [])) {
    hash.update(`${path}\0`).update(await readFile(join(overrideDir, path))).update('\0');
  }
  return hash.digest('hex');
}
