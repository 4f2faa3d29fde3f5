/**
 * Watches the data folder and the templates folder with chokidar (package.json's commit says why:
 * editors save by writing a temporary file and renaming it over the original, which fs.watch on
 * Linux stops following; chokidar follows such atomic saves). Changes are classified (changes.ts)
 * and a burst of them becomes one plan after a short quiet time.
 */
import { watch, type FSWatcher } from 'chokidar';
import { classifyChange, isEmpty, planFor, type ChangeKind, type Plan, type Roots } from './changes.js';

export interface WatchOptions extends Roots {
  /** Quiet time after the last event of a burst before the plan is handed on (ms). */
  debounceMs?: number;
  onPlan: (plan: Plan, files: string[]) => void;
  onError?: (error: unknown) => void;
}

export interface Watching {
  /** Resolves once the initial scan is done and every later save is reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchSources(options: WatchOptions): Watching {
  const paths = [options.dataDir, ...(options.templatesDir === undefined ? [] : [options.templatesDir])];
  const watcher: FSWatcher = watch(paths, {
    ignoreInitial: true,
    // The data folder's own subfolders are commentary/ (DATA.md); templates nest html/sections/.
    depth: 3,
    // Dot folders (.git) and node_modules below either folder are not inputs.
    ignored: (path: string) => {
      const root = paths.find((p) => path.startsWith(p)) ?? '';
      return /[\\/](?:\.[^\\/]+|node_modules)[\\/]/.test(`${path.slice(root.length)}/`);
    },
    // Editors' write-then-rename saves arrive as one change.
    atomic: 50,
  });
  const kinds: (ChangeKind | null)[] = [];
  const files: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const plan = planFor(kinds.splice(0));
    const changed = files.splice(0);
    if (!isEmpty(plan)) options.onPlan(plan, changed);
  };
  const onEvent = (path: string) => {
    const kind = classifyChange(path, options);
    if (kind === null) return;
    kinds.push(kind);
    files.push(path);
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 25);
  };
  watcher.on('add', onEvent).on('change', onEvent).on('unlink', onEvent);
  watcher.on('error', (e) => options.onError?.(e));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
