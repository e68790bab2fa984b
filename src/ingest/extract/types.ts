/** What the extractor returns: a reviewable draft of candidate facts, never facts. */

export type Kind = 'CHAIN' | 'CHAIN_LINK' | 'PLACE' | 'CARRIER' | 'TARGET' | 'ENTERPRISE' | 'PROJECT';
export const KINDS: Kind[] = ['CHAIN', 'CHAIN_LINK', 'PLACE', 'CARRIER', 'TARGET', 'ENTERPRISE', 'PROJECT'];

export type Stage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
export type CarrierKind =
  'CLUSTER' | 'BASE' | 'PARK' | 'ZONE' | 'DEMONSTRATION_CITY' | 'PROGRAMME_SITE' | 'HUB' | 'PLATFORM';
export type OrganisationKind = 'UNIVERSITY' | 'RESEARCH_INSTITUTE' | 'PUBLIC_BODY';
export type Metric =
  | 'REVENUE'
  | 'VALUE_ADDED'
  | 'OUTPUT'
  | 'CAPACITY'
  | 'KEY_PROJECTS'
  | 'INVESTMENT'
  | 'CLUSTERS'
  | 'ENTERPRISES'
  | 'COUNT'
  | 'RATE';

export type PlanMeta = {
  title: string | null;
  issuer: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** A place name: 山东, 济南. */
  region: string | null;
  /** 2023-2025 */
  period: string | null;
  /** 文号: 鲁政发〔2019〕8号 */
  number: string | null;
};

export type Section = {
  /** 一、（一）1.（1）① normalised and joined: 二（一）1（1）. */
  code: string;
  title: string;
  start: number;
  end: number;
  parent: string | null;
};

/** One more place in the text where the same fact is stated. */
export type Mention = { quote: string; start: number; end: number; section: string };

export type Candidate = {
  kind: Kind;
  /** The chain, link, place, carrier, enterprise or project; for a TARGET what it measures. */
  name: string;
  /** For a link: its chain; for other kinds the chain or industry it is about, when known. */
  chain: string | null;
  /** The place a fact is about (a carrier's or project's place, a target's place, a place's parent). */
  place: string | null;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  year: number | null;
  growthPct: number | null;
  /** An exact substring of the input text, checked before the draft is returned. */
  quote: string;
  start: number;
  end: number;
  /** The section code and title: "二（一） 做大做强高成长性制造业". */
  section: string;
  /** 0..1: the share of this rule's candidates that were right on the development plans. */
  confidence: number;
  /** The rule that found it: "list-after-重点发展". */
  rule: string;
  stage?: Stage;
  role?: string;
  carrierKind?: CarrierKind;
  organisationKind?: OrganisationKind;
  metric?: Metric;
  label?: string;
  /** The figure as written: 7.37万亿元, 3-5家. */
  text?: string;
  /** The place's level (PROVINCE CITY COUNTY DISTRICT ZONE REGION) and GB/T 2260 code. */
  level?: string;
  code?: string;
  matchedId?: string;
  matchedName?: string;
  /** A project's owner and capacity, as written (河南欧帕工业机器人有限公司, 年产6000套). */
  enterprise?: string;
  capacity?: string;
  /** Why a reviewer must look twice (a year or figure that looks scrambled). */
  flags?: string[];
  /** How many times the text states it (the quote above is the best one). */
  mentions?: number;
  /** The other places that state it. */
  also?: Mention[];
};

export type Draft = { plan: PlanMeta; sections: Section[]; facts: Candidate[] };

/** A name the graph already knows, with what it is. */
export type VocabEntry = {
  id: string;
  name: string;
  aliases: string[];
  /** For a link: the chain's name; for a chain: its sector's name. */
  chain?: string;
  stage?: Stage;
  organisationKind?: OrganisationKind;
};
export type VocabPlace = VocabEntry & {
  level: string;
  parent: string | null;
  code?: string;
  /**
   * Known from the national lists only (a division or zone no seed file or plan declares, a
   * region): the rules prefer the places the graph was told about (the plan's own) to these.
   */
  listed?: boolean;
};

/** What the graph knows, for recognising names: its chains, links, enterprises, places and carriers. */
export type Vocabulary = {
  chains: VocabEntry[];
  links: VocabEntry[];
  enterprises: VocabEntry[];
  places: VocabPlace[];
  carriers: VocabEntry[];
};

export type ExtractOptions = Partial<PlanMeta> & {
  /** Drop candidates below this confidence (default 0: keep all for review). */
  minConfidence?: number;
};
