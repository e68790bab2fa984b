import type { SeedGraph } from '../../src/seed/build.js';
import { quotesOf, type Exclusion } from './carriers.js';
import { rangesOf, uncovered, type Uncovered } from './occurrences.js';
import type { SectionIndex } from './sections.js';

/** The word of a project sentence. */
export const PROJECT_WORD = /项目/;

/** Every 项目 of the source that lies in no project's quote and in no exclusion. */
export function uncoveredProjects(
  source: string,
  graph: SeedGraph,
  exclusions: Exclusion[],
  sections: SectionIndex,
): Uncovered[] {
  const covered = [
    ...rangesOf(source, quotesOf(graph, 'Project')),
    ...rangesOf(
      source,
      exclusions.map((e) => e.text),
    ),
  ];
  return uncovered(source, PROJECT_WORD, covered, sections);
}
