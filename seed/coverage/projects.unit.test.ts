import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/seed/build.js';
import { readSeedFiles, SOURCE_FILE } from '../../src/seed/read.js';
import { dataCopy, without } from './data-copy.js';
import { readExclusions, staleExclusions } from './exclusions.js';
import { PROJECT_WORD, uncoveredProjects } from './projects.js';
import { sectionIndex } from './sections.js';

const source = readFileSync(SOURCE_FILE, 'utf8');
const files = readSeedFiles();
const sections = sectionIndex(source, files.plan.data.sections);
const exclusions = readExclusions('project-exclusions.yaml');

describe('projects (项目) named in the source document', () => {
  it("every 项目 of the text is in a project's quote, or excluded with a reason", () => {
    expect(uncoveredProjects(source, buildGraph(files), exclusions, sections)).toEqual([]);
  });

  it('every exclusion still matches the source, names a 项目 and says why', () => {
    expect(staleExclusions(exclusions, source, PROJECT_WORD)).toEqual([]);
  });

  it('a project without an owner still has its place, and its sector unless it serves every industry', () => {
    const graph = buildGraph(files);
    const has = (id: string, type: string) => graph.rels.some((r) => r.from === id && r.type === type);
    const ownerless = graph.nodes.filter((n) => n.label === 'Project' && !has(n.id, 'BY'));
    expect(ownerless.length).toBeGreaterThanOrEqual(10);
    expect(ownerless.filter((p) => !has(p.id, 'LOCATED_IN')).map((p) => p.props.name)).toEqual([]);
    expect(ownerless.filter((p) => !has(p.id, 'IN_SECTOR')).map((p) => p.props.name)).toEqual([
      '中小企业公共服务平台网络项目',
    ]);
  });

  it('fail with the phrase and its section when a project is removed from a copy of the data', () => {
    const copy = dataCopy(
      'measures.yaml',
      (d) => void (d.projects = without(d.projects!, '中小企业公共服务平台网络项目')),
    );
    try {
      expect(uncoveredProjects(source, buildGraph(readSeedFiles(copy.dir)), exclusions, sections)).toEqual([
        { section: '三（七） 大力促进中小企业发展', word: '项目', phrase: '基本建成我省中小企业公共服务平台网络项目' },
      ]);
    } finally {
      copy.remove();
    }
  });
});
