import { extractDraft } from './extract/index.js';
import type { Draft, ExtractOptions, Vocabulary } from './extract/types.js';
import { vocabularyFromSeed } from './extract/vocabulary.js';
import { readPlanFile, type PlanText } from './read/index.js';

export type IngestOptions = ExtractOptions & { vocabulary?: Vocabulary };

/** A draft with the text it was made from (what gets stored beside it). */
export type IngestResult = { draft: Draft; source: PlanText };

let seedVocabulary: Vocabulary | undefined;

/**
 * A plan file → its draft: read (txt, docx, pdf), extract with the vocabulary (by default
 * the seed's names and the national places, offline). Writes nothing: storing a draft is
 * one call after this one.
 */
export async function ingestFile(file: string, options: IngestOptions = {}): Promise<IngestResult> {
  const source = await readPlanFile(file);
  const vocabulary = options.vocabulary ?? (seedVocabulary ??= vocabularyFromSeed());
  return { draft: extractDraft(source.text, vocabulary, options), source };
}
