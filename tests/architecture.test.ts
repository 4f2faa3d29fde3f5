/**
 * The shape of src/: the stages load → compute → present → render → write, each importing only itself,
 * the stages before it and the shared modules (types, errors, dates, messages, suggest); pipeline.ts alone strings the
 * stages together and only cli.ts and preview/ import it; preview/ (the live preview server, a front end
 * like cli.ts that re-runs the stages on each save) imports any stage and is imported only by cli.ts;
 * nothing imports cli.ts; and no import cycle anywhere.
 * Imports are read with TypeScript's own pre-processor (type-only and dynamic imports count: a type
 * from a later stage is a dependency on it all the same).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isE2e } from './tiers.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const FLOW = ['load', 'compute', 'present', 'render', 'write'] as const;
// messages.ts: the catalog of every text in both languages; suggest.ts: "did you mean …?".
const SHARED = new Set(['types.ts', 'errors.ts', 'dates.ts', 'messages.ts', 'suggest.ts']);

/**
 * Imports against the flow that exist today and are to go, each with why it is still there. The test
 * fails on any other, and on one of these once it is gone (take it off the list then).
 */
const KNOWN: Record<string, string> = {};

type Graph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** File (relative to src/, `/`-separated) → the src files it imports. */
function importGraph(root: string): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => relative(root, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))).split('\\').join('/'))
      .filter((target) => target.endsWith('.ts'));
    graph.set(relative(root, file).split('\\').join('/'), [...new Set(targets)]);
  }
  return graph;
}

type Place = { stage: (typeof FLOW)[number]; index: number } | 'shared' | 'pipeline' | 'cli' | 'preview' | 'unplaced';

function place(file: string): Place {
  if (SHARED.has(file)) return 'shared';
  if (file === 'pipeline.ts') return 'pipeline';
  if (file === 'cli.ts') return 'cli';
  if (file.startsWith('preview/')) return 'preview';
  const index = FLOW.indexOf(file.split('/')[0] as (typeof FLOW)[number]);
  return index === -1 || !file.includes('/') ? 'unplaced' : { stage: FLOW[index]!, index };
}

/** Why `from` may not import `to`, or null when it may. */
function violation(from: string, to: string): string | null {
  const a = place(from);
  const b = place(to);
  if (a === 'unplaced' || b === 'unplaced') return `${a === 'unplaced' ? from : to} is in no stage (put it in one, or in SHARED)`;
  if (b === 'cli') return 'nothing imports cli.ts (the only module that knows about the process)';
  if (b === 'pipeline' && a !== 'cli' && a !== 'preview') return 'only cli.ts and preview/ import pipeline.ts';
  if (b === 'preview' && a !== 'cli' && a !== 'preview') return 'only cli.ts imports preview/';
  if (a === 'cli' || a === 'pipeline' || a === 'preview') return null;
  if (b === 'shared') return null;
  if (a === 'shared') return 'the shared modules import no stage';
  if (typeof a === 'object' && typeof b === 'object' && b.index > a.index) return `${a.stage} comes before ${b.stage}`;
  return null;
}

/** Every import cycle, each as its files in order (Tarjan's strongly connected components). */
function cycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

const graph = importGraph(SRC);

describe('src/ follows load → compute → present → render → write', () => {
  it('every module is in a stage, or shared, or pipeline.ts / cli.ts / preview/', () => {
    expect([...graph.keys()].filter((f) => place(f) === 'unplaced')).toEqual([]);
  });

  it('no import runs against the flow (or into cli.ts / pipeline.ts) beyond the listed known ones', () => {
    const found = [...graph].flatMap(([from, targets]) =>
      targets.flatMap((to) => {
        const why = violation(from, to);
        return why === null ? [] : [`${from} -> ${to}`];
      }),
    );
    expect(found.filter((v) => !(v in KNOWN))).toEqual([]);
    // A known one that was fixed comes off the list, so the list stays the truth.
    expect(Object.keys(KNOWN).filter((k) => !found.includes(k))).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });
});

describe('the unit tier starts no process and no browser', () => {
  const ROOT = fileURLToPath(new URL('../', import.meta.url));
  // What starts one: child_process, the browser launcher and printPdf, the spawned-CLI helpers.
  const STARTS = /from 'node:child_process'|\blaunchBrowser\(|\bprintPdf\(|\b(?:runCli|startCli)\(/;
  it('every test file that does is listed in tests/tiers.ts as e2e', () => {
    const unit = sourceFiles(join(ROOT, 'tests'))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => f.endsWith('.test.ts') && !isE2e(f) && f !== 'tests/architecture.test.ts'); // this file names them
    expect(unit.filter((f) => STARTS.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('flags imports against the flow, into cli.ts and pipeline.ts, and out of the shared modules', () => {
    expect(violation('compute/x.ts', 'present/percent.ts')).toBe('compute comes before present');
    expect(violation('load/config.ts', 'compute/calendar.ts')).toBe('load comes before compute');
    expect(violation('render/index.ts', 'write/staging.ts')).toBe('render comes before write');
    expect(violation('write/staging.ts', 'cli.ts')).toMatch(/nothing imports cli\.ts/);
    expect(violation('render/index.ts', 'pipeline.ts')).toBe('only cli.ts and preview/ import pipeline.ts');
    expect(violation('pipeline.ts', 'preview/server.ts')).toBe('only cli.ts imports preview/');
    expect(violation('render/index.ts', 'preview/session.ts')).toBe('only cli.ts imports preview/');
    expect(violation('types.ts', 'load/dataset.ts')).toBe('the shared modules import no stage');
    expect(violation('util.ts', 'types.ts')).toMatch(/util\.ts is in no stage/);
  });

  it('lets a stage import itself, an earlier stage and the shared modules; pipeline and cli import any stage', () => {
    expect(violation('present/view-model.ts', 'compute/calendar.ts')).toBeNull();
    expect(violation('render/html.ts', 'render/engine.ts')).toBeNull();
    expect(violation('load/fields.ts', 'dates.ts')).toBeNull();
    expect(violation('pipeline.ts', 'write/staging.ts')).toBeNull();
    expect(violation('cli.ts', 'pipeline.ts')).toBeNull();
    expect(violation('cli.ts', 'preview/server.ts')).toBeNull();
    expect(violation('preview/session.ts', 'pipeline.ts')).toBeNull();
    expect(violation('preview/session.ts', 'render/pdf.ts')).toBeNull();
  });

  it('finds a cycle of two, a longer one and a self-import, and none in a chain', () => {
    const g: Graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts']],
      ['c.ts', ['d.ts']],
      ['d.ts', ['e.ts']],
      ['e.ts', ['c.ts']],
      ['f.ts', ['f.ts']],
      ['g.ts', ['h.ts']],
      ['h.ts', []],
    ]);
    expect(cycles(g)).toEqual([['a.ts', 'b.ts'], ['c.ts', 'd.ts', 'e.ts'], ['f.ts']]);
  });

  it('reads type-only and dynamic imports', () => {
    const { importedFiles } = ts.preProcessFile("import type { A } from './a.js';\nconst m = await import('./b.js');\nexport { c } from './c.js';", true, true);
    expect(importedFiles.map((f) => f.fileName)).toEqual(['./a.js', './b.js', './c.js']);
  });
});
