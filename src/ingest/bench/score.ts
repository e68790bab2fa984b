import { normalizeName, occurrences } from '../extract/text.js';
import { KINDS, type Candidate, type Kind } from '../extract/types.js';
import type { AnswerKey, KeyItem } from './key.js';

export type KindScore = {
  kind: Kind;
  /** Items of the key of this kind. */
  keyItems: number;
  /** Candidates of this kind. */
  candidates: number;
  /** Key items some candidate matches (recall's numerator). */
  found: number;
  /** Candidates that match some key item (precision's numerator). */
  correct: number;
  /** Correct candidates beyond the first for the same key item. */
  duplicates: number;
  recall: number | null;
  precision: number | null;
  missed: string[];
  wrong: string[];
};

/**
 * How a name is compared: quotes, spaces and bracket widths dropped; for industries the
 * ending 产业/行业/产业链 (集成电路产业 = 集成电路), for places the ending 省/市/自治区
 * (济南市 = 济南).
 */
export function comparable(kind: Kind, name: string): string {
  let n = normalizeName(name);
  if (kind === 'CHAIN' || kind === 'CHAIN_LINK') n = n.replace(/(?:产业链|产业|行业)$/, '') || n;
  if (kind === 'PLACE') n = n.replace(/(?:省|市|自治区)$/, '') || n;
  return n;
}

/** Spans of `quote` in the text. */
function spans(text: string, quote: string): [number, number][] {
  return occurrences(text, quote).map((i) => [i, i + quote.length]);
}

/**
 * Whether a candidate is this key item. Same kind (or one of the item's kinds), and:
 * - a name that agrees with the item's name or one of its `also` (compared as above), or
 *   with the graph name the candidate matched;
 * - or, for carriers, enterprises and projects, one name inside the other while the
 *   candidate's quote overlaps the item's quote in the text (济南密码应用与创新示范基地 found
 *   as 密码应用与创新示范基地 in the same clause);
 * - for targets, besides: the same value, upper bound, unit and year (and growth, for a
 *   growth-only target), and either names that share two characters in a row or quotes that
 *   overlap.
 */
export function matches(c: Candidate, item: KeyItem, text: string): boolean {
  if (!item.kinds.includes(c.kind)) return false;
  const names = [item.name, ...item.also].map((n) => comparable(c.kind, n));
  const candNames = [c.name, ...(c.matchedName ? [c.matchedName] : [])].map((n) => comparable(c.kind, n));
  const overlaps = () => {
    const quoteSpans = [
      [c.start, c.end] as [number, number],
      ...(c.also ?? []).map((a) => [a.start, a.end] as [number, number]),
    ];
    return spans(text, item.quote).some(([a, b]) => quoteSpans.some(([x, y]) => x < b && a < y));
  };
  if (c.kind === 'TARGET') {
    if (
      (c.value ?? null) !== (item.value ?? null) ||
      (c.valueMax ?? null) !== (item.valueMax ?? null) ||
      c.year !== (item.year ?? null)
    )
      return false;
    if (item.value === null || item.value === undefined) {
      if ((c.growthPct ?? null) !== (item.growthPct ?? null)) return false;
    } else if (c.unit !== item.unit) return false;
    const shareBigram = names.some((n) =>
      [...candNames].some((m) =>
        [...Array(Math.max(0, m.length - 1)).keys()].some((i) => n.includes(m.slice(i, i + 2))),
      ),
    );
    return shareBigram || overlaps();
  }
  if (candNames.some((n) => names.includes(n))) return true;
  if (c.kind === 'CARRIER' || c.kind === 'ENTERPRISE' || c.kind === 'PROJECT') {
    return candNames.some((n) => n.length >= 2 && names.some((k) => k.includes(n) || n.includes(k))) && overlaps();
  }
  return false;
}

/** Recall and precision per kind of a draft against a key. */
export function score(facts: Candidate[], key: AnswerKey, text: string): KindScore[] {
  return KINDS.map((kind) => {
    const items = key.items.filter((i) => i.kinds.includes(kind));
    // An item that reads as two kinds counts in the recall of its first kind only.
    const recallItems = items.filter((i) => i.kinds[0] === kind);
    const cands = facts.filter((f) => f.kind === kind);
    const hits = new Map<KeyItem, number>();
    const wrong: string[] = [];
    let correct = 0;
    // Each candidate is given to one key item: one its quote overlaps if any, else the first
    // not yet found (two targets of 5500亿元 in one plan are two items, not one found twice).
    for (const c of [...cands].sort((a, b) => b.confidence - a.confidence)) {
      const options = items.filter((i) => matches(c, i, text));
      if (!options.length) {
        wrong.push(
          c.kind === 'TARGET'
            ? `${c.name} ${c.value ?? ''}${c.valueMax !== null ? `-${c.valueMax}` : ''}${c.unit ?? ''} ${c.year ?? ''}`
            : c.name,
        );
        continue;
      }
      correct++;
      const overlapping = options.filter((i) => spans(text, i.quote).some(([a, b]) => c.start < b && a < c.end));
      const item =
        overlapping.find((i) => !hits.has(i)) ?? options.find((i) => !hits.has(i)) ?? overlapping[0] ?? options[0]!;
      hits.set(item, (hits.get(item) ?? 0) + 1);
    }
    // An item of two kinds found under its other kind still counts as found.
    const foundAny = (i: KeyItem) =>
      hits.has(i) || facts.some((f) => f.kind !== kind && i.kinds.includes(f.kind) && matches(f, i, text));
    const found = recallItems.filter(foundAny).length;
    const missed = recallItems
      .filter((i) => !foundAny(i))
      .map((i) =>
        kind === 'TARGET'
          ? `${i.name} ${i.value ?? ''}${i.valueMax ? `-${i.valueMax}` : ''}${i.unit} ${i.year}`
          : i.name,
      );
    const duplicates = [...hits.values()].reduce((s, n) => s + n - 1, 0);
    return {
      kind,
      keyItems: recallItems.length,
      candidates: cands.length,
      found,
      correct,
      duplicates,
      recall: recallItems.length ? found / recallItems.length : null,
      precision: cands.length ? correct / cands.length : null,
      missed,
      wrong,
    };
  });
}
