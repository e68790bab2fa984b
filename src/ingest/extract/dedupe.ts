import type { Proposal } from './context.js';
import { normalizeName } from './text.js';
import type { Candidate } from './types.js';

/** The key two proposals share when they state the same fact. */
export function factKey(
  p: Pick<Candidate, 'kind' | 'name' | 'value' | 'valueMax' | 'unit' | 'year' | 'growthPct'>,
): string {
  // 电子行业 and 电子, 集成电路产业 and 集成电路: one industry.
  const name =
    p.kind === 'CHAIN'
      ? normalizeName(p.name).replace(/(?:产业链|产业|行业)$/, '') || normalizeName(p.name)
      : normalizeName(p.name);
  if (p.kind === 'TARGET') return ['TARGET', name, p.value, p.valueMax, p.unit, p.year, p.growthPct].join('|');
  return `${p.kind}|${name}`;
}

/**
 * One candidate per fact: proposals of the same kind and name (for targets: the same
 * measure, value, unit, year and growth) are one candidate, whatever section they are in.
 * The candidate keeps the best quote (the highest confidence, then the first in the text),
 * counts its mentions and lists the other quotes under `also`, so a reviewer sees every
 * place the plan states it. A fact the plan states more than once gains a little
 * confidence (+0.05 a mention, at most +0.1). Where one rule placed a fact in the graph
 * (matchedId) and another did not, the match is kept.
 */
export function dedupe(proposals: (Proposal & { section: string })[]): Candidate[] {
  const groups = new Map<string, (Proposal & { section: string })[]>();
  for (const p of proposals) {
    const key = factKey({
      kind: p.kind,
      name: p.name,
      value: p.value ?? null,
      valueMax: p.valueMax ?? null,
      unit: p.unit ?? null,
      year: p.year ?? null,
      growthPct: p.growthPct ?? null,
    });
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const out: Candidate[] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => b.confidence - a.confidence || a.start! - b.start!);
    const best = sorted[0]!;
    const seen = new Set<number>([best.start!]);
    const also = sorted
      .slice(1)
      .filter((p) => !seen.has(p.start!) && seen.add(p.start!))
      .sort((a, b) => a.start! - b.start!)
      .map((p) => ({ quote: p.quote!, start: p.start!, end: p.end!, section: p.section }));
    const matched = group.find((p) => p.matchedId);
    const { span: _span, quoteSpan: _q, ...rest } = best;
    const candidate: Candidate = {
      chain: null,
      place: null,
      value: null,
      valueMax: null,
      unit: null,
      year: null,
      growthPct: null,
      ...rest,
      quote: best.quote!,
      start: best.start!,
      end: best.end!,
      section: best.section,
      confidence: Math.min(0.95, Math.round((best.confidence + Math.min(0.1, 0.05 * also.length)) * 100) / 100),
      mentions: also.length + 1,
      ...(also.length ? { also } : {}),
      ...(matched && !best.matchedId ? { matchedId: matched.matchedId, matchedName: matched.matchedName } : {}),
    };
    for (const k of Object.keys(candidate) as (keyof Candidate)[]) if (candidate[k] === undefined) delete candidate[k];
    out.push(candidate);
  }
  return out.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}
