import type { Database } from '../db/database.js';
import { fromGlobalId } from '../ids.js';
import { extractDraft } from '../ingest/extract/index.js';
import type { Draft as ExtractedDraft, Vocabulary, VocabPlace } from '../ingest/extract/types.js';
import { nationalPlaces } from '../ingest/extract/vocabulary.js';
import { readPlanFile } from '../ingest/read/index.js';
import type { Draft, DraftPlan } from './draft.js';
import { VOCABULARY } from './queries.js';

/** The text of an uploaded plan file (its name says the format: .txt, .docx, .pdf). */
export async function readPlanSource(file: string, fileName: string): Promise<string> {
  return (await readPlanFile(file, fileName)).text;
}

/**
 * What the graph knows, for recognising names: its own chains, links, enterprises, places
 * and carriers (so a match is a node of this graph; the seed loads every national division
 * and zone), and the national places and regions it does not hold (a graph seeded before
 * the whole country was loaded: their matches find no node and are dropped when stored).
 */
export async function vocabularyFromGraph(db: Database): Promise<Vocabulary> {
  const [row] = await db.read<Vocabulary>(VOCABULARY);
  const vocabulary: Vocabulary = row ?? { chains: [], links: [], enterprises: [], places: [], carriers: [] };
  const { places } = vocabulary;
  const codes = new Set(places.map((p) => p.code).filter(Boolean));
  const ids = new Set(places.map((p) => p.id));
  const names = new Set(places.map((p) => p.name));
  const missing = nationalPlaces().filter(
    (p: VocabPlace) => !ids.has(p.id) && !(p.code && codes.has(p.code)) && !names.has(p.name),
  );
  return { ...vocabulary, places: [...places, ...missing] };
}

/** A plan's text through the rules into a draft to store, the metadata given overriding what the text says. */
export async function draftFromText(db: Database, text: string, metadata: Partial<DraftPlan>): Promise<Draft> {
  const given = Object.fromEntries(Object.entries(metadata).filter(([, v]) => v != null && v !== ''));
  const draft: ExtractedDraft = extractDraft(text, await vocabularyFromGraph(db), given);
  return toStoredDraft(draft);
}

/** The extractor's draft as storage takes it (only ids of this graph are kept as matches). */
export function toStoredDraft(draft: ExtractedDraft): Draft {
  return {
    plan: draft.plan,
    sections: draft.sections,
    facts: draft.facts.map((f) => ({
      ...f,
      metric: f.metric ?? null,
      stage: f.stage ?? null,
      role: f.role ?? null,
      carrierKind: f.carrierKind ?? null,
      // A region of the genre (region:长三角) is no node.
      matchedId: f.matchedId && fromGlobalId(f.matchedId) ? f.matchedId : null,
    })),
  };
}
