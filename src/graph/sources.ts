import type { Source } from '../generated/graphql.generated.js';
import type { Provenance } from '../model.js';
import { needs } from './shapes.js';

/** The stored properties a node's `sources` are made of. */
export const PROVENANCE = ['sourceSections', 'sourceQuotes', 'sourceNotes'];

/** The `sources` of a node or relationship, from the three parallel lists it stores. */
export const sourcesOf = needs(PROVENANCE, (p: Partial<Provenance>): Source[] => {
  const quotes = p.sourceQuotes ?? [];
  return quotes.map((quote, i) => {
    const note = p.sourceNotes?.[i] ?? '';
    return quote
      ? { kind: 'QUOTE', section: p.sourceSections?.[i] ?? null, quote, note: null }
      : { kind: 'CURATED', section: null, quote: null, note };
  });
});
