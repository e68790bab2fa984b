import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toGlobalId } from '../ids.js';
import { buildGraph } from './build.js';
import { DATA_DIR, readSeedFiles, SeedValidationError } from './read.js';

const dirs: string[] = [];
/** A copy of seed/data with one file rewritten by `edit`. */
function dataWith(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'seed-'));
  const dir = path.join(root, 'seed', 'data');
  cpSync(DATA_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  dirs.push(root);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    if (err instanceof SeedValidationError) return err.problems;
    throw err;
  }
  return [];
}

describe('building the graph from the seed files', () => {
  const graph = buildGraph(readSeedFiles());
  const node = (kind: Parameters<typeof toGlobalId>[0], key: string) =>
    graph.nodes.find((n) => n.id === toGlobalId(kind, key));

  it('gives ids derived from kind and key, the same at every build', () => {
    expect(buildGraph(readSeedFiles()).nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(node('Sector', 'biomedicine')?.props.name).toBe('生物医药');
  });

  it('merges an enterprise declared in two files under its longest name', () => {
    const foxconn = node('Enterprise', '富士康集团');
    expect(foxconn?.props.aliases).toContain('富士康');
    const located = graph.rels.filter((r) => r.from === foxconn?.id && r.type === 'LOCATED_IN').map((r) => r.to);
    expect(located).toEqual(expect.arrayContaining([toGlobalId('Place', '郑州航空港区'), toGlobalId('Place', '鹤壁')]));
  });

  it('records provenance on every node and relationship', () => {
    const bare = [...graph.nodes.map((n) => n.props), ...graph.rels.map((r) => r.props)].filter(
      (p) => (p as { sourceQuotes: string[] }).sourceQuotes.length === 0,
    );
    expect(bare).toEqual([]);
  });

  it('names the file and the entry of an invalid value', () => {
    const dir = dataWith('sectors/electronics.yaml', (t) => t.replace('stage: UPSTREAM', 'stage: SIDEWAYS'));
    const problems = problemsOf(() => readSeedFiles(dir));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^seed\/data\/sectors\/electronics\.yaml: chains\[0\] \(智能手机产业链\)\.links\[0\] \(芯片\)\.stage: Invalid enum value.*SIDEWAYS/,
    );
  });

  it('names the file and the entry of a reference to nothing', () => {
    const dir = dataWith('sectors/electronics.yaml', (t) =>
      t.replace('enterprise: 舜宇光电公司', 'enterprise: 不存在的公司'),
    );
    const problems = problemsOf(() => buildGraph(readSeedFiles(dir)));
    expect(problems).toEqual([
      expect.stringMatching(
        /^seed\/data\/sectors\/electronics\.yaml: stances\[\d+\] \(不存在的公司\)\.enterprise: no enterprise named 不存在的公司/,
      ),
    ]);
  });

  it('refuses a fact without a source', () => {
    const dir = dataWith('plan.yaml', (t) =>
      t.replace(/(- key: HIGH_GROWTH[\s\S]*?)sources:/, '$1sources: []\n    unused:'),
    );
    const problems = problemsOf(() => readSeedFiles(dir));
    expect(problems.join('\n')).toMatch(
      /plan\.yaml: categories\[0\] \(高成长性制造业\)\.sources: needs at least one source/,
    );
  });
});
