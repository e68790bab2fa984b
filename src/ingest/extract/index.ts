import { Context } from './context.js';
import { dedupe } from './dedupe.js';
import { readMeta } from './meta.js';
import { regionFromText } from './region.js';
import { carrierRules } from './rules/carriers.js';
import { chainRules } from './rules/chains.js';
import { enterpriseRules } from './rules/enterprises.js';
import { placeRules } from './rules/places.js';
import { projectRules } from './rules/projects.js';
import { targetRules } from './rules/targets.js';
import { findSections } from './sections.js';
import type { Draft, ExtractOptions, PlanMeta, Vocabulary } from './types.js';

export type * from './types.js';
export { vocabularyFromSeed, nationalVocabulary } from './vocabulary.js';

/** The rules, in the order they run; each reads the text and adds proposals to the context. */
export const RULES = [placeRules, carrierRules, chainRules, targetRules, enterpriseRules, projectRules];

/**
 * A plan's text → a draft of candidate facts, by rules over the genre (see README.md in
 * src/ingest). Pure: the same text, vocabulary and options give the same draft. Every
 * candidate's quote is the exact slice text[start, end]: checked here, never constructed.
 */
export function extractDraft(text: string, vocabulary: Vocabulary, options: ExtractOptions = {}): Draft {
  const found = readMeta(text);
  const plan: PlanMeta = { ...found };
  for (const k of ['title', 'issuer', 'date', 'region', 'period', 'number'] as const)
    if (options[k]) plan[k] = options[k]!;
  if (!plan.region) plan.region = regionFromText(text, vocabulary.places);
  if (!plan.period) {
    const m = plan.title?.match(/[（(]\s*((?:19|20)\d{2})\s*[-—–－~至到]+\s*((?:19|20)\d{2})/);
    if (m) plan.period = `${m[1]}-${m[2]}`;
  }
  const sections = findSections(text);
  const ctx = new Context(text, sections, vocabulary, plan);
  for (const rule of RULES) rule(ctx);
  const proposals = ctx.proposals.map((p) => ({ ...p, section: ctx.sectionAt(p.span[0]).label }));
  const facts = dedupe(proposals).filter((c) => c.confidence >= (options.minConfidence ?? 0));
  for (const f of facts) {
    if (text.slice(f.start, f.end) !== f.quote)
      throw new Error(`internal error: the quote of ${f.kind} ${f.name} is not the text at ${f.start}`);
    for (const a of f.also ?? [])
      if (text.slice(a.start, a.end) !== a.quote)
        throw new Error(`internal error: a quote of ${f.kind} ${f.name} is not the text at ${a.start}`);
  }
  return { plan, sections, facts };
}
