import type { Provenance, SourceModel } from '../model.js';
import { PLAN_DOCUMENT } from '../plan/document.js';
import { needs } from './shapes.js';

/** Where an imported fact came from: stored beside its provenance lists by the import. */
export type ImportProvenance = { importedFrom?: string | null; importedLine?: number | null; importedAt?: string | null };

/** The stored properties a node's `sources` are made of. */
export const PROVENANCE = ['sourceSections', 'sourceQuotes', 'sourceNotes', 'importedFrom', 'importedLine', 'importedAt'];

const NONE = { section: null, quote: null, note: null, document: null, date: null, file: null, line: null } as const;

/** The `sources` of a node or relationship, from the parallel lists it stores (an imported fact: its file, line and day). */
export const sourcesOf = needs(PROVENANCE, (p: Partial<Provenance> & ImportProvenance): SourceModel[] => {
  const quotes = p.sourceQuotes ?? [];
  if (p.importedFrom) {
    const note = p.sourceNotes?.[0] ?? null;
    return [{ ...NONE, kind: 'IMPORTED', note, document: p.importedFrom, file: p.importedFrom, line: p.importedLine ?? null, date: p.importedAt ?? null }];
  }
  return quotes.map((quote, i) =>
    quote
      ? { ...NONE, kind: 'QUOTE', section: p.sourceSections?.[i] ?? null, quote, document: PLAN_DOCUMENT.title, date: PLAN_DOCUMENT.date }
      : { ...NONE, kind: 'CURATED', note: p.sourceNotes?.[i] ?? '' },
  );
});
