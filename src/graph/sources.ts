import type { Source } from '../generated/graphql.generated.js';
import type { Provenance } from '../model.js';

/** The `sources` of a node or relationship, from the three parallel lists it stores. */
export function sourcesOf(p: Partial<Provenance>): Source[] {
  const quotes = p.sourceQuotes ?? [];
  return quotes.map((quote, i) => {
    const note = p.sourceNotes?.[i] ?? '';
    return quote
      ? { kind: 'QUOTE', section: p.sourceSections?.[i] ?? null, quote, note: null }
      : { kind: 'CURATED', section: null, quote: null, note };
  });
}
