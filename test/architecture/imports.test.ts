/**
 * The pipeline is visible in the folders and every import points down it:
 * errors and text → calendar → record → letters → facts → rules → plan →
 * render → the engine → the public entries (index, letters, adapters, cli,
 * interop, and drafts/, part of the letters entry: a draft runs the engine
 * for its deadline).
 * This test reads every relative import in src/ and fails on one that runs
 * back up the pipeline, on any import cycle, and on a source file over 300
 * lines or a generated one (generated data lives outside src/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

/** Layers from the bottom up; a file may import its own layer or a lower one. */
const LAYERS: readonly (readonly string[])[] = [
  ['issues.ts', 'errors.ts', 'text/'],
  ['calendar/'],
  ['record/'],
  ['letters/'],
  ['facts/'],
  ['rules/'],
  ['plan/'],
  ['render/'],
  ['options.ts', 'engine.ts'],
  ['index.ts', 'letters/index.ts', 'drafts/', 'adapters/', 'cli/', 'interop/'],
];

/** The layer of a file (path relative to src/, with `/`): the most specific match wins. */
function layerOf(file: string): number {
  let best = -1;
  let bestLength = -1;
  LAYERS.forEach((prefixes, layer) => {
    for (const p of prefixes) {
      const hit = p.endsWith('/') ? file.startsWith(p) : file === p;
      if (hit && p.length > bestLength) {
        best = layer;
        bestLength = p.length;
      }
    }
  });
  return best;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

/** Relative imports of a file that stay inside src/, as paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = (m[1] ?? m[2]) as string;
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    const rel = relative(SRC, target).split('\\').join('/');
    if (!rel.startsWith('..')) found.push(rel);
  }
  return found;
}

const files = sourceFiles(SRC).map((f) => relative(SRC, f).split('\\').join('/'));
const graph = new Map(files.map((f) => [f, importsOf(join(SRC, f))]));

describe('the import graph of src/', () => {
  it('puts every file in a layer', () => {
    expect(files.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import running back up the pipeline', () => {
    const upward: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) {
        if (layerOf(to) > layerOf(from)) upward.push(`${from} → ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle', () => {
    // Tarjan's strongly connected components; any component of 2+ files is a cycle.
    let index = 0;
    const indices = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      indices.set(v, index);
      low.set(v, index);
      index++;
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!indices.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v) as number, indices.get(w) as number));
        }
      }
      if (low.get(v) === indices.get(v)) {
        const component: string[] = [];
        let w: string | undefined;
        do {
          w = stack.pop() as string;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
      }
    };
    for (const f of files) if (!indices.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('keeps every source file at 300 lines or fewer, none of them generated', () => {
    const long = files.filter((f) => readFileSync(join(SRC, f), 'utf8').split('\n').length > 300);
    const generated = files.filter((f) =>
      /@generated|do not edit/i.test(readFileSync(join(SRC, f), 'utf8').slice(0, 400)),
    );
    expect({ long, generated }).toEqual({ long: [], generated: [] });
  });
});

describe('the layer check itself', () => {
  it('catches an upward import and knows the entries', () => {
    expect(layerOf('rules/run-rules.ts')).toBeGreaterThan(layerOf('facts/context.ts'));
    expect(layerOf('letters/index.ts')).toBeGreaterThan(layerOf('facts/notes.ts'));
    expect(layerOf('letters/tokens.ts')).toBeLessThan(layerOf('facts/notes.ts'));
    expect(layerOf('somewhere/else.ts')).toBe(-1);
  });
});
