/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Where a link stands in its chain. */
export type ChainStage =
  /** Final products, applications, services, distribution. */
  | 'DOWNSTREAM'
  /** Making the product itself. */
  | 'MIDSTREAM'
  /** Materials, components, equipment: what others build on. */
  | 'UPSTREAM';

/** What a carrier (载体) is, by the word the plan uses for it. */
export type ClusterKind =
  /** A base (基地): a production, R&D, planting or demonstration base. */
  | 'BASE'
  /** An industrial cluster (产业集群), and every carrier with a tier (百亿级 … 万亿级) whatever the text calls it: the plan counts those among its clusters. */
  | 'CLUSTER'
  /** A city the plan makes a demonstration city (示范城市, 示范市). */
  | 'DEMONSTRATION_CITY'
  /** A city the plan makes the centre (中心) or a pivot (支点) of an industry. */
  | 'HUB'
  /** A park (产业园, 园区, 物流园, 网商园, 云谷). */
  | 'PARK'
  /** A platform (平台): an innovation, industrial internet or public service platform a plan names. */
  | 'PLATFORM'
  /** An area designated under a national programme (国家安阳工业电子商务区域). */
  | 'PROGRAMME_SITE'
  /** A zone (产业集聚区, 示范区, 商务中心区 CBD). */
  | 'ZONE';

/** Filters on carriers; all given filters must hold. */
export type ClusterWhere = {
  /** Of this kind. */
  kind?: ClusterKind | null | undefined;
  /** Of any of these kinds. */
  kinds?: Array<ClusterKind> | null | undefined;
  /** Of this rank: 世界级, 国家级 or 省级. */
  level?: string | null | undefined;
  /** At least this size in 亿元 (100, 1000, 2000, 10000). */
  minTierYi?: number | null | undefined;
  /** In this place or anywhere below it (a Place id); a carrier of several places matches each. */
  place?: string | number | null | undefined;
  /** Of this sector (a Sector id). */
  sector?: string | number | null | undefined;
  /** Exactly this tier, e.g. 千亿级. */
  tier?: string | null | undefined;
};

/** A new lead. */
export type CreateLeadInput = {
  /** An Enterprise id. Or give newEnterprise instead. */
  enterprise?: string | number | null | undefined;
  /** The ChainLink id of the link it would fill. */
  link?: string | number | null | undefined;
  /** An enterprise not yet in the graph: its name and 统一社会信用代码, checked as imports check them. */
  newEnterprise?: NewEnterpriseInput | null | undefined;
  /** A note. */
  note?: string | null | undefined;
  /** Where it came from (default OWN). */
  origin?: LeadOrigin | null | undefined;
  /** The owner's username (default: the caller); an officer of the place or above it. */
  owner?: string | null | undefined;
  /** The Place id of the place that wants it; it must be the officer's home place or under it. */
  place: string | number;
};

/** What kind of organisation an enterprise record is. */
export type EnterpriseKind =
  /** A company (企业): every enterprise but the institutions below, and every imported one. */
  | 'COMPANY'
  /** A public testing, inspection or service body, e.g. 河南省电子产品质量监督检验所. */
  | 'PUBLIC_BODY'
  /** A research institute (研究院, 研究所), e.g. 郑州机械研究所. */
  | 'RESEARCH_INSTITUTE'
  /** A university or college (大学, 学院), e.g. 郑州大学. */
  | 'UNIVERSITY';

/** Filters on enterprises; all given filters must hold. */
export type EnterpriseWhere = {
  /** Related to this chain (a Chain id). */
  chain?: string | number | null | undefined;
  /** Located in Henan (true) or only outside it (false). */
  inHenan?: boolean | null | undefined;
  /** Only organisations of these kinds; default [COMPANY], so lists and counts are of companies unless institutions are asked for. */
  kinds?: Array<EnterpriseKind> | null | undefined;
  /** Related to this chain link (a ChainLink id). */
  link?: string | number | null | undefined;
  /** Name or an alias contains this text. */
  nameContains?: string | null | undefined;
  /** Located in this place or anywhere below it (a Place id). */
  place?: string | number | null | undefined;
  /** The plan has a stance of this role on it. */
  role?: StanceRole | null | undefined;
  /** Related to this sector (a Sector id): operates in it or the plan speaks of it there. */
  sector?: string | number | null | undefined;
};

/** The kinds of entity that `search` finds. */
export type EntityKind =
  /** An industrial chain (产业链). */
  | 'CHAIN'
  /** A link of a chain (产业链环节), such as 摄像模组. */
  | 'CHAIN_LINK'
  /** A carrier (载体): an industrial cluster (产业集群), base, park, zone, demonstration city, programme site or hub (`Cluster.kind`). */
  | 'CLUSTER'
  /** An enterprise (企业), or an institution the plan names (a university, research institute or public body): `Enterprise.kind` tells them apart. */
  | 'ENTERPRISE'
  /** A province, city, county, district, zone or region. */
  | 'PLACE'
  /** A key project (重点项目). */
  | 'PROJECT'
  /** A key industry (重点产业). */
  | 'SECTOR';

/** Where a lead came from. */
export type LeadOrigin =
  /** A row of an imported ledger. */
  | 'IMPORT'
  /** The officer's own lead. */
  | 'OWN'
  /** The plan's own words: an enterprise the plan names to attract. */
  | 'PLAN'
  /** Our recommendation for the place and link (招商对象), with the rank and score it had then. */
  | 'RECOMMENDATION';

/**
 * The stages of a lead (招商项目). In order: CLUE → CONTACT → NEGOTIATING → SIGNED → STARTED →
 * PRODUCING → FULL_OUTPUT; aside: PAUSED and LOST.
 */
export type LeadStage =
  /** 线索: an enterprise worth approaching. */
  | 'CLUE'
  /** 接洽: first contact made. */
  | 'CONTACT'
  /** 达产: production at the planned capacity. */
  | 'FULL_OUTPUT'
  /** 终止: lost, with a reason and, where known, the region it went to. */
  | 'LOST'
  /** 在谈: negotiating. */
  | 'NEGOTIATING'
  /** 暂停: paused, with a reason and an expected restart. */
  | 'PAUSED'
  /** 投产: production started. The enterprise becomes a local enterprise of the lead's link and place. */
  | 'PRODUCING'
  /** 签约: an agreement signed. */
  | 'SIGNED'
  /** 开工: construction started. */
  | 'STARTED';

/** Whether a place has a chain link. */
export type LinkStatus =
  /** An enterprise located in the place (or below it) operates in the link. */
  | 'COVERED'
  /** Neither covered nor targeted. */
  | 'GAP'
  /** Not covered, but the plan names enterprises to attract for it. */
  | 'TARGETED';

/** An enterprise not yet in the graph. */
export type NewEnterpriseInput = {
  /** Its 统一社会信用代码 (18 characters, check digit verified). */
  creditCode: string;
  /** Its registered name. */
  name: string;
};

/** Administrative level of a place. */
export type PlaceLevel =
  /** A prefecture-level city (省辖市); 济源 included. */
  | 'CITY'
  /** A county or county-level city (also one a province administers directly, such as 仙桃). */
  | 'COUNTY'
  /** A city district (区). */
  | 'DISTRICT'
  /** A province, or a municipality such as 北京. */
  | 'PROVINCE'
  /** An area across provinces (长三角) or part of one (豫西). */
  | 'REGION'
  /** An economic zone, new district, high-tech zone or industrial park. */
  | 'ZONE';

/** An actual figure for a target. */
export type RecordActualInput = {
  /** The date the figure is for, `YYYY-MM-DD`. */
  asOf: string;
  /** Where the figure comes from. */
  note?: string | null | undefined;
  /** The target's id. */
  target: string | number;
  /** The observed figure, in the target's unit. */
  value: number;
};

/** What a bearer token allows. */
export type Role =
  /** Everything. */
  | 'ADMIN'
  /** Reads and runs read-only Cypher queries. */
  | 'ANALYST'
  /** Ingests, reviews, publishes and withdraws plans, and sees their drafts. */
  | 'EDITOR'
  /** Reads, records actuals and imports enterprise lists. */
  | 'OFFICER'
  /** Reads (needed only when the server requires a token for every request). */
  | 'READER';

/** The four categories of key industries in the plan. */
export type SectorCategory =
  /** 高成长性制造业: high-growth manufacturing. */
  | 'HIGH_GROWTH'
  /** An ingested plan's own grouping of the chains it adds: not one of the Henan plan's four categories. */
  | 'PLAN'
  /** 生产性服务业: producer services. */
  | 'PRODUCER_SERVICE'
  /** 战略性新兴产业: strategic emerging industries. */
  | 'STRATEGIC_EMERGING'
  /** 传统支柱产业: traditional pillar industries. */
  | 'TRADITIONAL_PILLAR';

/** What the plan says it will do with an enterprise. */
export type StanceRole =
  /** A brand made here by contract (代工生产华为). */
  | 'BRAND'
  /** An existing enterprise the plan builds on (依托, 支持, 推动, 重点推进). */
  | 'LOCAL'
  /** An enterprise to cooperate with (合作, 沟通). */
  | 'PARTNER'
  /** An enterprise to attract (引进, 争取, 力争入驻, 承接). */
  | 'TARGET';

/** What a target measures. */
export type TargetMetric =
  /** 产能: production capacity. */
  | 'CAPACITY'
  /** 产业集群: the number of clusters to build. */
  | 'CLUSTERS'
  /** Any other count (platforms, centres, people trained). */
  | 'COUNT'
  /** 企业: a number of enterprises (to cultivate, certify, attract). */
  | 'ENTERPRISES'
  /** 投资: investment. */
  | 'INVESTMENT'
  /** 重点项目: the number of key projects. */
  | 'KEY_PROJECTS'
  /** 产量: output, e.g. 智能手机产量2亿部. */
  | 'OUTPUT'
  /** A rate in percent. */
  | 'RATE'
  /** 主营业务收入: revenue, usually in 亿元. */
  | 'REVENUE'
  /** 工业增加值: value added (often only its growth). */
  | 'VALUE_ADDED';

/** Filters on targets; all given filters must hold. */
export type TargetWhere = {
  /** Targets for this category or its sectors. */
  category?: SectorCategory | null | undefined;
  /** Targets of the published plans that govern this place: its province's and its own (a Place id). */
  governedPlace?: string | number | null | undefined;
  /** Targets of this metric. */
  metric?: TargetMetric | null | undefined;
  /** Targets of this plan (a Plan id). */
  plan?: string | number | null | undefined;
  /** Targets for this sector or for clusters of it (a Sector id). */
  sector?: string | number | null | undefined;
  /** Targets for this subject (a Place, Category, Sector or Cluster id). */
  subject?: string | number | null | undefined;
  /** Targets for this year. */
  year?: number | null | undefined;
};

export type ChainGapsQueryVariables = Exact<{
  chain: string | number;
  place?: string | number | null | undefined;
}>;


export type ChainGapsQuery = { chainGaps: { coverage: number, chain: { id: string, name: string, sector: { id: string, name: string } }, place: { id: string, name: string, level: PlaceLevel }, links: Array<{ status: LinkStatus, link: { id: string, name: string, stage: ChainStage }, localEnterprises: Array<{ id: string, name: string }>, targetEnterprises: Array<{ id: string, name: string }>, sources: Array<{ quote: string | null, section: string | null }> }> } };

export type ClustersQueryVariables = Exact<{
  where?: ClusterWhere | null | undefined;
}>;


export type ClustersQuery = { clusters: Array<{ id: string, name: string, tier: string | null, tierYi: number | null, sector: { id: string, name: string } | null, place: { id: string, name: string, level: PlaceLevel, parent: { id: string, name: string } | null } | null, sources: Array<{ quote: string | null, section: string | null }> }> };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { createLead: { lead: { id: string, stage: LeadStage, version: number, origin: LeadOrigin, enterprise: { id: string, name: string }, link: { id: string, name: string } | null, place: { id: string, name: string }, owner: { name: string } } } };

export type CypherQueryVariables = Exact<{
  query: string;
  params?: unknown;
  limit?: number | null | undefined;
}>;


export type CypherQuery = { cypher: { columns: Array<string>, rows: Array<Array<unknown>>, truncated: boolean } };

export type EnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, aliases: Array<string>, id: string, places: Array<{ id: string, name: string, level: PlaceLevel }>, stances: Array<{ role: StanceRole, link: { id: string, name: string } | null, sector: { id: string, name: string } | null, sources: Array<{ quote: string | null, section: string | null }> }>, projects: Array<{ id: string, name: string, capacity: string | null }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type EnterprisesQueryVariables = Exact<{
  where?: EnterpriseWhere | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EnterprisesQuery = { enterprises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string } }> } };

export type LeadsQueryVariables = Exact<{
  place?: string | number | null | undefined;
  stage?: LeadStage | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadsQuery = { leads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, stage: LeadStage, version: number, enterprise: { id: string, name: string }, link: { id: string, name: string } | null, place: { id: string, name: string }, owner: { name: string }, nextAction: { summary: string, due: string } | null } }> } };

export type MoveLeadMutationVariables = Exact<{
  id: string | number;
  stage: LeadStage;
  version: number;
  note?: string | null | undefined;
}>;


export type MoveLeadMutation = { moveLead: { lead: { id: string, stage: LeadStage, version: number } } };

export type RecommendTargetsQueryVariables = Exact<{
  place: string | number;
  chain?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type RecommendTargetsQuery = { recommendTargets: Array<{ score: number, reasons: Array<string>, enterprise: { id: string, name: string }, fillsLinks: Array<{ id: string, name: string }> }> };

export type RecordActualMutationVariables = Exact<{
  input: RecordActualInput;
}>;


export type RecordActualMutation = { recordActual: { target: { id: string, value: number | null, attainment: number | null, actuals: Array<{ value: number, asOf: string, note: string | null }> } } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, kind: EntityKind, node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { name: string, id: string }
      | { name: string, id: string }
      | { name: string, id: string }
      | { name: string, id: string }
      | { id: string }
      | { id: string }
      | { name: string, id: string }
      | { id: string }
      | { name: string, id: string }
      | { id: string }
      | { id: string }
      | { name: string, id: string }
      | { id: string }
      | { id: string }
     }> };

export type SectorsQueryVariables = Exact<{
  category?: SectorCategory | null | undefined;
}>;


export type SectorsQuery = { sectors: Array<{ id: string, name: string, nameEn: string | null, category: SectorCategory, keyProjectCount: number | null, targets: Array<{ id: string, metric: TargetMetric, value: number | null, unit: string, year: number, growthPct: number | null, impliedBaseline: number | null, sources: Array<{ quote: string | null, section: string | null }> }>, clusters: Array<{ id: string, name: string, tier: string | null, place: { id: string, name: string } | null }>, chains: Array<{ id: string, name: string, links: Array<{ id: string, name: string, stage: ChainStage }> }> }> };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { token: string, viewer: { name: string | null, roles: Array<Role>, place: { id: string, name: string } | null } } };

export type TargetsQueryVariables = Exact<{
  where?: TargetWhere | null | undefined;
}>;


export type TargetsQuery = { targets: Array<{ id: string, metric: TargetMetric, value: number | null, valueMax: number | null, unit: string, year: number, growthPct: number | null, impliedBaseline: number | null, attainment: number | null, subject:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , actuals: Array<{ value: number, asOf: string, note: string | null }>, sources: Array<{ quote: string | null, section: string | null }> }> };
