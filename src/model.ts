import type { NodeKind } from './ids.js';

/**
 * What the Cypher queries return for each node: its properties as stored (`n {.*}`).
 * These are the codegen mappers: resolvers receive exactly these objects.
 */
export type Provenance = { sourceSections: string[]; sourceQuotes: string[]; sourceNotes: string[] };

/** A `Source` as resolvers return it (the GraphQL type, written here so that mapper types never import generated code). */
export type SourceModel = {
  kind: 'QUOTE' | 'CURATED' | 'IMPORTED' | 'PROJECT';
  section: string | null;
  quote: string | null;
  note: string | null;
  document: string | null;
  date: string | null;
  file: string | null;
  line: number | null;
  /** The plan a quote comes from. */
  planId: string | null;
};

/** A link's status in a place, as the schema's LinkStatus. */
export type LinkStatusModel = 'COVERED' | 'TARGETED' | 'GAP';

// The schema's enums as the graph stores them (src/model-enums.check.ts proves they match the SDL).
export type SectorCategory = 'HIGH_GROWTH' | 'STRATEGIC_EMERGING' | 'TRADITIONAL_PILLAR' | 'PRODUCER_SERVICE' | 'PLAN';
export type ChainStage = 'UPSTREAM' | 'MIDSTREAM' | 'DOWNSTREAM';
export type StanceRole = 'LOCAL' | 'TARGET' | 'PARTNER' | 'BRAND';
export type PlaceLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'DISTRICT' | 'ZONE' | 'REGION';
export type TargetMetric =
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
export type EntityModel = Provenance & { id: string; kind: NodeKind; key: string; name?: string; position?: number };

export type PlanStatus = 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN';
/** A plan document. The curated (seed) plan has no `status` stored: it is PUBLISHED. */
export type PlanModel = EntityModel & {
  title: string;
  issuer: string;
  date: string;
  number?: string | null;
  regionName?: string | null;
  periodStart?: number | null;
  periodEnd?: number | null;
  status?: PlanStatus | null;
  curated?: boolean | null;
  sha256?: string | null;
  text?: string | null;
  fileName?: string | null;
  ingestedAt?: string | null;
  ingestedBy?: string | null;
  publishedAt?: string | null;
  withdrawnAt?: string | null;
};
export type SectionModel = EntityModel & { code: string; title: string; planId?: string | null };

export type CandidateKind = 'CHAIN' | 'CHAIN_LINK' | 'PLACE' | 'CARRIER' | 'TARGET' | 'ENTERPRISE' | 'PROJECT';
export type CandidateStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';
/** What a candidate fact says, as the extractor finds it and as it is stored: its name, figures, verbatim quote and where it is. */
export type FactFields = {
  name: string;
  chain?: string | null;
  place?: string | null;
  value?: number | null;
  valueMax?: number | null;
  unit?: string | null;
  year?: number | null;
  growthPct?: number | null;
  metric?: TargetMetric | null;
  stage?: ChainStage | null;
  role?: string | null;
  carrierKind?: string | null;
  quote: string;
  start: number;
  end: number;
  section: string;
  confidence: number;
  rule: string;
};
/** A candidate fact of an ingested plan, as stored (`Candidate` nodes, one per fact, under their plan). */
export type CandidateModel = FactFields & {
  id: string;
  kind: 'Candidate';
  planId: string;
  factKind: CandidateKind;
  status: CandidateStatus;
  mergedIntoId?: string | null;
  decidedAt?: string | null;
  position: number;
};
export type ReviewActionModel =
  'ACCEPT' | 'REJECT' | 'EDIT' | 'MERGE' | 'REOPEN' | 'ADD' | 'ACCEPT_ABOVE' | 'METADATA' | 'PUBLISH' | 'WITHDRAW';
/** A review decision, as stored (`ReviewDecision` nodes under their plan). `changes` is JSON text. */
export type DecisionModel = {
  id: string;
  kind: 'ReviewDecision';
  planId: string;
  candidateId?: string | null;
  action: ReviewActionModel;
  by?: string | null;
  at: string;
  changes?: string | null;
};
export type CategoryModel = EntityModel & { key: SectorCategory; name: string; nameEn?: string };
export type SectorModel = EntityModel & { name: string; nameEn?: string; category: SectorCategory };
export type ChainModel = EntityModel & { name: string; aliases?: string[]; nameEn?: string };
export type ChainLinkModel = EntityModel & {
  name: string;
  aliases?: string[];
  group?: string;
  nameEn?: string;
  stage: ChainStage;
};
/** `organisationKind` is stored only on institutions: a company has none. */
export type EnterpriseModel = EntityModel & {
  name: string;
  aliases?: string[];
  importedAliases?: string[];
  nameEn?: string;
  organisationKind?: string;
};
export type StanceModel = EntityModel & { role: StanceRole; verb: string };
export type PlaceModel = EntityModel & {
  name: string;
  code?: string;
  fullName?: string;
  aliases?: string[];
  nameEn?: string;
  level: PlaceLevel;
  inHenan: boolean;
  gazetteer?: boolean;
};
/** `carrierKind` is the GraphQL `kind` (CLUSTER when absent); `kind` is the node's label. */
export type ClusterModel = EntityModel & {
  name: string;
  carrierKind?: string;
  tier?: string;
  tierYi?: number;
  level?: string;
};
export type ProjectModel = EntityModel & { name: string; capacity?: string };
export type TargetModel = EntityModel & {
  metric: TargetMetric;
  label: string;
  value?: number | null;
  valueMax?: number | null;
  unit: string;
  text?: string | null;
  year: number;
  growthPct?: number | null;
};
export type ActualModel = {
  id: string;
  kind: 'Actual';
  value: number;
  asOf: string;
  note?: string | null;
  recordedAt: string;
  recordedBy?: string | null;
};
