import type { SeedGraph } from '../../src/seed/build.js';
import { rangesOf, uncovered, type Uncovered } from './occurrences.js';
import type { SectionIndex } from './sections.js';

/** A word of the source that names nothing of its kind, with the reason. `text` is the word with the characters around it, as in the source. */
export type Exclusion = { text: string; why: string };

/** Words that end the name of a carrier (载体) in the text: …基地, …产业园, …园区, …示范区, …示范城市, …集群, …集聚区 and their kin. */
export const CARRIER_WORDS = /产业园|园区|网商园|物流园|科技园|基地|示范区|示范城市|示范市|集群|集聚区|聚集区|云谷|CBD/;

/** Quotes of the graph's nodes of one label. */
export function quotesOf(graph: SeedGraph, label: string): string[] {
  return graph.nodes
    .filter((n) => n.label === label)
    .flatMap((n) => n.props.sourceQuotes as string[])
    .filter(Boolean);
}

/** Carrier words that lie in no carrier's quote and in no exclusion. */
export function uncoveredCarriers(
  source: string,
  graph: SeedGraph,
  exclusions: Exclusion[],
  sections: SectionIndex,
): Uncovered[] {
  const covered = [
    ...rangesOf(source, quotesOf(graph, 'Cluster')),
    ...rangesOf(
      source,
      exclusions.map((e) => e.text),
    ),
  ];
  return uncovered(source, CARRIER_WORDS, covered, sections);
}
