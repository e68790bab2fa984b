import type { Provenance, SourceModel } from '../model.js';
import { PLAN_DOCUMENT } from '../plan/document.js';
import { needs } from './shapes.js';

/**
 * Where an imported fact came from: one entry per import that states it,
 * "<import id>\t<file>\t<line>\t<date>\t<note>" (src/import/write.ts).
 */
export type ImportProvenance = { importSources?: string[] | null };

/** The stored properties a node's `sources` are made of. */
export const PROVENANCE = ['sourceSections', 'sourceQuotes', 'sourceNotes', 'importSources'];

const NONE = { section: null, quote: null, note: null, document: null, date: null, file: null, line: null } as const;

/** The `sources` of a node or relationship, from the parallel lists it stores (an imported fact: its file, line and day). */
export const sourcesOf = needs(PROVENANCE, (p: Partial<Provenance> & ImportProvenance): SourceModel[] => {
  const seeded = (p.sourceQuotes ?? []).map((quote, i): SourceModel =>
    quote
      ? { ...NONE, kind: 'QUOTE', section: p.sourceSections?.[i] ?? null, quote, document: PLAN_DOCUMENT.title, date: PLAN_DOCUMENT.date }
      : { ...NONE, kind: 'CURATED', note: p.sourceNotes?.[i] ?? '' },
  );
  const imported = (p.importSources ?? []).map((entry): SourceModel => {
    const [, file = '', line, date = '', note = ''] = entry.split('\t');
    return { ...NONE, kind: 'IMPORTED', document: file, file, line: line ? Number(line) : null, date: date || null, note: note || null };
  });
  return [...seeded, ...imported];
});
