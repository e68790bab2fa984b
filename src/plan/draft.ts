import type { CandidateKind, FactFields } from '../model.js';

/** A plan's metadata, as found in its text or given by whoever ingests it. */
export type DraftPlan = {
  title: string | null;
  issuer: string | null;
  date: string | null;
  region: string | null;
  period: string | null;
  number: string | null;
};

/** A numbered section of the text: its code (二（一）1), heading words and where it is. */
export type DraftSection = { code: string; title: string; start: number; end: number; parent: string | null };

/** A candidate fact as the extractor gives it (src/ingest/extract): quote and offsets into the text. */
export type DraftFact = FactFields & {
  kind: CandidateKind;
  /** The graph's node this names already (a link of the same name, a known place), when the rules could tell. */
  matchedId?: string | null;
};

/** What ingestion hands over to be stored as a DRAFT: the text, its metadata, sections and candidates. */
export type Draft = { plan: DraftPlan; sections: DraftSection[]; facts: DraftFact[] };

/** The period `2023-2025` (or `2023—2025`, `2023至2025`) as its first and last year. */
export function periodYears(period: string | null | undefined): {
  periodStart: number | null;
  periodEnd: number | null;
} {
  const m = /^(\d{4})\s*(?:-|—|–|－|~|至|到)\s*(\d{4})$/.exec(period?.trim() ?? '');
  if (!m) {
    const single = /^(\d{4})$/.exec(period?.trim() ?? '');
    return single
      ? { periodStart: Number(single[1]), periodEnd: Number(single[1]) }
      : { periodStart: null, periodEnd: null };
  }
  return { periodStart: Number(m[1]), periodEnd: Number(m[2]) };
}

/** A `Date` argument as `YYYY-MM-DD`: the scalar hands over a Date at UTC midnight (its String() is not ISO). */
export function isoDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
