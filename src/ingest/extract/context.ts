import { sectionIndex } from './sections.js';
import { normalizeName } from './text.js';
import { quoteAround } from './rules/quote.js';
import type { Candidate, Kind, PlanMeta, Section, VocabEntry, Vocabulary, VocabPlace } from './types.js';

/** A candidate as a rule proposes it: the fields it knows; the rest default to null. */
export type Proposal = Partial<Candidate> & {
  kind: Kind;
  name: string;
  /** Where the name (or the figure) stands in the text; the quote is the clause around it unless `quoteSpan` says otherwise. */
  span: [number, number];
  quoteSpan?: [number, number];
  rule: string;
  confidence: number;
};

/** What every rule sees: the text, its sections, the vocabulary's lookups, the plan's metadata, and `add`. */
export class Context {
  readonly sectionAt: ReturnType<typeof sectionIndex>;
  readonly proposals: Proposal[] = [];
  readonly links = new Map<string, VocabEntry>();
  readonly chains = new Map<string, VocabEntry>();
  readonly enterprises = new Map<string, VocabEntry>();
  readonly places = new Map<string, VocabPlace[]>();
  readonly carriers = new Map<string, VocabEntry>();

  constructor(
    readonly text: string,
    readonly sections: Section[],
    readonly vocab: Vocabulary,
    readonly meta: PlanMeta,
  ) {
    this.sectionAt = sectionIndex(sections);
    const index = <T extends VocabEntry>(map: Map<string, T>, entries: T[]) => {
      for (const e of entries)
        for (const n of [e.name, ...e.aliases]) if (n && !map.has(normalizeName(n))) map.set(normalizeName(n), e);
    };
    index(this.links, vocab.links);
    index(this.chains, vocab.chains);
    index(this.enterprises, vocab.enterprises);
    index(this.carriers, vocab.carriers);
    for (const p of vocab.places)
      for (const n of [p.name, ...p.aliases]) {
        const k = normalizeName(n);
        this.places.set(k, [...(this.places.get(k) ?? []), p]);
      }
  }

  add(p: Proposal): void {
    if (p.span[1] <= p.span[0] || !p.name.trim()) return;
    const q = p.quoteSpan
      ? { start: p.quoteSpan[0], end: p.quoteSpan[1] }
      : quoteAround(this.text, p.span[0], p.span[1]);
    this.proposals.push({ ...p, quote: this.text.slice(q.start, q.end), start: q.start, end: q.end });
  }

  /** The plan's end year: from the period (2023-2025 → 2025), else null. */
  get endYear(): number | null {
    const m = this.meta.period?.match(/(\d{4})\D+(\d{4})/);
    return m ? Number(m[2]) : null;
  }

  /** The plan's own year: from its date, else its period's start, else null. */
  get planYear(): number | null {
    const d = this.meta.date?.match(/^(\d{4})/);
    if (d) return Number(d[1]);
    const p = this.meta.period?.match(/^(\d{4})/);
    return p ? Number(p[1]) : null;
  }
}
