import type { FillerRow } from '../analytics/recommend.js';
import { recommend } from '../analytics/recommend.js';
import { ORDERED_STAGES } from './stages.js';
export { idleLimits } from './idle-limits.js';

/** The funnel query's one row: total, paused, lost, and per ordered stage i `current<i>`, `reached<i>`, `mean<i>`, `median<i>`, `left<i>`. */
export type FunnelRow = Record<string, number | null>;

const round1 = (n: number | null | undefined) => (n == null ? null : Math.round(n * 10) / 10);

/** The funnel from its row: conversion from each stage to the next is reached(next) / reached(this). */
export function funnelOf(row: FunnelRow | undefined) {
  const at = (key: string) => row?.[key] ?? 0;
  const reached = ORDERED_STAGES.map((_, i) => at(`reached${i}`));
  return {
    total: at('total'),
    paused: at('paused'),
    lost: at('lost'),
    stages: ORDERED_STAGES.map((stage, i) => {
      const next = i + 1 < reached.length ? reached[i + 1]! : null;
      const left = at(`left${i}`);
      return {
        stage,
        current: at(`current${i}`),
        reached: reached[i]!,
        conversion: next == null || !reached[i] ? null : Math.round((next / reached[i]!) * 1000) / 1000,
        medianDays: left ? round1(row?.[`median${i}`]) : null,
        meanDays: left ? round1(row?.[`mean${i}`]) : null,
      };
    }),
  };
}

export type HitLead = {
  enterprise: string;
  place: string;
  chain: string | null;
  link: string | null;
  origin: string;
  signed: boolean;
  producing: boolean;
};

export type HitCounts = { recommended: number; leads: number; signed: number; producing: number };

/** How many recommendations count per place and link: the top of each link's ranking, as 招商对象 shows it. */
export const TOP_PER_LINK = 10;

/**
 * The enterprises recommended for a city, per chain: for each link the city lacks, the top
 * `TOP_PER_LINK` enterprises that would fill it, by the same ranking as 招商对象.
 */
export function recommendedByChain(rows: FillerRow[], chainOfLink: Map<string, string>): Map<string, Set<string>> {
  const ranked = recommend(rows, rows.length);
  const perLink = new Map<string, string[]>();
  for (const r of ranked) {
    for (const link of r.fillsLinks) {
      const list = perLink.get(link.id) ?? [];
      if (list.length < TOP_PER_LINK) list.push(r.enterprise.id);
      perLink.set(link.id, list);
    }
  }
  const byChain = new Map<string, Set<string>>();
  for (const [link, enterprises] of perLink) {
    const chain = chainOfLink.get(link);
    if (!chain) continue;
    const set = byChain.get(chain) ?? new Set<string>();
    enterprises.forEach((e) => set.add(e));
    byChain.set(chain, set);
  }
  return byChain;
}

/**
 * Counts for one city and chain: the recommended set (now, plus those a lead started from
 * as a recommendation), and how many of them became leads, signed, produce.
 */
export function hitCounts(recommended: Set<string>, leads: HitLead[]): HitCounts {
  const all = new Set(recommended);
  for (const l of leads) if (l.origin === 'RECOMMENDATION') all.add(l.enterprise);
  const of = (pick: (l: HitLead) => boolean) =>
    new Set(leads.filter((l) => all.has(l.enterprise) && pick(l)).map((l) => l.enterprise)).size;
  return {
    recommended: all.size,
    leads: of(() => true),
    signed: of((l) => l.signed),
    producing: of((l) => l.producing),
  };
}

export function withRates(c: HitCounts) {
  const rate = (n: number) => (c.recommended ? Math.round((n / c.recommended) * 1000) / 1000 : null);
  return { ...c, leadRate: rate(c.leads), signedRate: rate(c.signed), producingRate: rate(c.producing) };
}
