import type { Provenance, SourceModel } from '../model.js';
import { PLAN_DOCUMENT } from '../plan/document.js';
import { needs } from './shapes.js';

/**
 * Where an imported fact came from: one entry per import that states it,
 * "<import id>\t<file>\t<line>\t<date>\t<note>" (src/import/write.ts).
 */
export type ImportProvenance = { importSources?: string[] | null };

/**
 * Where a fact a published plan states came from: one entry per plan that states it,
 * "<plan id>\t<plan title>\t<plan date>\t<section>\t<quote>" (src/plan/publish.ts).
 */
export type PlanProvenance = { planSources?: string[] | null };

/** The stored properties a node's `sources` are made of. */
export const PROVENANCE = [
  'sourceSections',
  'sourceQuotes',
  'sourceNotes',
  'importSources',
  'planSources',
  'pipelineSources',
];

/**
 * Where a fact a landed project states came from: one entry per lead that reached 投产,
 * "<lead id>\t<sentence>\t<date>\t<recorder>\t<place id>\t<link id>" (src/pipeline/leads.ts).
 */
export type ProjectProvenance = { pipelineSources?: string[] | null };

function projectSource(entry: string): SourceModel {
  const [, sentence = '', date = ''] = entry.split('\t');
  return { ...NONE, kind: 'PROJECT', note: sentence, date: date || null };
}

/** The project sources of an enterprise for one link (the projects that made it a local enterprise of the link). */
export function projectSources(e: ProjectProvenance, linkId: string): SourceModel[] {
  return (e.pipelineSources ?? []).filter((entry) => entry.split('\t')[5] === linkId).map(projectSource);
}

const NONE = {
  section: null,
  quote: null,
  note: null,
  document: null,
  date: null,
  file: null,
  line: null,
  planId: null,
} as const;

/** One `planSources` entry, written for a fact a plan states. */
export function planSourceEntry(
  plan: { id: string; title: string; date: string },
  section: string,
  quote: string,
): string {
  const clean = (text: string) => text.replace(/[\t\n\r]+/g, ' ');
  return [plan.id, clean(plan.title), plan.date, clean(section), clean(quote)].join('\t');
}

/** The `sources` of a node or relationship, from the parallel lists it stores (an imported fact: its file, line and day). */
export const sourcesOf = needs(
  PROVENANCE,
  (p: Partial<Provenance> & ImportProvenance & PlanProvenance & ProjectProvenance): SourceModel[] => {
    const seeded = (p.sourceQuotes ?? []).map((quote, i): SourceModel =>
      quote
        ? {
            ...NONE,
            kind: 'QUOTE',
            section: p.sourceSections?.[i] ?? null,
            quote,
            document: PLAN_DOCUMENT.title,
            date: PLAN_DOCUMENT.date,
            planId: PLAN_DOCUMENT.id,
          }
        : { ...NONE, kind: 'CURATED', note: p.sourceNotes?.[i] ?? '' },
    );
    const stated = (p.planSources ?? []).map((entry): SourceModel => {
      const [planId = '', title = '', date = '', section = '', quote = ''] = entry.split('\t');
      return { ...NONE, kind: 'QUOTE', section: section || null, quote, document: title, date: date || null, planId };
    });
    const imported = (p.importSources ?? []).map((entry): SourceModel => {
      const [, file = '', line, date = '', note = ''] = entry.split('\t');
      return {
        ...NONE,
        kind: 'IMPORTED',
        document: file,
        file,
        line: line ? Number(line) : null,
        date: date || null,
        note: note || null,
      };
    });
    return [...seeded, ...stated, ...imported, ...(p.pipelineSources ?? []).map(projectSource)];
  },
);
