import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts file under a folder, tests and generated code included. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The files a file imports (type imports too), resolved within the tree. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm)].map((m) =>
    path.join(path.dirname(file), m[1]!.replace(/\.js$/, '.ts')),
  );
}

/** The first import cycle found by depth-first search, as a list of files; none: []. */
function firstCycle(files: string[]): string[] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] => {
    if (state.get(f) === 'done') return [];
    if (state.get(f) === 'open') return [...stack.slice(stack.indexOf(f)), f];
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f)!) {
      const cycle = visit(t);
      if (cycle.length) return cycle;
    }
    stack.pop();
    state.set(f, 'done');
    return [];
  };
  for (const f of files) {
    const cycle = visit(f);
    if (cycle.length) return cycle;
  }
  return [];
}

describe('imports in src/', () => {
  it('run one way, with no cycle, type imports included (resolvers -> graph -> db; the context never imports resolvers)', () => {
    expect(firstCycle(sources('src').filter((f) => !f.endsWith('.test.ts')))).toEqual([]);
  });

  it('finds a cycle when there is one, through a type import too', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'imports-'));
    writeFileSync(path.join(dir, 'context.ts'), "import { allResolvers } from './resolvers.js';\n");
    writeFileSync(path.join(dir, 'resolvers.ts'), "import type { Context } from './context.js';\n");
    writeFileSync(path.join(dir, 'db.ts'), 'export const x = 1;\n');
    expect(firstCycle(sources(dir)).map((f) => path.basename(f))).toEqual(['context.ts', 'resolvers.ts', 'context.ts']);
    writeFileSync(path.join(dir, 'resolvers.ts'), "import { x } from './db.js';\n");
    expect(firstCycle(sources(dir))).toEqual([]);
  });
});
