import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SystemInfoModel } from '../system/model.js';
import type { EntityModel, PlanModel, CandidateModel, SourceModel, DecisionModel, SectionModel, CategoryModel, SectorModel, ChainModel, ChainLinkModel, EnterpriseModel, StanceModel, PlaceModel, ClusterModel, ProjectModel, TargetModel, ActualModel } from '../model.js';
import type { LinkGapModel } from '../analytics/chain-gaps.js';
import type { RecommendationModel } from '../analytics/recommend.js';
import type { CriticalityModel } from '../analytics/criticality.js';
import type { Finding } from '../analytics/consistency.js';
import type { ImportRecord } from '../import/journal.js';
import type { CheckReport } from '../import/check.js';
import type { ViewerModel } from '../viewer/model.js';
import type { SignInResultModel, UserModel } from '../account/model.js';
import type { LeadRow, InteractionRow, LeadEventRow, AuditRow } from '../pipeline/model.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD` (RFC 3339 full-date), as graphql-scalars' Date. New date fields use it. */
  Date: { input: string; output: string; }
  /** A date and time with an offset, RFC 3339 (`2026-12-06T10:00:00Z`), as graphql-scalars' DateTime. New timestamp fields use it. */
  DateTime: { input: string; output: string; }
  /** Any JSON value: object, array, string, number, boolean or null. */
  JSON: { input: unknown; output: unknown; }
};

/** What accepting candidates above a confidence did. */
export type AcceptedCount = {
  __typename?: 'AcceptedCount';
  /** How many were accepted. */
  accepted: Scalars['Int']['output'];
  /** The plan's review progress after it. */
  review: Array<ReviewProgress>;
};

/** An observed figure recorded against a target by an officer. */
export type Actual = Node & {
  __typename?: 'Actual';
  /** The date the figure is for, `YYYY-MM-DD`. */
  asOf: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The officer's note on the figure (where it comes from). Private: given to officers and admins, null for everyone else. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it was recorded (ISO timestamp). */
  recordedAt: Scalars['String']['output'];
  /** Who recorded it (the token's subject). Private: given to officers and admins, null for everyone else. */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** The figure, in the target's unit. */
  value: Scalars['Float']['output'];
};

/** A fact the rules missed, added by a reviewer from a selection of the plan's text. */
export type AddCandidateInput = {
  carrierKind?: InputMaybe<ClusterKind>;
  chain?: InputMaybe<Scalars['String']['input']>;
  growthPct?: InputMaybe<Scalars['Float']['input']>;
  kind: CandidateKind;
  metric?: InputMaybe<TargetMetric>;
  name: Scalars['String']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  plan: Scalars['ID']['input'];
  /** The selected text: an exact substring of the plan's text. */
  quote: Scalars['String']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<ChainStage>;
  /** Where the selection starts in the text, when the quote occurs more than once. */
  start?: InputMaybe<Scalars['Int']['input']>;
  unit?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Float']['input']>;
  valueMax?: InputMaybe<Scalars['Float']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Something about a lead that needs attention. */
export type Alert = {
  __typename?: 'Alert';
  /** How many days past due, idle or late. */
  days: Scalars['Int']['output'];
  /** What kind. */
  kind: AlertKind;
  /** The lead. */
  lead: Lead;
  /** One sentence in Chinese. */
  message: Scalars['String']['output'];
  /** Since when (the due date, the last change, the planned date). */
  since: Scalars['Date']['output'];
};

/** What an alert is about. */
export type AlertKind =
  /** A lead idle longer than its stage allows. */
  | 'IDLE'
  /** A started project past its planned production. */
  | 'LATE_PRODUCTION'
  /** A signed project past its planned start. */
  | 'LATE_START'
  /** A next action past its due date. */
  | 'OVERDUE_ACTION';

/** What someone did with pipeline data. */
export type AuditAction =
  /** Exported leads to a file (GET /exports/leads.xlsx or /exports/leads.csv). */
  | 'EXPORT'
  /** Read a page of the leads list (one entry per request, however many leads it held). */
  | 'LIST_LEADS'
  /** Read one lead through node(id:), as the lead page does. */
  | 'VIEW_LEAD';

/** A page of the audit. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  /** The entries of this page, newest first. */
  edges: Array<AuditEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entries match, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry in a page. */
export type AuditEdge = {
  __typename?: 'AuditEdge';
  /** Where the page may continue after it. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** Who read or exported pipeline data, and when. Never a contact, a note or a figure: the filters or the lead's id only. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What. */
  action: AuditAction;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** How many leads it held. */
  count: Scalars['Int']['output'];
  /** Which file and filters (`leads.xlsx place=郑州 rows=12`), which page of the list, or the lead's id. */
  detail: Scalars['String']['output'];
  /** Who (the username). */
  username: Scalars['String']['output'];
};

/**
 * A fact the rules found in an ingested plan (or a reviewer added), with its verbatim quote,
 * its section, a confidence and the rule that found it.
 */
export type Candidate = Node & {
  __typename?: 'Candidate';
  /** A carrier's kind. */
  carrierKind?: Maybe<ClusterKind>;
  /** The chain or industry it belongs to or is about, when known. */
  chain?: Maybe<Scalars['String']['output']>;
  /** How sure the rule is, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The last decision on it. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it ends. */
  end: Scalars['Int']['output'];
  /** A target's growth rate, in percent. */
  growthPct?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  kind: CandidateKind;
  /** What the graph already has that it is (a link of the same name, an existing place): set by the rules or by a reviewer's merge. */
  mergedInto?: Maybe<Node>;
  /** A target's measure, where the rules could tell. */
  metric?: Maybe<TargetMetric>;
  /** The chain, link, place, carrier, enterprise or project; for a target what it measures. */
  name: Scalars['String']['output'];
  /** The place it is about (a carrier's, a project's, a target's place; a zone's city). */
  place?: Maybe<Scalars['String']['output']>;
  /** Its plan. */
  plan: Plan;
  /** The verbatim quote: an exact substring of the plan's text. */
  quote: Scalars['String']['output'];
  /** A place's role, or the plan's stance toward an enterprise (LOCAL, TARGET, PARTNER, BRAND). */
  role?: Maybe<Scalars['String']['output']>;
  /** The rule that found it, or `reviewer` for a fact a reviewer added. */
  rule: Scalars['String']['output'];
  /** The section it sits in, e.g. `二（一） 做大做强高成长性制造业`. */
  section: Scalars['String']['output'];
  /** A link's stage, where the text or the order says it. */
  stage?: Maybe<ChainStage>;
  /** Where the quote starts in the plan's text (characters). */
  start: Scalars['Int']['output'];
  status: CandidateStatus;
  /** A target's unit (亿元, %, 家 …). */
  unit?: Maybe<Scalars['String']['output']>;
  /** A target's value (the lower end of a range). */
  value?: Maybe<Scalars['Float']['output']>;
  /** A target's upper end, for a range. */
  valueMax?: Maybe<Scalars['Float']['output']>;
  /** A target's year. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Fields a reviewer may change on a candidate. */
export type CandidateChanges = {
  carrierKind?: InputMaybe<ClusterKind>;
  chain?: InputMaybe<Scalars['String']['input']>;
  growthPct?: InputMaybe<Scalars['Float']['input']>;
  metric?: InputMaybe<TargetMetric>;
  name?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<ChainStage>;
  unit?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Float']['input']>;
  valueMax?: InputMaybe<Scalars['Float']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of candidates. */
export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  nodes: Array<Candidate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The seven kinds of fact a plan states. */
export type CandidateKind =
  /** A carrier: a park, base, cluster, zone, demonstration city or platform. */
  | 'CARRIER'
  /** A chain or an industry (产业链, 产业). */
  | 'CHAIN'
  /** A link or segment of a chain (环节). */
  | 'CHAIN_LINK'
  /** An enterprise or institution, with the plan's stance toward it. */
  | 'ENTERPRISE'
  /** A place, with the role the plan gives it. */
  | 'PLACE'
  /** A project. */
  | 'PROJECT'
  /** A numeric target. */
  | 'TARGET';

/** Where a candidate fact stands in review. */
export type CandidateStatus =
  /** Accepted (as found, edited, or merged with what the graph has); published with the plan. */
  | 'ACCEPTED'
  /** Not decided yet. */
  | 'PENDING'
  /** Rejected: not published. */
  | 'REJECTED';

/** A category of key industries (产业类别) with its totals. */
export type Category = Node & {
  __typename?: 'Category';
  id: Scalars['ID']['output'];
  /** The category as an enum value. */
  key: SectorCategory;
  /** Chinese name, e.g. 高成长性制造业. */
  name: Scalars['String']['output'];
  /** English name (curated). */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The sectors of this category. */
  sectors: Array<Sector>;
  /** Where this record comes from. */
  sources: Array<Source>;
  /** The category's own targets (e.g. 主营业务收入33030亿元). */
  targets: Array<Target>;
};

/** An industrial chain (产业链) the plan describes, e.g. the smartphone chain. */
export type Chain = Node & {
  __typename?: 'Chain';
  /** Other words the plan uses for the chain as a segment of its sector, e.g. 家电 for 家电产业链. */
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Stable key, e.g. `smartphone`. */
  key: Scalars['String']['output'];
  /** The chain's links, upstream first. */
  links: Array<ChainLink>;
  /** Chinese name, e.g. 智能手机产业链. */
  name: Scalars['String']['output'];
  /** English name (curated). */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The published plans that state this chain, newest first. */
  plans: Array<Plan>;
  /** The sector the chain belongs to. */
  sector: Sector;
  /** Where this record comes from. */
  sources: Array<Source>;
};

/** A chain compared across places, side by side. */
export type ChainComparison = {
  __typename?: 'ChainComparison';
  /** The chain. */
  chain: Chain;
  /** Each link with its status per place. */
  links: Array<LinkComparison>;
  /** Each place's coverage, in the order asked. */
  places: Array<PlaceCoverage>;
};

/** A chain seen from a place: which links it has, which it lacks, whom to attract. */
export type ChainGaps = {
  __typename?: 'ChainGaps';
  /** The chain. */
  chain: Chain;
  /** Covered links / all links, 0..1. */
  coverage: Scalars['Float']['output'];
  /** One row per link of the chain, upstream first. */
  links: Array<LinkGap>;
  /** The place (the province when none was asked for). */
  place: Place;
};

/** A link of a chain (产业链环节), e.g. 摄像模组 in the smartphone chain. */
export type ChainLink = Node & {
  __typename?: 'ChainLink';
  /** Other words the plan uses for the link, e.g. 冷柜 for 冰柜. */
  aliases: Array<Scalars['String']['output']>;
  /** The chain the link belongs to. */
  chain: Chain;
  /**
   * Enterprises that operate in this link today, all of them by name. At national scale a link has tens of thousands: prefer `enterprisesPage`.
   * @deprecated Unbounded: at national scale a link has tens of thousands of enterprises. Use `enterprisesPage`.
   */
  enterprises: Array<Enterprise>;
  /** Enterprises that operate in this link, by name, one page at a time, with their total. */
  enterprisesPage: EnterpriseConnection;
  /** Links that supply this one (curated). */
  fedBy: Array<ChainLink>;
  /** Links this one supplies (curated). */
  feeds: Array<ChainLink>;
  /** The plan's word for the group of links this one belongs to, e.g. 机械基础件 (one of the 三基) for 减速机; null when it gives none. */
  group?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Stable key, `chain/link`, e.g. `smartphone/camera-module`. */
  key: Scalars['String']['output'];
  /** Chinese name, e.g. 摄像模组. */
  name: Scalars['String']['output'];
  /** English name (curated). */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Where this record comes from. */
  sources: Array<Source>;
  /** Upstream, midstream or downstream (curated). */
  stage: ChainStage;
  /** What the plan says of enterprises for this link (attract, build on, cooperate). */
  stances: Array<Stance>;
};


/** A link of a chain (产业链环节), e.g. 摄像模组 in the smartphone chain. */
export type ChainLinkEnterprisesPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a link stands in its chain. */
export type ChainStage =
  /** Final products, applications, services, distribution. */
  | 'DOWNSTREAM'
  /** Making the product itself. */
  | 'MIDSTREAM'
  /** Materials, components, equipment: what others build on. */
  | 'UPSTREAM';

/**
 * A carrier (载体): where the plan builds an industry. An industrial cluster (产业集群,
 * tiered or not), or a base, park, zone, demonstration city, programme site or hub;
 * `kind` says which.
 */
export type Cluster = Node & {
  __typename?: 'Cluster';
  /** Enterprises (and institutions) the text builds it on or names in it. */
  enterprises: Array<Enterprise>;
  id: Scalars['ID']['output'];
  /** What the carrier is: CLUSTER, BASE, PARK, ZONE, DEMONSTRATION_CITY, PROGRAMME_SITE or HUB. */
  kind: ClusterKind;
  /** The rank the text gives it: 世界级, 国家级 or 省级; null when it gives none. */
  level?: Maybe<Scalars['String']['output']>;
  /** Chain links the text gives it (焦作叶片 for a wind-power base). */
  links: Array<ChainLink>;
  /** Name as the text gives it (composed by a curator where the text names only place and industry). */
  name: Scalars['String']['output'];
  /** Where the carrier is: the first (or only) of `places`. */
  place?: Maybe<Place>;
  /** Every place the text gives it, in the text's order (郑州、洛阳 for the 国家级服务外包示范城市). */
  places: Array<Place>;
  /** Projects the text places in it. */
  projects: Array<Project>;
  /** The sector of the carrier. */
  sector?: Maybe<Sector>;
  /** Where this record comes from. */
  sources: Array<Source>;
  /** Targets set for this carrier. */
  targets: Array<Target>;
  /** The plan's words for its size: 百亿级, 千亿级, 2000亿级 or 万亿级; null when the text gives none. */
  tier?: Maybe<Scalars['String']['output']>;
  /** The tier as a number of 亿元: 100, 1000, 2000, 10000. */
  tierYi?: Maybe<Scalars['Int']['output']>;
};

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

/** The clusters of one tier: what the plan asks for and what it names. */
export type ClusterTierProgress = {
  __typename?: 'ClusterTierProgress';
  /** Named clusters of this tier. */
  clusters: Array<Cluster>;
  /** Cluster-count targets of this tier (e.g. 培育县域百亿级产业集群80个左右), with their actuals and attainment. */
  targets: Array<Target>;
  /** 百亿级, 千亿级, 2000亿级 or 万亿级. */
  tier: Scalars['String']['output'];
  /** The tier in 亿元. */
  tierYi: Scalars['Int']['output'];
};

/** Filters on carriers; all given filters must hold. */
export type ClusterWhere = {
  /** Of this kind. */
  kind?: InputMaybe<ClusterKind>;
  /** Of any of these kinds. */
  kinds?: InputMaybe<Array<ClusterKind>>;
  /** Of this rank: 世界级, 国家级 or 省级. */
  level?: InputMaybe<Scalars['String']['input']>;
  /** At least this size in 亿元 (100, 1000, 2000, 10000). */
  minTierYi?: InputMaybe<Scalars['Int']['input']>;
  /** In this place or anywhere below it (a Place id); a carrier of several places matches each. */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Of this sector (a Sector id). */
  sector?: InputMaybe<Scalars['ID']['input']>;
  /** Exactly this tier, e.g. 千亿级. */
  tier?: InputMaybe<Scalars['String']['input']>;
};

/** A chain or link in a comparison, with each plan's quote. */
export type ComparedFact = {
  __typename?: 'ComparedFact';
  /** The chain of a link. */
  chain?: Maybe<Scalars['String']['output']>;
  /** The first plan's quote; null when only the second states it. */
  firstQuote?: Maybe<Scalars['String']['output']>;
  kind: CandidateKind;
  name: Scalars['String']['output'];
  /** The second plan's quote; null when only the first states it. */
  secondQuote?: Maybe<Scalars['String']['output']>;
};

/** A place whose role differs between two plans. */
export type ComparedPlaceRole = {
  __typename?: 'ComparedPlaceRole';
  firstQuote?: Maybe<Scalars['String']['output']>;
  firstRole?: Maybe<Scalars['String']['output']>;
  place: Place;
  secondQuote?: Maybe<Scalars['String']['output']>;
  secondRole?: Maybe<Scalars['String']['output']>;
};

/** Targets of two plans on one measure. */
export type ComparedTarget = {
  __typename?: 'ComparedTarget';
  first?: Maybe<Target>;
  firstQuote?: Maybe<Scalars['String']['output']>;
  /** What is measured. */
  label: Scalars['String']['output'];
  second?: Maybe<Target>;
  secondQuote?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
};

/** One check of the plan's figures against each other. */
export type ConsistencyFinding = {
  __typename?: 'ConsistencyFinding';
  /** What was checked, e.g. `高成长性制造业 revenue = sum of its sectors' revenue`. */
  check: Scalars['String']['output'];
  /** The sum of the parts the plan states elsewhere. */
  computed: Scalars['Float']['output'];
  /** True when they agree exactly. */
  consistent: Scalars['Boolean']['output'];
  /** computed - stated. */
  difference: Scalars['Float']['output'];
  /** The finding in a sentence. */
  explanation: Scalars['String']['output'];
  /** Where the parts come from, one per part. */
  partSources: Array<Source>;
  /** The figure the plan states. */
  stated: Scalars['Float']['output'];
  /** Where the stated figure comes from. */
  statedSources: Array<Source>;
  /** What the stated figure is for. */
  subject: Node;
  /** Unit of both figures. */
  unit: Scalars['String']['output'];
};


/** One check of the plan's figures against each other. */
export type ConsistencyFindingCheckArgs = {
  language?: InputMaybe<Language>;
};


/** One check of the plan's figures against each other. */
export type ConsistencyFindingExplanationArgs = {
  language?: InputMaybe<Language>;
};

/** A person at an interaction. Outside the lead's own team the name and phone are masked (张** · 138****5678). */
export type Contact = {
  __typename?: 'Contact';
  /** True when name and phone were masked for the asker. */
  masked: Scalars['Boolean']['output'];
  /** Their name (masked outside the owning team). */
  name: Scalars['String']['output'];
  /** Their phone (masked outside the owning team). */
  phone?: Maybe<Scalars['String']['output']>;
  /** Their title or organisation. */
  title?: Maybe<Scalars['String']['output']>;
};

/** A person at an interaction, on their side. */
export type ContactInput = {
  /** Their name. */
  name: Scalars['String']['input'];
  /** Their phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Their title or organisation. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new lead. */
export type CreateLeadInput = {
  /** An Enterprise id. Or give newEnterprise instead. */
  enterprise?: InputMaybe<Scalars['ID']['input']>;
  /** The ChainLink id of the link it would fill. */
  link?: InputMaybe<Scalars['ID']['input']>;
  /** An enterprise not yet in the graph: its name and 统一社会信用代码, checked as imports check them. */
  newEnterprise?: InputMaybe<NewEnterpriseInput>;
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Where it came from (default OWN). */
  origin?: InputMaybe<LeadOrigin>;
  /** The owner's username (default: the caller); an officer of the place or above it. */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** The Place id of the place that wants it; it must be the officer's home place or under it. */
  place: Scalars['ID']['input'];
};

/** What createLead answers. */
export type CreateLeadPayload = {
  __typename?: 'CreateLeadPayload';
  /** The new lead. */
  lead: Lead;
};

/** A new account. */
export type CreateUserInput = {
  /** The name people see. */
  name: Scalars['String']['input'];
  /** The first password (8 to 200 characters); the person changes it with changePassword. */
  password: Scalars['String']['input'];
  /** The home place's id (a county, a city, or the province for provincial staff). */
  place: Scalars['ID']['input'];
  /** At least one role. */
  roles: Array<Role>;
  /** 2 to 64 letters, digits, dots, dashes or underscores; unique. */
  username: Scalars['String']['input'];
};

/** The answer to a read-only Cypher query. */
export type CypherResult = {
  __typename?: 'CypherResult';
  /** Column names, in order. */
  columns: Array<Scalars['String']['output']>;
  /** Rows, each a list of values aligned with `columns`. Nodes come as {elementId, labels, properties}, relationships as {elementId, type, start, end, properties}, paths as {start, end, segments}; integers as numbers where safe, else strings. */
  rows: Array<Array<Maybe<Scalars['JSON']['output']>>>;
  /** True when the query had more rows than `limit`. */
  truncated: Scalars['Boolean']['output'];
};

/** The Neo4j server behind the API, as it reports itself (`dbms.components()`). */
export type DatabaseInfo = {
  __typename?: 'DatabaseInfo';
  /** `community` or `enterprise`. */
  edition: Scalars['String']['output'];
  /** True when chain-atlas started this Neo4j itself (the embedded launcher). */
  embedded: Scalars['Boolean']['output'];
  /** Number of nodes in the database: a quick check that data is there. */
  nodeCount: Scalars['Int']['output'];
  /** Neo4j's version, for example `5.26.30`. */
  version: Scalars['String']['output'];
};

/**
 * An enterprise the plan names, or one an officer imported. The universities, research
 * institutes and public bodies the plan names as partners or project owners are records
 * of this type too, told apart by `kind`; lists and counts of enterprises leave them out
 * unless asked (`EnterpriseWhere.kinds`).
 */
export type Enterprise = Node & {
  __typename?: 'Enterprise';
  /** Short names and other forms, e.g. 富士康. */
  aliases: Array<Scalars['String']['output']>;
  /** Carriers (clusters, bases, parks …) the plan builds on it or names it in. */
  carriers: Array<Cluster>;
  id: Scalars['ID']['output'];
  /** Interactions with this enterprise on leads the asker may see, latest first (at most 50). */
  interactions: Array<Interaction>;
  /** COMPANY, or the kind of institution: UNIVERSITY, RESEARCH_INSTITUTE, PUBLIC_BODY. */
  kind: EnterpriseKind;
  /** The leads on this enterprise the asker may see; empty for readers and anonymous. */
  leads: Array<Lead>;
  /** The fullest name the text uses, e.g. 富士康集团. */
  name: Scalars['String']['output'];
  /** English name (curated). */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Chain links it operates in today. */
  operatesIn: Array<ChainLink>;
  /** Where the enterprise is located (the plan's words or a curator's note). */
  places: Array<Place>;
  /** Key projects it carries out. */
  projects: Array<Project>;
  /** Where this record comes from. */
  sources: Array<Source>;
  /** What the plan says about it: one entry per statement. */
  stances: Array<Stance>;
};

/** A page of enterprises. */
export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  /** The enterprises of this page with their cursors. */
  edges: Array<EnterpriseEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** All enterprises matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An enterprise in a page. */
export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The enterprise. */
  node: Enterprise;
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
  chain?: InputMaybe<Scalars['ID']['input']>;
  /** Located in Henan (true) or only outside it (false). */
  inHenan?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only organisations of these kinds; default [COMPANY], so lists and counts are of companies unless institutions are asked for. */
  kinds?: InputMaybe<Array<EnterpriseKind>>;
  /** Related to this chain link (a ChainLink id). */
  link?: InputMaybe<Scalars['ID']['input']>;
  /** Name or an alias contains this text. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Located in this place or anywhere below it (a Place id). */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** The plan has a stance of this role on it. */
  role?: InputMaybe<StanceRole>;
  /** Related to this sector (a Sector id): operates in it or the plan speaks of it there. */
  sector?: InputMaybe<Scalars['ID']['input']>;
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

/** The signed-in officer's feed. */
export type Feed = {
  __typename?: 'Feed';
  /** What happened since then (or in the last 30 days), newest first (at most 200). */
  items: Array<FeedItem>;
  /** When they last marked the feed seen; null if never. */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
};

/** One thing that happened since the officer last looked. */
export type FeedItem = {
  __typename?: 'FeedItem';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** What kind. */
  kind: FeedItemKind;
  /** The lead, for stage changes and interactions. */
  lead?: Maybe<Lead>;
  /** Where to look: an app path such as /leads/<id> or /plans/<id>. */
  path: Scalars['String']['output'];
  /** The id of the followed item it concerns (an enterprise, link or chain), for imports and plan facts. */
  subject?: Maybe<Scalars['ID']['output']>;
  /** One sentence in Chinese. */
  summary: Scalars['String']['output'];
};

/** What a feed item is. */
export type FeedItemKind =
  /** An import touched an enterprise, link or chain the officer follows. */
  | 'IMPORT'
  /** An interaction was recorded on a lead of the officer's place. */
  | 'INTERACTION'
  /** A newly published plan states something about what the officer follows. */
  | 'PLAN_FACT'
  /** A lead of the officer's place changed stage. */
  | 'STAGE_CHANGE';

/** Leads counted by stage for a place, chain, officer and period. */
export type Funnel = {
  __typename?: 'Funnel';
  /** Leads lost (LOST) now. */
  lost: Scalars['Int']['output'];
  /** Leads paused now. */
  paused: Scalars['Int']['output'];
  /** CLUE to FULL_OUTPUT, in order. */
  stages: Array<FunnelStage>;
  /** The leads counted (those started in the period, or all when no period was given). */
  total: Scalars['Int']['output'];
};

/** One stage of the funnel. */
export type FunnelStage = {
  __typename?: 'FunnelStage';
  /** Of those that reached this stage, the share that reached the next one (0..1); null for the last stage or when none reached it. */
  conversion?: Maybe<Scalars['Float']['output']>;
  /** Leads at this stage now. */
  current: Scalars['Int']['output'];
  /** Mean days a lead spent in this stage before leaving it; null when none has left it. */
  meanDays?: Maybe<Scalars['Float']['output']>;
  /** Median days a lead spent in this stage before leaving it; null when none has left it. */
  medianDays?: Maybe<Scalars['Float']['output']>;
  /** Leads that reached this stage (or a later one) in the period. */
  reached: Scalars['Int']['output'];
  /** The stage (CLUE to FULL_OUTPUT). */
  stage: LeadStage;
};

/** How recommendations turned out for one chain and city (or in total). */
export type HitRateRow = {
  __typename?: 'HitRateRow';
  /** The chain; null in the total row. */
  chain?: Maybe<Chain>;
  /** leads / recommended (0..1); null when nothing was recommended. */
  leadRate?: Maybe<Scalars['Float']['output']>;
  /** Of those, how many became leads. */
  leads: Scalars['Int']['output'];
  /** The city (or the place asked for); null in the total row. */
  place?: Maybe<Place>;
  /** How many reached PRODUCING or later. */
  producing: Scalars['Int']['output'];
  /** producing / recommended. */
  producingRate?: Maybe<Scalars['Float']['output']>;
  /** Enterprises recommended for the place and a link of the chain: those the ranking recommends now, and those it recommended when a lead started from it. */
  recommended: Scalars['Int']['output'];
  /** How many reached SIGNED or later. */
  signed: Scalars['Int']['output'];
  /** signed / recommended. */
  signedRate?: Maybe<Scalars['Float']['output']>;
};

/** An import of an officer's enterprise list: the file, who imported it and when, and what it did. */
export type Import = Node & {
  __typename?: 'Import';
  /** Aliases it added. */
  aliasesAdded?: Maybe<Scalars['Int']['output']>;
  /** Who imported it: the token's subject, or cli:<user> for the command line. */
  by: Scalars['String']['output'];
  /** The text encoding of a CSV file: utf-8 or gb18030 (which reads GBK). */
  encoding?: Maybe<Scalars['String']['output']>;
  /** Enterprises it added. */
  enterprisesCreated?: Maybe<Scalars['Int']['output']>;
  /** Why it failed or was rolled back. */
  error?: Maybe<Scalars['String']['output']>;
  /** The file's name. */
  file: Scalars['String']['output'];
  /** When it finished, failed or was rolled back (ISO timestamp). */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** CSV or XLSX. */
  format: ImportFormat;
  id: Scalars['ID']['output'];
  /** How many columns of the file no import column reads. */
  ignoredColumnCount: Scalars['Int']['output'];
  /** Columns of the file no import column reads: the first 20 (ignoredColumnCount says how many in all). */
  ignoredColumns: Array<Scalars['String']['output']>;
  /** LOCATED_IN and OPERATES_IN relationships it added. */
  relationshipsCreated?: Maybe<Scalars['Int']['output']>;
  /** Data rows in the file. */
  rows: Scalars['Int']['output'];
  /** Rows merged into enterprises already in the graph. */
  rowsIntoExisting?: Maybe<Scalars['Int']['output']>;
  /** Rows written so far (all of them when DONE). */
  rowsWritten: Scalars['Int']['output'];
  /** SHA-256 of the file's bytes, to tell the same file again. */
  sha256: Scalars['String']['output'];
  /** The sheet of a workbook that was read. */
  sheet?: Maybe<Scalars['String']['output']>;
  /** When it started (ISO timestamp). */
  startedAt: Scalars['String']['output'];
  /** RUNNING, DONE, FAILED, UNDOING, UNDONE or ROLLED_BACK. */
  status: ImportStatus;
  /** When it was undone (ISO timestamp). */
  undoneAt?: Maybe<Scalars['String']['output']>;
  /** Who undid it. */
  undoneBy?: Maybe<Scalars['String']['output']>;
};

/** What a file would do, found without writing anything: the dry run. */
export type ImportCheck = {
  __typename?: 'ImportCheck';
  /** Some of the enterprises it would add. */
  createdExamples: Array<ImportExample>;
  /** Rows naming an enterprise an earlier row of the file names too. */
  duplicateRows: Scalars['Int']['output'];
  /** The encoding a CSV file was read in (detected, or as asked). */
  encoding?: Maybe<Scalars['String']['output']>;
  /** New enterprises the import would add. */
  enterprisesToCreate: Scalars['Int']['output'];
  /** Enterprises already in the graph that rows would be merged into. */
  enterprisesToMerge: Scalars['Int']['output'];
  /** CSV or XLSX. */
  format: ImportFormat;
  /** How many columns of the file no import column reads. */
  ignoredColumnCount: Scalars['Int']['output'];
  /** Columns of the file no import column reads (reported once, not refused): the first 20 (ignoredColumnCount says how many in all). */
  ignoredColumns: Array<Scalars['String']['output']>;
  /** Some of the rows it would merge, and into what. */
  mergedExamples: Array<ImportExample>;
  /** True when the file has no problem and can be imported. */
  ok: Scalars['Boolean']['output'];
  /** How many problems in all. */
  problemCount: Scalars['Int']['output'];
  /** Every problem, each starting with its line (the first 500). */
  problems: Array<Scalars['String']['output']>;
  /** Data rows in the file. */
  rows: Scalars['Int']['output'];
  /** The sheet of a workbook that was read. */
  sheet?: Maybe<Scalars['String']['output']>;
};


/** What a file would do, found without writing anything: the dry run. */
export type ImportCheckProblemsArgs = {
  language?: InputMaybe<Language>;
};

/** A row of the file, as a dry run shows it. */
export type ImportExample = {
  __typename?: 'ImportExample';
  /** For a merged row: matched by CODE (统一社会信用代码) or NAME (name or alias). */
  by?: Maybe<Scalars['String']['output']>;
  /** For a row merged into an enterprise of the graph: that enterprise's name. */
  into?: Maybe<Scalars['String']['output']>;
  /** Its line in the file (the header is line 1). */
  line: Scalars['Int']['output'];
  /** The enterprise's name in the row. */
  name: Scalars['String']['output'];
};

/** A file uploaded to POST /uploads, to check or to import. */
export type ImportFileInput = {
  /** Force a CSV's encoding: utf-8, gbk or gb18030; omitted: detected. */
  encoding?: InputMaybe<Scalars['String']['input']>;
  /** The file's name, kept as provenance. */
  fileName: Scalars['String']['input'];
  /** The sheet of a workbook to read; omitted: the first. */
  sheet?: InputMaybe<Scalars['String']['input']>;
  /** The id POST /uploads answered with. */
  upload: Scalars['ID']['input'];
};

/** The kind of file an import read. */
export type ImportFormat =
  /** Comma-separated text, UTF-8 or GB18030/GBK. */
  | 'CSV'
  /** An Excel workbook (one sheet of it). */
  | 'XLSX';

/** What an import did. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** Enterprises the import added. */
  enterprisesCreated: Scalars['Int']['output'];
  /** Rows that matched an enterprise already in the graph (by name or alias) and were merged into it. */
  matchedExisting: Scalars['Int']['output'];
  /** LOCATED_IN and OPERATES_IN relationships the import added. */
  relationshipsCreated: Scalars['Int']['output'];
  /** Data rows in the file. */
  rows: Scalars['Int']['output'];
};

/** What became of an import. */
export type ImportStatus =
  /** Written completely. */
  | 'DONE'
  /** Stopped by an error while writing; what it had written was removed. */
  | 'FAILED'
  /** Interrupted (its process stopped); what it had written was removed. */
  | 'ROLLED_BACK'
  /** Being written, in batches. */
  | 'RUNNING'
  /** Being undone (or rolled back). */
  | 'UNDOING'
  /** Undone: what it added was removed; the record stays. */
  | 'UNDONE';

/** A plan's text to ingest: an uploaded file (POST /uploads: .txt in UTF-8 or GB18030, .docx, or a .pdf with a text layer) or pasted text, and the metadata the text may lack. */
export type IngestPlanInput = {
  /** Issue date, YYYY-MM-DD. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The file's name (its extension says its format). */
  fileName?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** The document number (文号). */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Its period, e.g. 2023-2025. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** The region it governs: a Place id, or a place's name (山东, 济南). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Pasted text, instead of a file. */
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The id POST /uploads answered, for a file. */
  upload?: InputMaybe<Scalars['String']['input']>;
};

/** A contact with the enterprise of a lead: a visit, a reception, a call… */
export type Interaction = {
  __typename?: 'Interaction';
  /** When it took place. */
  date: Scalars['Date']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** What kind of contact. */
  kind: InteractionKind;
  /** The lead it belongs to. */
  lead: Lead;
  /** The next action it set, if any. */
  nextAction?: Maybe<NextAction>;
  /** Who took part on our side (names). */
  ours: Array<Scalars['String']['output']>;
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  recordedBy: Officer;
  /** What was said and agreed. */
  summary: Scalars['String']['output'];
  /** Who took part on theirs (masked outside the owning team). */
  theirs: Array<Contact>;
};

/** An interaction to record. */
export type InteractionInput = {
  /** When it took place (not in the future). */
  date: Scalars['Date']['input'];
  /** What kind of contact. */
  kind: InteractionKind;
  /** The Lead id. */
  lead: Scalars['ID']['input'];
  /** The next action, if any. */
  nextAction?: InputMaybe<NextActionInput>;
  /** Who took part on our side. */
  ours?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What was said and agreed (1 to 4000 characters). */
  summary: Scalars['String']['input'];
  /** Who took part on theirs. */
  theirs?: InputMaybe<Array<ContactInput>>;
};

/** What kind of contact an interaction was. */
export type InteractionKind =
  /** 电话: a call. */
  | 'CALL'
  /** 活动: an event (a fair, a promotion conference). */
  | 'EVENT'
  /** 考察: a site inspection. */
  | 'INSPECTION'
  /** 会议: a meeting. */
  | 'MEETING'
  /** 接待: they visited us. */
  | 'RECEPTION'
  /** 走访: we visited them. */
  | 'VISIT';

/** What recordInteraction answers. */
export type InteractionPayload = {
  __typename?: 'InteractionPayload';
  /** The interaction. */
  interaction: Interaction;
  /** Its lead, as it is now. */
  lead: Lead;
};

/** A bearer token issued to the signed-in person (by signing in, or from the command line for their username). */
export type IssuedToken = {
  __typename?: 'IssuedToken';
  /** True for the token of this request. */
  current: Scalars['Boolean']['output'];
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The token's id (its jti), which revokes it; never the token itself. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** When it was revoked; null while it works. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The language of sentences the API composes (reasons, explanations). */
export type Language =
  /** English. */
  | 'EN'
  /** 简体中文 (Simplified Chinese), as officers read them. */
  | 'ZH';

/**
 * A lead (线索) and the project it becomes: an enterprise a place wants to attract, for a chain
 * link, moved through stages by its owner. Visible to officers of its place and the places above
 * it, and to provincial staff; to anyone else it does not exist.
 */
export type Lead = Node & {
  __typename?: 'Lead';
  /** Actual amounts. */
  actual: LeadFigures;
  /** The chain of that link. */
  chain?: Maybe<Chain>;
  /** When it started. */
  createdAt: Scalars['DateTime']['output'];
  /** Days in its stage so far. */
  daysInStage: Scalars['Int']['output'];
  /** The enterprise to attract. */
  enterprise: Enterprise;
  /** Every change, oldest first (at most 500). */
  events: Array<LeadEvent>;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** True when the asker is in the lead's team or its owner: contacts are shown in full. */
  inTeam: Scalars['Boolean']['output'];
  /** Its interactions, latest first (at most 100). */
  interactions: Array<Interaction>;
  /** The latest interaction; null when none. */
  lastInteraction?: Maybe<Interaction>;
  /** The chain link it would fill; null when none was given. */
  link?: Maybe<ChainLink>;
  /** For LOST: why. */
  lostReason?: Maybe<Scalars['String']['output']>;
  /** For LOST: the region it went to, where known. */
  lostTo?: Maybe<Scalars['String']['output']>;
  /** The open next action due first; null when none is open. */
  nextAction?: Maybe<NextAction>;
  /** The stages it may move to from here, in order (a backward move needs a note). */
  nextStages: Array<LeadStage>;
  /** A note given when it started. */
  note?: Maybe<Scalars['String']['output']>;
  /** Where it came from. */
  origin: LeadOrigin;
  /** Where it came from, in detail (rank and score of a recommendation, the plan's sentence, the import line). */
  originDetail: LeadOriginDetail;
  /** The officer who owns it. */
  owner: Officer;
  /** For PAUSED: why. */
  pausedReason?: Maybe<Scalars['String']['output']>;
  /** The place that wants it (the lead's team). */
  place: Place;
  /** Planned amounts. */
  planned: LeadFigures;
  /** For PAUSED: when work is expected to restart. */
  resumeBy?: Maybe<Scalars['Date']['output']>;
  /** Its stage. */
  stage: LeadStage;
  /** The stage it was paused or lost from. */
  stageBefore?: Maybe<LeadStage>;
  /** Each stage from CLUE to FULL_OUTPUT with its planned and actual date. */
  stageDates: Array<LeadStageDate>;
  /** When it entered its stage. */
  stageSince: Scalars['DateTime']['output'];
  /** When it last changed (a move, an interaction, figures). */
  updatedAt: Scalars['DateTime']['output'];
  /** Changes with every write; a write must carry the version it read (CONFLICT otherwise). */
  version: Scalars['Int']['output'];
};


/**
 * A lead (线索) and the project it becomes: an enterprise a place wants to attract, for a chain
 * link, moved through stages by its owner. Visible to officers of its place and the places above
 * it, and to provincial staff; to anyone else it does not exist.
 */
export type LeadInteractionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of leads. */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The leads of this page. */
  edges: Array<LeadEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many leads match, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A lead in a page. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Where the page may continue after it. */
  cursor: Scalars['String']['output'];
  /** The lead. */
  node: Lead;
};

/** One change of a lead: who, when, from what to what, and a note. The lead page shows them as a timeline. */
export type LeadEvent = {
  __typename?: 'LeadEvent';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who. */
  by: Officer;
  /** The owner before a handover (username). */
  fromOwner?: Maybe<Scalars['String']['output']>;
  /** The stage before a move. */
  fromStage?: Maybe<LeadStage>;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: LeadEventKind;
  /** The reason or note given. */
  note?: Maybe<Scalars['String']['output']>;
  /** For COVERED: the link's status in the place before the project landed (GAP or TARGETED). */
  previousLinkStatus?: Maybe<LinkStatus>;
  /** One line in Chinese saying what happened. */
  summary: Scalars['String']['output'];
  /** The owner after a handover (username). */
  toOwner?: Maybe<Scalars['String']['output']>;
  /** The stage after a move. */
  toStage?: Maybe<LeadStage>;
};

/** What happened to a lead. */
export type LeadEventKind =
  /** A next action was marked done. */
  | 'ACTION_DONE'
  /** Reaching PRODUCING made the enterprise a local enterprise of the link, which turned COVERED. */
  | 'COVERED'
  /** The lead was started. */
  | 'CREATED'
  /** Its figures or planned dates changed. */
  | 'FIGURES'
  /** It was handed to another officer. */
  | 'HANDED_OVER'
  /** An interaction was recorded. */
  | 'INTERACTION'
  /** It moved to another stage. */
  | 'MOVED';

/** Amounts of a project, planned or actual. Null where not known. */
export type LeadFigures = {
  __typename?: 'LeadFigures';
  /** Annual output value once producing, 亿元. */
  annualOutput?: Maybe<Scalars['Float']['output']>;
  /** Investment, 亿元. */
  investment?: Maybe<Scalars['Float']['output']>;
  /** Jobs. */
  jobs?: Maybe<Scalars['Int']['output']>;
  /** Annual tax, 万元. */
  tax?: Maybe<Scalars['Float']['output']>;
};

/** Amounts to set; a field left out keeps its value, null clears it. */
export type LeadFiguresInput = {
  /** Annual output value, 亿元. */
  annualOutput?: InputMaybe<Scalars['Float']['input']>;
  /** Investment, 亿元. */
  investment?: InputMaybe<Scalars['Float']['input']>;
  /** Jobs. */
  jobs?: InputMaybe<Scalars['Int']['input']>;
  /** Annual tax, 万元. */
  tax?: InputMaybe<Scalars['Float']['input']>;
};

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

/** Where a lead came from, as it was when the lead started. */
export type LeadOriginDetail = {
  __typename?: 'LeadOriginDetail';
  /** For an import: the file and line. */
  file?: Maybe<Scalars['String']['output']>;
  /** For an import: the line. */
  line?: Maybe<Scalars['Int']['output']>;
  /** Its kind. */
  origin: LeadOrigin;
  /** For the plan's words: the sentence that names the enterprise. */
  quote?: Maybe<Scalars['String']['output']>;
  /** For a recommendation: the enterprise's rank among the place's recommendations (1 = first) when the lead started. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** For a recommendation: its score then (0..1). */
  score?: Maybe<Scalars['Float']['output']>;
};

/** What moveLead and the other lead edits answer. */
export type LeadPayload = {
  __typename?: 'LeadPayload';
  /** The lead as it is now. */
  lead: Lead;
};

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

/** When a lead reached (or is planned to reach) one stage. */
export type LeadStageDate = {
  __typename?: 'LeadStageDate';
  /** The date it was reached; null while it has not been. */
  actual?: Maybe<Scalars['Date']['output']>;
  /** The planned date; null where none was set. */
  planned?: Maybe<Scalars['Date']['output']>;
  /** The stage (CLUE to FULL_OUTPUT). */
  stage: LeadStage;
};

/** One link of a chain across several places. */
export type LinkComparison = {
  __typename?: 'LinkComparison';
  /** The link. */
  link: ChainLink;
  /** Its status in each place, in the order of `ChainComparison.places`. */
  statuses: Array<LinkStatus>;
};

/** A link a place lacks, and how much depends on it. */
export type LinkCriticality = {
  __typename?: 'LinkCriticality';
  /** Industrial clusters (kind CLUSTER) of the chain's sector in the place, which lack the link too. */
  blockedClusters: Array<Cluster>;
  /** Links downstream that it feeds, directly or through others (curated FEEDS). */
  blockedLinks: Array<ChainLink>;
  /** Its chain. */
  chain: Chain;
  /** The missing link. */
  link: ChainLink;
  /** Why, in words. */
  reasons: Array<Scalars['String']['output']>;
  /** Other chains that miss a link of the same name in the place (e.g. 电池 in phones, vehicles, e-bikes). */
  sameLinkMissingIn: Array<Chain>;
  /** blockedLinks + blockedClusters + sameLinkMissingIn, counted: the larger, the more it blocks. */
  score: Scalars['Int']['output'];
  /** TARGETED or GAP in the place. */
  status: LinkStatus;
};


/** A link a place lacks, and how much depends on it. */
export type LinkCriticalityReasonsArgs = {
  language?: InputMaybe<Language>;
};

/** One link of a chain seen from a place. */
export type LinkGap = {
  __typename?: 'LinkGap';
  /** The leads the asker may see for this link in the place (and below), active ones (not LOST) first by stage, at most 20; empty for readers and anonymous. */
  activeLeads: Array<Lead>;
  /** The link. */
  link: ChainLink;
  /**
   * Enterprises located in the place (or below it) that operate in the link, all of them. At national scale these are thousands: prefer `localEnterprisesPage`.
   * @deprecated Unbounded: at national scale a link has thousands of enterprises in a place. Use `localEnterprisesPage`.
   */
  localEnterprises: Array<Enterprise>;
  /** The same enterprises by name, one page at a time, with their total. */
  localEnterprisesPage: EnterpriseConnection;
  /** The plan's sentences about the link: its own sources and those of its stances. */
  sources: Array<Source>;
  /** COVERED, TARGETED or GAP. */
  status: LinkStatus;
  /** Enterprises the plan names to attract for the link (role TARGET). */
  targetEnterprises: Array<Enterprise>;
};


/** One link of a chain seen from a place. */
export type LinkGapLocalEnterprisesPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether a place has a chain link. */
export type LinkStatus =
  /** An enterprise located in the place (or below it) operates in the link. */
  | 'COVERED'
  /** Neither covered nor targeted. */
  | 'GAP'
  /** Not covered, but the plan names enterprises to attract for it. */
  | 'TARGETED';

/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts every pending candidate of a kind at or above a confidence (editor or admin). */
  acceptCandidates: AcceptedCount;
  /** Adds a fact the rules missed (editor or admin). */
  addCandidate: Candidate;
  /** Changes the signed-in person's password; the old one must be given. Other sessions of the person end. */
  changePassword: Scalars['Boolean']['output'];
  /** Checks an uploaded file and writes nothing: what it would create and merge, and every problem with its line (needs the officer role). */
  checkImport: ImportCheck;
  /** Marks an interaction's next action done. */
  completeNextAction: LeadPayload;
  /** Starts a lead (officer). The place must be the officer's home place or under it; an enterprise already led at that place and link is refused, naming the lead. */
  createLead: CreateLeadPayload;
  /** Makes an account (needs the admin role). A taken username, an unknown place or a weak password is BAD_USER_INPUT with the reason in Chinese. */
  createUser: User;
  /** Disables an account (needs the admin role): its sessions end and its tokens are revoked. False when there is no such user. */
  disableUser: Scalars['Boolean']['output'];
  /** Follows an enterprise, chain link or chain (by id). True when it was not followed before. */
  follow: Scalars['Boolean']['output'];
  /** Hands a lead to another officer of its place or above; recorded in its history. */
  handOverLead: LeadPayload;
  /**
   * Imports an enterprise list (needs the officer role): CSV text with the columns name,
   * place, links and/or sectors, and optional aliases and note. Every row is checked first;
   * with any problem nothing is written and the error lists each problem with its line
   * (`extensions.problems`). Importing the same file twice changes nothing.
   */
  importEnterprises: ImportReport;
  /** Ingests a plan's text into a DRAFT with its candidate facts (editor or admin). */
  ingestPlan: Plan;
  /** Marks the feed seen now: the next visit shows what happens from now on. */
  markFeedSeen: Scalars['DateTime']['output'];
  /**
   * Moves a lead to another stage. `version` is the version the caller last read: a lead changed
   * by someone else since answers CONFLICT (with the current stage and version) and writes
   * nothing. A backward move, PAUSED and LOST need a note (the reason). `on` is the day it
   * happened (default today, not in the future).
   */
  moveLead: LeadPayload;
  /** Publishes a draft: its accepted facts become part of the graph with their provenance, all or nothing (editor or admin). */
  publishPlan: Plan;
  /** Records an actual figure against a target (needs a token with the officer role). History is kept. */
  recordActual: RecordActualPayload;
  /** Records a visit, reception, inspection, call, meeting or event on a lead, with its next action. */
  recordInteraction: InteractionPayload;
  /** Decides on one candidate (editor or admin); recorded with who and when. */
  reviewCandidate: Candidate;
  /** Revokes one of the signed-in person's own tokens, by its id (see myTokens). True when it was theirs and now is revoked. */
  revokeMyToken: Scalars['Boolean']['output'];
  /**
   * Imports an uploaded file (needs the officer role). The file is checked first: with any
   * problem nothing is written and the error lists each problem with its line
   * (`extensions.problems`). Then it is recorded as RUNNING and written in the background;
   * the answer comes at once; follow it with `node(id:)` until DONE.
   */
  runImport: Import;
  /** Sets an account's password (needs the admin role); clears a lock and ends its sessions. False when there is no such user. */
  setUserPassword: Scalars['Boolean']['output'];
  /** Signs in with a username and password. A wrong password, an unknown username and a disabled account all answer UNAUTHENTICATED with the same message; after repeated failures answers slow down, then the account is locked for a while and the message says so. */
  signIn: SignInResult;
  /** Ends the browser's session (its cookie stops working at once and is cleared). With a bearer token, revokes that token. True when there was something to end. */
  signOut: Scalars['Boolean']['output'];
  /** Undoes a finished import: removes what it added and nothing else (needs the officer role). */
  undoImport: Import;
  /** Stops following. True when it was followed. */
  unfollow: Scalars['Boolean']['output'];
  /** Sets planned and actual figures and planned stage dates (same versioning as moveLead). */
  updateLeadFigures: LeadPayload;
  /** Corrects a draft's metadata (editor or admin). */
  updatePlan: Plan;
  /** Withdraws a published plan: removes what it alone stated, all or nothing; what another plan, an import or the seed also states stays (editor or admin). */
  withdrawPlan: Plan;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationAcceptCandidatesArgs = {
  kind: CandidateKind;
  minConfidence: Scalars['Float']['input'];
  plan: Scalars['ID']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationAddCandidateArgs = {
  input: AddCandidateInput;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationCheckImportArgs = {
  input: ImportFileInput;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationCompleteNextActionArgs = {
  interaction: Scalars['ID']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationDisableUserArgs = {
  username: Scalars['String']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationFollowArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationHandOverLeadArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationImportEnterprisesArgs = {
  csv: Scalars['String']['input'];
  fileName?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationIngestPlanArgs = {
  input: IngestPlanInput;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationMoveLeadArgs = {
  id: Scalars['ID']['input'];
  lostTo?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
  resumeBy?: InputMaybe<Scalars['Date']['input']>;
  stage: LeadStage;
  version: Scalars['Int']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationPublishPlanArgs = {
  plan: Scalars['ID']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationRecordActualArgs = {
  input: RecordActualInput;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationRecordInteractionArgs = {
  input: InteractionInput;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationReviewCandidateArgs = {
  input: ReviewCandidateInput;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationRevokeMyTokenArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationRunImportArgs = {
  input: ImportFileInput;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationSetUserPasswordArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationUndoImportArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationUnfollowArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationUpdateLeadFiguresArgs = {
  actual?: InputMaybe<LeadFiguresInput>;
  id: Scalars['ID']['input'];
  planned?: InputMaybe<LeadFiguresInput>;
  stageDates?: InputMaybe<Array<StageDateInput>>;
  version: Scalars['Int']['input'];
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationUpdatePlanArgs = {
  input: PlanMetadataInput;
};


/**
 * The entry points for changing data, each needing a token with the role it names. Every
 * area adds its own in its own schema file (`extend type Mutation`).
 */
export type MutationWithdrawPlanArgs = {
  plan: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** An enterprise not yet in the graph. */
export type NewEnterpriseInput = {
  /** Its 统一社会信用代码 (18 characters, check digit verified). */
  creditCode: Scalars['String']['input'];
  /** Its registered name. */
  name: Scalars['String']['input'];
};

/** The next thing to do on a lead, and by when. */
export type NextAction = {
  __typename?: 'NextAction';
  /** When it was marked done; null while open. */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** By when. */
  due: Scalars['Date']['output'];
  /** The interaction that set it. */
  interactionId: Scalars['ID']['output'];
  /** True when the due date has passed and it is not done. */
  overdue: Scalars['Boolean']['output'];
  /** What to do. */
  summary: Scalars['String']['output'];
};

/** The next action an interaction sets. */
export type NextActionInput = {
  /** By when. */
  due: Scalars['Date']['input'];
  /** What to do. */
  summary: Scalars['String']['input'];
};

/**
 * Anything with a global id. Ids are opaque, unique across types and stable:
 * reseeding the same data gives the same ids. `node(id:)` resolves every one.
 */
export type Node = {
  /** Global, opaque, stable id. */
  id: Scalars['ID']['output'];
};

/** An officer, as the pipeline names them. */
export type Officer = {
  __typename?: 'Officer';
  /** The name people see. */
  name: Scalars['String']['output'];
  /** The name they sign in with. */
  username: Scalars['String']['output'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * A place: every province, city, county and district of China (GB/T 2260) and the development
 * zones, in a hierarchy (`parent`, `childrenPage`); Henan's as the plan names them, and regions.
 */
export type Place = Node & {
  __typename?: 'Place';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /**
   * Places directly in this one, all of them. At national scale prefer `childrenPage`.
   * @deprecated Unbounded: a province has hundreds of counties and districts once the whole country is loaded. Use `childrenPage`.
   */
  children: Array<Place>;
  /** Places directly in this one, by name, one page at a time, with their total. */
  childrenPage: PlaceConnection;
  /** The GB/T 2260 code (370102), or a development zone's statistical code (370171); null for a region or a zone without one. */
  code?: Maybe<Scalars['String']['output']>;
  /** The full name, e.g. 郑州航空港经济综合实验区. */
  fullName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Whether the place lies in Henan. */
  inHenan: Scalars['Boolean']['output'];
  /** Administrative level. */
  level: PlaceLevel;
  /** The short name the text uses, e.g. 郑州航空港区, 济南, 历下区. */
  name: Scalars['String']['output'];
  /** English name (curated). */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The place this one lies in; null at the top. */
  parent?: Maybe<Place>;
  /** The published plans that govern this place: its province's and its own, newest first. */
  plans: Array<Plan>;
  /** Where this record comes from. */
  sources: Array<Source>;
};


/**
 * A place: every province, city, county and district of China (GB/T 2260) and the development
 * zones, in a hierarchy (`parent`, `childrenPage`); Henan's as the plan names them, and regions.
 */
export type PlaceChildrenPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of places. */
export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  /** The places of this page with their cursors. */
  edges: Array<PlaceEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** All places of the list, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A place's coverage of one chain. */
export type PlaceCoverage = {
  __typename?: 'PlaceCoverage';
  /** Covered links / all links, 0..1. */
  coverage: Scalars['Float']['output'];
  /** Links covered by an enterprise located in the place. */
  covered: Scalars['Int']['output'];
  /** Links neither covered nor targeted. */
  gaps: Scalars['Int']['output'];
  /** The place. */
  place: Place;
  /** Links not covered for which the plan names enterprises to attract. */
  targeted: Scalars['Int']['output'];
};

/** A place in a page. */
export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The place. */
  node: Place;
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

/**
 * A plan document (实施方案, 行动计划, 指导意见 …): its metadata, its sections, and, once
 * published, the facts it states. The Henan 2015 plan is the first, curated by hand; others
 * are ingested, reviewed and published.
 */
export type Plan = Node & {
  __typename?: 'Plan';
  /**
   * The candidate facts of an ingested plan, for review (editors and admins only):
   * filtered by kind and status, highest confidence first.
   */
  candidates: CandidateConnection;
  /** The chains (and industries) it states, by name. */
  chains: Array<Chain>;
  /** How many facts of each kind it states (published) or proposes (draft). */
  counts: Array<PlanKindCount>;
  /** True for a plan curated by hand into the seed (the Henan 2015 plan); false for an ingested one. */
  curated: Scalars['Boolean']['output'];
  /** Issue date, ISO `YYYY-MM-DD`. */
  date: Scalars['String']['output'];
  /** The review decisions, newest first: who decided what, when (editors and admins only). */
  decisions: Array<ReviewDecision>;
  id: Scalars['ID']['output'];
  /** When it was ingested (or, for the curated plan, loaded). */
  ingestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who ingested it. Private: given to editors and admins, null for everyone else. */
  ingestedBy?: Maybe<Scalars['String']['output']>;
  /** Who issued it, e.g. 河南省人民政府办公厅. */
  issuer: Scalars['String']['output'];
  /** The document number (文号), e.g. 豫政办〔2015〕50号, where there is one. */
  number?: Maybe<Scalars['String']['output']>;
  /** The last year of its period, where it has one. */
  periodEnd?: Maybe<Scalars['Int']['output']>;
  /** The first year of its period (2023 of 2023–2025), where it has one. */
  periodStart?: Maybe<Scalars['Int']['output']>;
  /** What publishing would add to the graph, and what it would merge into what is there (editors and admins only). */
  publishPreview: PublishPreview;
  /** When it was published; null before. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The region it governs: a province, a city or a county. */
  region?: Maybe<Place>;
  /** What is left to review, per kind (editors and admins only). */
  review: Array<ReviewProgress>;
  /** The plan's numbered sections, top level first. */
  sections: Array<Section>;
  /** The sectors (industries) its chains belong to. */
  sectors: Array<Sector>;
  /** The SHA-256 of its full text, in hex. */
  sha256?: Maybe<Scalars['String']['output']>;
  /** Where this record comes from. */
  sources: Array<Source>;
  /** DRAFT, PUBLISHED or WITHDRAWN. */
  status: PlanStatus;
  /** Its full text, as ingested (every quote is a substring of it); null for the curated plan, whose text is the seed's source file. */
  text?: Maybe<Scalars['String']['output']>;
  /** The plan's title. */
  title: Scalars['String']['output'];
  /** When it was withdrawn; null unless WITHDRAWN. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};


/**
 * A plan document (实施方案, 行动计划, 指导意见 …): its metadata, its sections, and, once
 * published, the facts it states. The Henan 2015 plan is the first, curated by hand; others
 * are ingested, reviewed and published.
 */
export type PlanCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CandidateKind>;
  status?: InputMaybe<CandidateStatus>;
};


/**
 * A plan document (实施方案, 行动计划, 指导意见 …): its metadata, its sections, and, once
 * published, the facts it states. The Henan 2015 plan is the first, curated by hand; others
 * are ingested, reviewed and published.
 */
export type PlanDecisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Two plans side by side. */
export type PlanComparison = {
  __typename?: 'PlanComparison';
  /** Chains and links in both plans. */
  both: Array<ComparedFact>;
  first: Plan;
  /** Chains and links only the first plan states. */
  onlyFirst: Array<ComparedFact>;
  /** Chains and links only the second plan states. */
  onlySecond: Array<ComparedFact>;
  /** Places both plans name, whose role differs. */
  placeRoles: Array<ComparedPlaceRole>;
  second: Plan;
  /** Targets of both plans on the same measure, with both values. */
  targets: Array<ComparedTarget>;
};

/** A page of plans. */
export type PlanConnection = {
  __typename?: 'PlanConnection';
  /** The plans of this page. */
  nodes: Array<Plan>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** The plans matching the filters, in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How many facts of one kind a plan states or proposes. */
export type PlanKindCount = {
  __typename?: 'PlanKindCount';
  /** Accepted (for a draft), or published. */
  accepted: Scalars['Int']['output'];
  kind: CandidateKind;
  /** All of this kind (for a draft: its candidates). */
  total: Scalars['Int']['output'];
};

/** A plan's metadata, corrected by a reviewer (drafts only). */
export type PlanMetadataInput = {
  date?: InputMaybe<Scalars['Date']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  /** e.g. 2023-2025. */
  period?: InputMaybe<Scalars['String']['input']>;
  plan: Scalars['ID']['input'];
  /** A Place id or name. */
  region?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Where a plan stands: a DRAFT is under review (editors only), a PUBLISHED plan is part of the graph, a WITHDRAWN one no longer is. */
export type PlanStatus =
  /** Ingested, under review; seen by editors and admins only, and by no view. */
  | 'DRAFT'
  /** Its accepted facts are part of the graph, with their provenance. */
  | 'PUBLISHED'
  /** Withdrawn after publishing: what it alone stated was removed. */
  | 'WITHDRAWN';

/** Filters on plans; all given filters must hold. */
export type PlanWhere = {
  /** Plans that govern this place: its own, and those of the places it lies in (a Place id). */
  governs?: InputMaybe<Scalars['ID']['input']>;
  /** Plans whose region is exactly this place (a Place id). */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only plans of this status; default PUBLISHED (DRAFT needs the editor role). */
  status?: InputMaybe<PlanStatus>;
  /** Plans in force in this year: issued by its end, and with a period that includes it (or none). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One fact in a publish preview. */
export type PreviewItem = {
  __typename?: 'PreviewItem';
  /** The chain, place or value that goes with it, in words. */
  detail?: Maybe<Scalars['String']['output']>;
  /** For a merged item: what it merges into. */
  into?: Maybe<Node>;
  kind: CandidateKind;
  name: Scalars['String']['output'];
};

/** A key project (重点项目) the plan names. */
export type Project = Node & {
  __typename?: 'Project';
  /** Capacity as written, e.g. 年产6000套. */
  capacity?: Maybe<Scalars['String']['output']>;
  /** The carrier (park, zone, base …) it builds or lies in. */
  cluster?: Maybe<Cluster>;
  /** The enterprise (or institution) carrying it out; null for a project the text names without an owner. */
  enterprise?: Maybe<Enterprise>;
  id: Scalars['ID']['output'];
  /** The chain link it builds up. */
  link?: Maybe<ChainLink>;
  /** Name as the text gives it (composed by a curator where it does not). */
  name: Scalars['String']['output'];
  /** Where it is. */
  place?: Maybe<Place>;
  /** Its sector. */
  sector?: Maybe<Sector>;
  /** Where this record comes from. */
  sources: Array<Source>;
};

/** A page of projects. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** The projects of this page with their cursors. */
  edges: Array<ProjectEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** All projects matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A project in a page. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** Opaque cursor: pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: Project;
};

/** Filters on projects; all given filters must hold. */
export type ProjectWhere = {
  /** Carried out by this enterprise (an Enterprise id). */
  enterprise?: InputMaybe<Scalars['ID']['input']>;
  /** true: only projects the text gives an owner; false: only those it names without one. */
  hasEnterprise?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name contains this text. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** In this place or anywhere below it (a Place id). */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Of this sector (a Sector id). */
  sector?: InputMaybe<Scalars['ID']['input']>;
};

/** What publishing a plan would do, per kind. */
export type PublishPreview = {
  __typename?: 'PublishPreview';
  /** New facts it would add to the graph. */
  added: Array<PreviewItem>;
  /** Why it cannot be published yet (a link without a chain, candidates left to review …); empty when it can. */
  blockers: Array<Scalars['String']['output']>;
  /** Accepted facts that are facts the graph has already (merged): the plan becomes one more source of each. */
  merged: Array<PreviewItem>;
};

/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type Query = {
  __typename?: 'Query';
  /** Alerts on the leads the caller may see (default their home place; only one officer's with `owner`), most days first (at most 200). */
  alerts: Array<Alert>;
  /** The four categories. */
  categories: Array<Category>;
  /** One chain's coverage in every place directly under `parent` (the province when omitted), in the places' order: the province at a glance. */
  chainCoverage: Array<PlaceCoverage>;
  /** Every link of a chain with its status in a place (the province when omitted). */
  chainGaps: ChainGaps;
  /** Chains, optionally of one sector, of one plan, or of the published plans that govern a place. */
  chains: Array<Chain>;
  /** Clusters by tier, largest first, with the plan's cluster-count targets and their actuals. */
  clusterProgress: Array<ClusterTierProgress>;
  /** Carriers of every kind (clusters, bases, parks, zones …), largest tier first, then in the plan's order. */
  clusters: Array<Cluster>;
  /** One chain in several places side by side (2 to 10 places). */
  compareChain: ChainComparison;
  /** Two plans side by side: chains and links in both or in one, targets on the same measure, places whose role changed. */
  comparePlans: PlanComparison;
  /** Links a place lacks, most blocking first (the province when no place is given). */
  criticalLinks: Array<LinkCriticality>;
  /** Runs a read-only Cypher query (needs a token with the analyst role). Writes, administration and file or network access are refused. */
  cypher: CypherResult;
  /** Enterprises by name, filtered, in pages (at most 100 a page); companies only unless `where.kinds` asks for institutions. */
  enterprises: EnterpriseConnection;
  /** Stage changes and interactions on leads of the officer's place, and imports and published plan facts touching what they follow, since their last visit. */
  feed: Feed;
  /** The funnel for a place (and below; default the caller's home place), a chain, an officer and a period of start dates. Leads the caller may not see are not counted. */
  funnel: Funnel;
  /** Imports, newest first (needs the officer role). */
  imports: Array<Import>;
  /** Leads per stage the caller may see in a place (default their home place). */
  leadStageCounts: Array<StageCount>;
  /**
   * The leads the caller may see, newest activity first: an officer those of their home place
   * and the places under it, provincial staff all, anyone else none (an empty page for a
   * signed-in reader or analyst; UNAUTHENTICATED without signing in).
   */
  leads: LeadConnection;
  /** The bearer tokens issued to the signed-in person, newest first (at most 100). UNAUTHENTICATED without signing in. */
  myTokens: Array<IssuedToken>;
  /** Any entity by its global id. An id that is malformed or names nothing is a BAD_USER_INPUT error. */
  node?: Maybe<Node>;
  /** Several entities by id, in the order given; ids that name nothing give null. */
  nodes: Array<Maybe<Node>>;
  /**
   * Who viewed or exported pipeline data (leads), newest first: each export, each lead read
   * through node(id:), each page of the leads list. Administrators only (FORBIDDEN otherwise).
   */
  pipelineAudit: AuditConnection;
  /**
   * Places, optionally of one level, directly under one place, anywhere inside one place, or
   * with one code. With none of `parent`, `within` and `code`, the answer is what it was before
   * the whole country was loaded: the places the curated plan declares (Henan's province,
   * cities, counties and zones it names, and the places outside Henan it names) and those
   * published plans add, about a hundred; the ~3,300 other places of the national lists are
   * listed under a `parent` or `within` place (a province's cities: `parent`), or found by
   * `code`, `search` and `node`.
   */
  places: Array<Place>;
  /**
   * One plan by id. Without `id` (deprecated use, kept for earlier clients): the first plan the
   * graph was built from, the Henan 2015 plan; ask `plans` for the plans that govern a place.
   */
  plan: Plan;
  /** The plan checked against itself: category totals against their sectors, the province's totals against categories and sectors. */
  planConsistency: Array<ConsistencyFinding>;
  /** Plans, filtered and paged, newest first. Drafts only for editors and admins. */
  plans: PlanConnection;
  /** Key projects by name, filtered, in pages (at most 100 a page). */
  projects: ProjectConnection;
  /** The province the plan is about (河南): the place every analytics query means when it is given none. */
  province: Place;
  /** Enterprises not located in the place, ranked by how many of its gaps they would close. */
  recommendTargets: Array<Recommendation>;
  /** Of the enterprises recommended for a place's links, how many became leads, signed and started production, per chain and city (the place's cities, or the place itself), and in total. */
  recommendationHitRate: RecommendationHitRate;
  /**
   * Finds entities by Chinese name, alias or short name (富士康 finds 富士康集团), English
   * name, or pinyin, full or initials (fushikang, fsk). Best match first.
   */
  search: Array<SearchHit>;
  /**
   * The key industries of the published plans (the Henan plan's 19, then each published plan's
   * own), optionally of one category, of one plan, or of the plans that govern a place.
   */
  sectors: Array<Sector>;
  /** The service and the Neo4j database it reads; useful to check that everything is wired. */
  system: SystemInfo;
  /** Numeric targets, filtered. */
  targets: Array<Target>;
  /** Every account, by username (at most 1000). Needs the admin role. */
  users: Array<User>;
  /** Who the request's session cookie or bearer token says is asking; anonymous without either. Apps call it after sign-in to check a token and show or hide write controls. */
  viewer: Viewer;
  /** What the signed-in officer follows. */
  watchlist: Array<Watch>;
  /** What would change if the enterprise were attracted to the place. Nothing is written. */
  whatIf: WhatIf;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryAlertsArgs = {
  owner?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryChainCoverageArgs = {
  chain: Scalars['ID']['input'];
  levels?: InputMaybe<Array<PlaceLevel>>;
  parent?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryChainGapsArgs = {
  chain: Scalars['ID']['input'];
  place?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryChainsArgs = {
  place?: InputMaybe<Scalars['ID']['input']>;
  plan?: InputMaybe<Scalars['ID']['input']>;
  sector?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryClusterProgressArgs = {
  sector?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryClustersArgs = {
  where?: InputMaybe<ClusterWhere>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryCompareChainArgs = {
  chain: Scalars['ID']['input'];
  places: Array<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryComparePlansArgs = {
  first: Scalars['ID']['input'];
  second: Scalars['ID']['input'];
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryCriticalLinksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  sector?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryCypherArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
  query: Scalars['String']['input'];
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryEnterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<EnterpriseWhere>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryFunnelArgs = {
  chain?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryImportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryLeadStageCountsArgs = {
  chain?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  chain?: InputMaybe<Scalars['ID']['input']>;
  enterprise?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  link?: InputMaybe<Scalars['ID']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<LeadStage>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryPipelineAuditArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryPlacesArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<PlaceLevel>;
  parent?: InputMaybe<Scalars['ID']['input']>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryPlanArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<PlanWhere>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ProjectWhere>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryRecommendTargetsArgs = {
  chain?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  place: Scalars['ID']['input'];
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryRecommendationHitRateArgs = {
  chain?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QuerySectorsArgs = {
  category?: InputMaybe<SectorCategory>;
  place?: InputMaybe<Scalars['ID']['input']>;
  plan?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryTargetsArgs = {
  where?: InputMaybe<TargetWhere>;
};


/**
 * The entry points for reading chain-atlas. Every area of the graph adds its own fields to
 * this type in its own schema file (`extend type Query`).
 */
export type QueryWhatIfArgs = {
  enterprise: Scalars['ID']['input'];
  place: Scalars['ID']['input'];
};

/** An enterprise worth approaching, and why. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** The enterprise, located outside the place. */
  enterprise: Enterprise;
  /** The place's uncovered links it would fill. */
  fillsLinks: Array<ChainLink>;
  /** Why, in words a person can check: which links, which plan sentence, where it is today. */
  reasons: Array<Scalars['String']['output']>;
  /** How much of the place's gaps it would close: the share of the chain's uncovered links it fills, plus a bonus when the plan names it as a target (0..1). */
  score: Scalars['Float']['output'];
};


/** An enterprise worth approaching, and why. */
export type RecommendationReasonsArgs = {
  language?: InputMaybe<Language>;
};

/** Whether our ranking is worth following: of the enterprises recommended, how many became leads, signed, started production. */
export type RecommendationHitRate = {
  __typename?: 'RecommendationHitRate';
  /** One row per chain and city with anything recommended, most recommended first. */
  rows: Array<HitRateRow>;
  /** How many recommendations counted per place and link (the top of each ranking). */
  topPerLink: Scalars['Int']['output'];
  /** All rows together. */
  total: HitRateRow;
};

/** An actual figure for a target. */
export type RecordActualInput = {
  /** The date the figure is for, `YYYY-MM-DD`. */
  asOf: Scalars['String']['input'];
  /** Where the figure comes from. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The target's id. */
  target: Scalars['ID']['input'];
  /** The observed figure, in the target's unit. */
  value: Scalars['Float']['input'];
};

/** The result of recording an actual. */
export type RecordActualPayload = {
  __typename?: 'RecordActualPayload';
  /** The actual just recorded. */
  actual: Actual;
  /** The target with its actuals and attainment. */
  target: Target;
};

/** What a reviewer did. */
export type ReviewAction =
  | 'ACCEPT'
  /** Accepted every pending candidate of a kind above a confidence. */
  | 'ACCEPT_ABOVE'
  | 'ADD'
  | 'EDIT'
  | 'MERGE'
  /** Changed the plan's metadata. */
  | 'METADATA'
  | 'PUBLISH'
  | 'REJECT'
  | 'REOPEN'
  | 'WITHDRAW';

/** A reviewer's decision on one candidate. */
export type ReviewCandidateInput = {
  /** ACCEPT, REJECT, EDIT (changes the fields given and accepts), MERGE (says it is `mergeInto`, and accepts) or REOPEN. */
  action: ReviewAction;
  candidate: Scalars['ID']['input'];
  /** For EDIT: the fields to change. */
  changes?: InputMaybe<CandidateChanges>;
  /** For MERGE: the graph's node it is (a Chain, ChainLink, Place, Cluster, Enterprise or Project id). */
  mergeInto?: InputMaybe<Scalars['ID']['input']>;
};

/** One review decision: who, when, what changed. */
export type ReviewDecision = Node & {
  __typename?: 'ReviewDecision';
  action: ReviewAction;
  at: Scalars['DateTime']['output'];
  /** Who decided. Private: given to editors and admins, null for everyone else. */
  by?: Maybe<Scalars['String']['output']>;
  /** The candidate decided on; null for decisions about the whole plan. */
  candidate?: Maybe<Candidate>;
  /** What changed, as field: [before, after] pairs (or the count accepted). */
  changes?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
};

/** What is left to review of one kind. */
export type ReviewProgress = {
  __typename?: 'ReviewProgress';
  accepted: Scalars['Int']['output'];
  kind: CandidateKind;
  pending: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
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

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The kind of entity found. */
  kind: EntityKind;
  /** The entity found. */
  node: Node;
  /** Relevance in 0..1; 1 for an exact name or alias. */
  score: Scalars['Float']['output'];
};

/** A numbered section of a plan, e.g. `二（一）1 电子信息`. */
export type Section = Node & {
  __typename?: 'Section';
  /** The document's own numbering, e.g. `二（一）1`. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The plan it belongs to. */
  plan?: Maybe<Plan>;
  /** Where this record comes from. */
  sources: Array<Source>;
  /** The heading words, e.g. `电子信息`. */
  title: Scalars['String']['output'];
};

/** A key industry (重点产业) of the plan, e.g. 电子信息. */
export type Sector = Node & {
  __typename?: 'Sector';
  /** Every carrier of this sector, of any kind, largest tier first, then in the plan's order. */
  carriers: Array<Cluster>;
  /** The category the sector belongs to. */
  category: SectorCategory;
  /** Chains of this sector with their links. */
  chains: Array<Chain>;
  /** Industrial clusters of this sector (kind CLUSTER: every tiered one), largest tier first. `carriers` has the bases, parks and zones too. */
  clusters: Array<Cluster>;
  id: Scalars['ID']['output'];
  /** Stable key, e.g. `electronics`. */
  key: Scalars['String']['output'];
  /** Number of key projects (重点项目) the plan sets for the sector, when it says. */
  keyProjectCount?: Maybe<Scalars['Int']['output']>;
  /** Chinese name, e.g. 电子信息. */
  name: Scalars['String']['output'];
  /** English name (curated). */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Where this record comes from. */
  sources: Array<Source>;
  /** The sector's numeric targets: revenue with growth, output, project and cluster counts. */
  targets: Array<Target>;
};

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

/** What signing in answers: a bearer token for programs, and who signed in. A browser also receives the session cookie. */
export type SignInResult = {
  __typename?: 'SignInResult';
  /** A bearer token for scripts and other programs (`Authorization: Bearer …`), with an id of its own so it can be listed and revoked (`myTokens`, `revokeMyToken`). Issued only when this field is asked for: the web app does not ask, and uses the httpOnly session cookie. */
  token: Scalars['String']['output'];
  /** Who signed in: name, roles and home place. */
  viewer: Viewer;
};

/** Where a fact comes from: a verbatim quote of the plan and its section, or a curator's note. */
export type Source = {
  __typename?: 'Source';
  /** The date of the source, `YYYY-MM-DD`: the plan's issue date for quotes, the day of the import for imports; null for curated notes. */
  date?: Maybe<Scalars['String']['output']>;
  /** The document quoted: the plan's title for quotes, the file's name for imports; null for curated notes. */
  document?: Maybe<Scalars['String']['output']>;
  /** The import file the fact comes from (IMPORTED only). */
  file?: Maybe<Scalars['String']['output']>;
  /** QUOTE (of a plan), CURATED (a curator's note) or IMPORTED (a row of an officer's file). */
  kind: SourceKind;
  /** The line of the import file, the header being line 1 (IMPORTED only). */
  line?: Maybe<Scalars['Int']['output']>;
  /** The curator's note, or the note of an imported row. Null for quotes. */
  note?: Maybe<Scalars['String']['output']>;
  /** The plan a quote comes from (QUOTE only): its title, issuer and date name it. */
  plan?: Maybe<Plan>;
  /** A verbatim substring of the source document. Null for curated notes. */
  quote?: Maybe<Scalars['String']['output']>;
  /** The section of the document, by its own numbering, e.g. `二（一）1 电子信息`. Null for curated notes. */
  section?: Maybe<Scalars['String']['output']>;
};

/** Whether a source is a quote of the plan or a curator's note. */
export type SourceKind =
  /** Something a curator added that the text does not say, with a note. */
  | 'CURATED'
  /** A fact from an officer's import file: the file, its line and the date of the import. */
  | 'IMPORTED'
  /** A fact a landed project states: a lead that reached 投产 made the enterprise local to the link and place. The note names the project, the day and who recorded it. */
  | 'PROJECT'
  /** A verbatim quote of the source document. */
  | 'QUOTE';

/** How many leads are at each stage, for a board's columns. */
export type StageCount = {
  __typename?: 'StageCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The stage. */
  stage: LeadStage;
};

/** A planned date for one stage. */
export type StageDateInput = {
  /** The planned date; null clears it. */
  planned?: InputMaybe<Scalars['Date']['input']>;
  /** The stage (CLUE to FULL_OUTPUT). */
  stage: LeadStage;
};

/** One statement of the plan about an enterprise: its role, the verb, and what it concerns. */
export type Stance = Node & {
  __typename?: 'Stance';
  /** The enterprise the statement is about. */
  enterprise: Enterprise;
  id: Scalars['ID']['output'];
  /** The chain link it concerns, when the text names one. */
  link?: Maybe<ChainLink>;
  /** LOCAL, TARGET, PARTNER or BRAND. */
  role: StanceRole;
  /** The sector it concerns. */
  sector?: Maybe<Sector>;
  /** The sentence(s) of the plan. */
  sources: Array<Source>;
  /** The verb the text uses, e.g. 引进. */
  verb: Scalars['String']['output'];
};

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

/** The running service and its database. */
export type SystemInfo = {
  __typename?: 'SystemInfo';
  /** The Neo4j database answering this request. */
  database: DatabaseInfo;
  /** The name of the service: `chain-atlas`. */
  service: Scalars['String']['output'];
  /** The service's version (from package.json). */
  version: Scalars['String']['output'];
};

/** A numeric target of the plan, e.g. 生物医药主营业务收入1900亿元, +24%. */
export type Target = Node & {
  __typename?: 'Target';
  /** Recorded actual figures, latest first. */
  actuals: Array<Actual>;
  /** Latest actual / value (0..1 and beyond); null without actuals or value. */
  attainment?: Maybe<Scalars['Float']['output']>;
  /** Planned year-on-year growth in percent, when stated. */
  growthPct?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** The base the target implies: value / (1 + growthPct/100). Null without value or growth. */
  impliedBaseline?: Maybe<Scalars['Float']['output']>;
  /** Stable key, e.g. `biomedicine-revenue`. */
  key: Scalars['String']['output'];
  /** The plan's words for the measure. */
  label: Scalars['String']['output'];
  /** What is measured. */
  metric: TargetMetric;
  /** The plan that sets this target. */
  plan?: Maybe<Plan>;
  /** Where this record comes from. */
  sources: Array<Source>;
  /** What the target is for: the province (a Place), a Category, a Sector, a Cluster or a Place. */
  subject: Node;
  /** The figure as the plan writes it, e.g. 1.16万亿元. */
  text?: Maybe<Scalars['String']['output']>;
  /** Unit of `value`, e.g. 亿元, 部, 家, %. */
  unit: Scalars['String']['output'];
  /** The target value in `unit`; for a range such as 3-5家, its lower end. Null when the plan states only a growth rate. */
  value?: Maybe<Scalars['Float']['output']>;
  /** The upper end of a range such as 3-5家; null otherwise. */
  valueMax?: Maybe<Scalars['Float']['output']>;
  /** The year the target is for. */
  year: Scalars['Int']['output'];
};

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
  category?: InputMaybe<SectorCategory>;
  /** Targets of the published plans that govern this place: its province's and its own (a Place id). */
  governedPlace?: InputMaybe<Scalars['ID']['input']>;
  /** Targets of this metric. */
  metric?: InputMaybe<TargetMetric>;
  /** Targets of this plan (a Plan id). */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Targets for this sector or for clusters of it (a Sector id). */
  sector?: InputMaybe<Scalars['ID']['input']>;
  /** Targets for this subject (a Place, Category, Sector or Cluster id). */
  subject?: InputMaybe<Scalars['ID']['input']>;
  /** Targets for this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A person's account, as administrators see it (never the password or its hash). */
export type User = {
  __typename?: 'User';
  /** False once disabled: they cannot sign in, their sessions ended and their tokens were revoked. */
  active: Scalars['Boolean']['output'];
  /** When the account was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When they last signed in; null if never. */
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** True while locked after repeated failed sign-ins. */
  locked: Scalars['Boolean']['output'];
  /** The name people see. */
  name: Scalars['String']['output'];
  /** Their home place: pages open on it, and it bounds what an officer sees of the pipeline. */
  place?: Maybe<Place>;
  /** What they may do. */
  roles: Array<Role>;
  /** The name they sign in with. */
  username: Scalars['String']['output'];
};

/** Who is asking: the signed-in person (by the session cookie or a bearer token), as the server verified them. */
export type Viewer = {
  __typename?: 'Viewer';
  /** True when the viewer may record actuals and import enterprise lists (officer or admin). */
  canWrite: Scalars['Boolean']['output'];
  /** The signed-in person's display name (for a token issued to a tool, its subject); null when no one is signed in. */
  name?: Maybe<Scalars['String']['output']>;
  /** The person's home place (a county, a city, or the province for provincial staff): pages open on it. Null for a token without one, or when no one is signed in. */
  place?: Maybe<Place>;
  /** The token's roles; empty without a token. */
  roles: Array<Role>;
  /** The token's subject or the signed-in username (a person or a tool); null when no one is signed in. */
  subject?: Maybe<Scalars['String']['output']>;
};

/** Something the signed-in officer follows. */
export type Watch = {
  __typename?: 'Watch';
  /** The id of what is followed. */
  id: Scalars['ID']['output'];
  /** What kind it is. */
  kind: WatchKind;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Since when. */
  since: Scalars['DateTime']['output'];
};

/** What an officer may follow. */
export type WatchKind =
  | 'CHAIN'
  | 'CHAIN_LINK'
  | 'ENTERPRISE';

/** What attracting an enterprise to a place would change. Computed; nothing is written. */
export type WhatIf = {
  __typename?: 'WhatIf';
  /** Every chain the enterprise would add to, most closed links first. */
  chains: Array<WhatIfChain>;
  /** The enterprise. */
  enterprise: Enterprise;
  /** The place. */
  place: Place;
};

/** How one chain would change if the enterprise came to the place. */
export type WhatIfChain = {
  __typename?: 'WhatIfChain';
  /** A chain the enterprise operates in, or is named for. */
  chain: Chain;
  /** Links it would close (not covered today). */
  closedLinks: Array<ChainLink>;
  /** Coverage with the enterprise in the place. */
  coverageAfter: Scalars['Float']['output'];
  /** Coverage today. */
  coverageBefore: Scalars['Float']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptedCount: ResolverTypeWrapper<AcceptedCount>;
  Actual: ResolverTypeWrapper<ActualModel>;
  AddCandidateInput: AddCandidateInput;
  Alert: ResolverTypeWrapper<Omit<Alert, 'lead'> & { lead: ResolversTypes['Lead'] }>;
  AlertKind: AlertKind;
  AuditAction: AuditAction;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEdge']> }>;
  AuditEdge: ResolverTypeWrapper<Omit<AuditEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Candidate: ResolverTypeWrapper<CandidateModel>;
  CandidateChanges: CandidateChanges;
  CandidateConnection: ResolverTypeWrapper<Omit<CandidateConnection, 'nodes'> & { nodes: Array<ResolversTypes['Candidate']> }>;
  CandidateKind: CandidateKind;
  CandidateStatus: CandidateStatus;
  Category: ResolverTypeWrapper<CategoryModel>;
  Chain: ResolverTypeWrapper<ChainModel>;
  ChainComparison: ResolverTypeWrapper<Omit<ChainComparison, 'chain' | 'links' | 'places'> & { chain: ResolversTypes['Chain'], links: Array<ResolversTypes['LinkComparison']>, places: Array<ResolversTypes['PlaceCoverage']> }>;
  ChainGaps: ResolverTypeWrapper<Omit<ChainGaps, 'chain' | 'links' | 'place'> & { chain: ResolversTypes['Chain'], links: Array<ResolversTypes['LinkGap']>, place: ResolversTypes['Place'] }>;
  ChainLink: ResolverTypeWrapper<ChainLinkModel>;
  ChainStage: ChainStage;
  Cluster: ResolverTypeWrapper<ClusterModel>;
  ClusterKind: ClusterKind;
  ClusterTierProgress: ResolverTypeWrapper<Omit<ClusterTierProgress, 'clusters' | 'targets'> & { clusters: Array<ResolversTypes['Cluster']>, targets: Array<ResolversTypes['Target']> }>;
  ClusterWhere: ClusterWhere;
  ComparedFact: ResolverTypeWrapper<ComparedFact>;
  ComparedPlaceRole: ResolverTypeWrapper<Omit<ComparedPlaceRole, 'place'> & { place: ResolversTypes['Place'] }>;
  ComparedTarget: ResolverTypeWrapper<Omit<ComparedTarget, 'first' | 'second'> & { first?: Maybe<ResolversTypes['Target']>, second?: Maybe<ResolversTypes['Target']> }>;
  ConsistencyFinding: ResolverTypeWrapper<Finding>;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  CreateLeadInput: CreateLeadInput;
  CreateLeadPayload: ResolverTypeWrapper<Omit<CreateLeadPayload, 'lead'> & { lead: ResolversTypes['Lead'] }>;
  CreateUserInput: CreateUserInput;
  CypherResult: ResolverTypeWrapper<CypherResult>;
  DatabaseInfo: ResolverTypeWrapper<DatabaseInfo>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Enterprise: ResolverTypeWrapper<EnterpriseModel>;
  EnterpriseConnection: ResolverTypeWrapper<Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversTypes['EnterpriseEdge']> }>;
  EnterpriseEdge: ResolverTypeWrapper<Omit<EnterpriseEdge, 'node'> & { node: ResolversTypes['Enterprise'] }>;
  EnterpriseKind: EnterpriseKind;
  EnterpriseWhere: EnterpriseWhere;
  EntityKind: EntityKind;
  Feed: ResolverTypeWrapper<Omit<Feed, 'items'> & { items: Array<ResolversTypes['FeedItem']> }>;
  FeedItem: ResolverTypeWrapper<Omit<FeedItem, 'lead'> & { lead?: Maybe<ResolversTypes['Lead']> }>;
  FeedItemKind: FeedItemKind;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Funnel: ResolverTypeWrapper<Funnel>;
  FunnelStage: ResolverTypeWrapper<FunnelStage>;
  HitRateRow: ResolverTypeWrapper<Omit<HitRateRow, 'chain' | 'place'> & { chain?: Maybe<ResolversTypes['Chain']>, place?: Maybe<ResolversTypes['Place']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Import: ResolverTypeWrapper<ImportRecord>;
  ImportCheck: ResolverTypeWrapper<CheckReport>;
  ImportExample: ResolverTypeWrapper<ImportExample>;
  ImportFileInput: ImportFileInput;
  ImportFormat: ImportFormat;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  ImportStatus: ImportStatus;
  IngestPlanInput: IngestPlanInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interaction: ResolverTypeWrapper<InteractionRow>;
  InteractionInput: InteractionInput;
  InteractionKind: InteractionKind;
  InteractionPayload: ResolverTypeWrapper<Omit<InteractionPayload, 'interaction' | 'lead'> & { interaction: ResolversTypes['Interaction'], lead: ResolversTypes['Lead'] }>;
  IssuedToken: ResolverTypeWrapper<IssuedToken>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Language: Language;
  Lead: ResolverTypeWrapper<LeadRow>;
  LeadConnection: ResolverTypeWrapper<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversTypes['LeadEdge']> }>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadEvent: ResolverTypeWrapper<LeadEventRow>;
  LeadEventKind: LeadEventKind;
  LeadFigures: ResolverTypeWrapper<LeadFigures>;
  LeadFiguresInput: LeadFiguresInput;
  LeadOrigin: LeadOrigin;
  LeadOriginDetail: ResolverTypeWrapper<LeadOriginDetail>;
  LeadPayload: ResolverTypeWrapper<Omit<LeadPayload, 'lead'> & { lead: ResolversTypes['Lead'] }>;
  LeadStage: LeadStage;
  LeadStageDate: ResolverTypeWrapper<LeadStageDate>;
  LinkComparison: ResolverTypeWrapper<Omit<LinkComparison, 'link'> & { link: ResolversTypes['ChainLink'] }>;
  LinkCriticality: ResolverTypeWrapper<CriticalityModel>;
  LinkGap: ResolverTypeWrapper<LinkGapModel>;
  LinkStatus: LinkStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewEnterpriseInput: NewEnterpriseInput;
  NextAction: ResolverTypeWrapper<NextAction>;
  NextActionInput: NextActionInput;
  Node: ResolverTypeWrapper<EntityModel>;
  Officer: ResolverTypeWrapper<Officer>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Place: ResolverTypeWrapper<PlaceModel>;
  PlaceConnection: ResolverTypeWrapper<Omit<PlaceConnection, 'edges'> & { edges: Array<ResolversTypes['PlaceEdge']> }>;
  PlaceCoverage: ResolverTypeWrapper<Omit<PlaceCoverage, 'place'> & { place: ResolversTypes['Place'] }>;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  PlaceLevel: PlaceLevel;
  Plan: ResolverTypeWrapper<PlanModel>;
  PlanComparison: ResolverTypeWrapper<Omit<PlanComparison, 'first' | 'placeRoles' | 'second' | 'targets'> & { first: ResolversTypes['Plan'], placeRoles: Array<ResolversTypes['ComparedPlaceRole']>, second: ResolversTypes['Plan'], targets: Array<ResolversTypes['ComparedTarget']> }>;
  PlanConnection: ResolverTypeWrapper<Omit<PlanConnection, 'nodes'> & { nodes: Array<ResolversTypes['Plan']> }>;
  PlanKindCount: ResolverTypeWrapper<PlanKindCount>;
  PlanMetadataInput: PlanMetadataInput;
  PlanStatus: PlanStatus;
  PlanWhere: PlanWhere;
  PreviewItem: ResolverTypeWrapper<Omit<PreviewItem, 'into'> & { into?: Maybe<ResolversTypes['Node']> }>;
  Project: ResolverTypeWrapper<ProjectModel>;
  ProjectConnection: ResolverTypeWrapper<Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectEdge']> }>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectWhere: ProjectWhere;
  PublishPreview: ResolverTypeWrapper<Omit<PublishPreview, 'added' | 'merged'> & { added: Array<ResolversTypes['PreviewItem']>, merged: Array<ResolversTypes['PreviewItem']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recommendation: ResolverTypeWrapper<RecommendationModel>;
  RecommendationHitRate: ResolverTypeWrapper<Omit<RecommendationHitRate, 'rows' | 'total'> & { rows: Array<ResolversTypes['HitRateRow']>, total: ResolversTypes['HitRateRow'] }>;
  RecordActualInput: RecordActualInput;
  RecordActualPayload: ResolverTypeWrapper<Omit<RecordActualPayload, 'actual' | 'target'> & { actual: ResolversTypes['Actual'], target: ResolversTypes['Target'] }>;
  ReviewAction: ReviewAction;
  ReviewCandidateInput: ReviewCandidateInput;
  ReviewDecision: ResolverTypeWrapper<DecisionModel>;
  ReviewProgress: ResolverTypeWrapper<ReviewProgress>;
  Role: Role;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  Section: ResolverTypeWrapper<SectionModel>;
  Sector: ResolverTypeWrapper<SectorModel>;
  SectorCategory: SectorCategory;
  SignInResult: ResolverTypeWrapper<SignInResultModel>;
  Source: ResolverTypeWrapper<SourceModel>;
  SourceKind: SourceKind;
  StageCount: ResolverTypeWrapper<StageCount>;
  StageDateInput: StageDateInput;
  Stance: ResolverTypeWrapper<StanceModel>;
  StanceRole: StanceRole;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SystemInfo: ResolverTypeWrapper<SystemInfoModel>;
  Target: ResolverTypeWrapper<TargetModel>;
  TargetMetric: TargetMetric;
  TargetWhere: TargetWhere;
  User: ResolverTypeWrapper<UserModel>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  Watch: ResolverTypeWrapper<Watch>;
  WatchKind: WatchKind;
  WhatIf: ResolverTypeWrapper<Omit<WhatIf, 'chains' | 'enterprise' | 'place'> & { chains: Array<ResolversTypes['WhatIfChain']>, enterprise: ResolversTypes['Enterprise'], place: ResolversTypes['Place'] }>;
  WhatIfChain: ResolverTypeWrapper<Omit<WhatIfChain, 'chain' | 'closedLinks'> & { chain: ResolversTypes['Chain'], closedLinks: Array<ResolversTypes['ChainLink']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptedCount: AcceptedCount;
  Actual: ActualModel;
  AddCandidateInput: AddCandidateInput;
  Alert: Omit<Alert, 'lead'> & { lead: ResolversParentTypes['Lead'] };
  AuditConnection: Omit<AuditConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEdge']> };
  AuditEdge: Omit<AuditEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditEntry: AuditRow;
  Boolean: Scalars['Boolean']['output'];
  Candidate: CandidateModel;
  CandidateChanges: CandidateChanges;
  CandidateConnection: Omit<CandidateConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Candidate']> };
  Category: CategoryModel;
  Chain: ChainModel;
  ChainComparison: Omit<ChainComparison, 'chain' | 'links' | 'places'> & { chain: ResolversParentTypes['Chain'], links: Array<ResolversParentTypes['LinkComparison']>, places: Array<ResolversParentTypes['PlaceCoverage']> };
  ChainGaps: Omit<ChainGaps, 'chain' | 'links' | 'place'> & { chain: ResolversParentTypes['Chain'], links: Array<ResolversParentTypes['LinkGap']>, place: ResolversParentTypes['Place'] };
  ChainLink: ChainLinkModel;
  Cluster: ClusterModel;
  ClusterTierProgress: Omit<ClusterTierProgress, 'clusters' | 'targets'> & { clusters: Array<ResolversParentTypes['Cluster']>, targets: Array<ResolversParentTypes['Target']> };
  ClusterWhere: ClusterWhere;
  ComparedFact: ComparedFact;
  ComparedPlaceRole: Omit<ComparedPlaceRole, 'place'> & { place: ResolversParentTypes['Place'] };
  ComparedTarget: Omit<ComparedTarget, 'first' | 'second'> & { first?: Maybe<ResolversParentTypes['Target']>, second?: Maybe<ResolversParentTypes['Target']> };
  ConsistencyFinding: Finding;
  Contact: Contact;
  ContactInput: ContactInput;
  CreateLeadInput: CreateLeadInput;
  CreateLeadPayload: Omit<CreateLeadPayload, 'lead'> & { lead: ResolversParentTypes['Lead'] };
  CreateUserInput: CreateUserInput;
  CypherResult: CypherResult;
  DatabaseInfo: DatabaseInfo;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Enterprise: EnterpriseModel;
  EnterpriseConnection: Omit<EnterpriseConnection, 'edges'> & { edges: Array<ResolversParentTypes['EnterpriseEdge']> };
  EnterpriseEdge: Omit<EnterpriseEdge, 'node'> & { node: ResolversParentTypes['Enterprise'] };
  EnterpriseWhere: EnterpriseWhere;
  Feed: Omit<Feed, 'items'> & { items: Array<ResolversParentTypes['FeedItem']> };
  FeedItem: Omit<FeedItem, 'lead'> & { lead?: Maybe<ResolversParentTypes['Lead']> };
  Float: Scalars['Float']['output'];
  Funnel: Funnel;
  FunnelStage: FunnelStage;
  HitRateRow: Omit<HitRateRow, 'chain' | 'place'> & { chain?: Maybe<ResolversParentTypes['Chain']>, place?: Maybe<ResolversParentTypes['Place']> };
  ID: Scalars['ID']['output'];
  Import: ImportRecord;
  ImportCheck: CheckReport;
  ImportExample: ImportExample;
  ImportFileInput: ImportFileInput;
  ImportReport: ImportReport;
  IngestPlanInput: IngestPlanInput;
  Int: Scalars['Int']['output'];
  Interaction: InteractionRow;
  InteractionInput: InteractionInput;
  InteractionPayload: Omit<InteractionPayload, 'interaction' | 'lead'> & { interaction: ResolversParentTypes['Interaction'], lead: ResolversParentTypes['Lead'] };
  IssuedToken: IssuedToken;
  JSON: Scalars['JSON']['output'];
  Lead: LeadRow;
  LeadConnection: Omit<LeadConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadEdge']> };
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadEvent: LeadEventRow;
  LeadFigures: LeadFigures;
  LeadFiguresInput: LeadFiguresInput;
  LeadOriginDetail: LeadOriginDetail;
  LeadPayload: Omit<LeadPayload, 'lead'> & { lead: ResolversParentTypes['Lead'] };
  LeadStageDate: LeadStageDate;
  LinkComparison: Omit<LinkComparison, 'link'> & { link: ResolversParentTypes['ChainLink'] };
  LinkCriticality: CriticalityModel;
  LinkGap: LinkGapModel;
  Mutation: Record<PropertyKey, never>;
  NewEnterpriseInput: NewEnterpriseInput;
  NextAction: NextAction;
  NextActionInput: NextActionInput;
  Node: EntityModel;
  Officer: Officer;
  PageInfo: PageInfo;
  Place: PlaceModel;
  PlaceConnection: Omit<PlaceConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlaceEdge']> };
  PlaceCoverage: Omit<PlaceCoverage, 'place'> & { place: ResolversParentTypes['Place'] };
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  Plan: PlanModel;
  PlanComparison: Omit<PlanComparison, 'first' | 'placeRoles' | 'second' | 'targets'> & { first: ResolversParentTypes['Plan'], placeRoles: Array<ResolversParentTypes['ComparedPlaceRole']>, second: ResolversParentTypes['Plan'], targets: Array<ResolversParentTypes['ComparedTarget']> };
  PlanConnection: Omit<PlanConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Plan']> };
  PlanKindCount: PlanKindCount;
  PlanMetadataInput: PlanMetadataInput;
  PlanWhere: PlanWhere;
  PreviewItem: Omit<PreviewItem, 'into'> & { into?: Maybe<ResolversParentTypes['Node']> };
  Project: ProjectModel;
  ProjectConnection: Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectEdge']> };
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectWhere: ProjectWhere;
  PublishPreview: Omit<PublishPreview, 'added' | 'merged'> & { added: Array<ResolversParentTypes['PreviewItem']>, merged: Array<ResolversParentTypes['PreviewItem']> };
  Query: Record<PropertyKey, never>;
  Recommendation: RecommendationModel;
  RecommendationHitRate: Omit<RecommendationHitRate, 'rows' | 'total'> & { rows: Array<ResolversParentTypes['HitRateRow']>, total: ResolversParentTypes['HitRateRow'] };
  RecordActualInput: RecordActualInput;
  RecordActualPayload: Omit<RecordActualPayload, 'actual' | 'target'> & { actual: ResolversParentTypes['Actual'], target: ResolversParentTypes['Target'] };
  ReviewCandidateInput: ReviewCandidateInput;
  ReviewDecision: DecisionModel;
  ReviewProgress: ReviewProgress;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  Section: SectionModel;
  Sector: SectorModel;
  SignInResult: SignInResultModel;
  Source: SourceModel;
  StageCount: StageCount;
  StageDateInput: StageDateInput;
  Stance: StanceModel;
  String: Scalars['String']['output'];
  SystemInfo: SystemInfoModel;
  Target: TargetModel;
  TargetWhere: TargetWhere;
  User: UserModel;
  Viewer: ViewerModel;
  Watch: Watch;
  WhatIf: Omit<WhatIf, 'chains' | 'enterprise' | 'place'> & { chains: Array<ResolversParentTypes['WhatIfChain']>, enterprise: ResolversParentTypes['Enterprise'], place: ResolversParentTypes['Place'] };
  WhatIfChain: Omit<WhatIfChain, 'chain' | 'closedLinks'> & { chain: ResolversParentTypes['Chain'], closedLinks: Array<ResolversParentTypes['ChainLink']> };
}>;

export type AcceptedCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AcceptedCount'] = ResolversParentTypes['AcceptedCount']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  review?: Resolver<Array<ResolversTypes['ReviewProgress']>, ParentType, ContextType>;
}>;

export type ActualResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actual'] = ResolversParentTypes['Actual']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AlertKind'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate']> = ResolversObject<{
  carrierKind?: Resolver<Maybe<ResolversTypes['ClusterKind']>, ParentType, ContextType>;
  chain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  growthPct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CandidateKind'], ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  metric?: Resolver<Maybe<ResolversTypes['TargetMetric']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['ChainStage']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CandidateStatus'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CandidateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CandidateConnection'] = ResolversParentTypes['CandidateConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Candidate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['SectorCategory'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Chain'] = ResolversParentTypes['Chain']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChainComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainComparison'] = ResolversParentTypes['ChainComparison']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['LinkComparison']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['PlaceCoverage']>, ParentType, ContextType>;
}>;

export type ChainGapsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainGaps'] = ResolversParentTypes['ChainGaps']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['LinkGap']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
}>;

export type ChainLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainLink'] = ResolversParentTypes['ChainLink']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  enterprisesPage?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, RequireFields<ChainLinkEnterprisesPageArgs, 'first'>>;
  fedBy?: Resolver<Array<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  feeds?: Resolver<Array<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['ChainStage'], ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClusterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = ResolversObject<{
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClusterKind'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tierYi?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClusterTierProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClusterTierProgress'] = ResolversParentTypes['ClusterTierProgress']> = ResolversObject<{
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tierYi?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComparedFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComparedFact'] = ResolversParentTypes['ComparedFact']> = ResolversObject<{
  chain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstQuote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CandidateKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secondQuote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ComparedPlaceRoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComparedPlaceRole'] = ResolversParentTypes['ComparedPlaceRole']> = ResolversObject<{
  firstQuote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  secondQuote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secondRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ComparedTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComparedTarget'] = ResolversParentTypes['ComparedTarget']> = ResolversObject<{
  first?: Resolver<Maybe<ResolversTypes['Target']>, ParentType, ContextType>;
  firstQuote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  second?: Resolver<Maybe<ResolversTypes['Target']>, ParentType, ContextType>;
  secondQuote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConsistencyFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsistencyFinding'] = ResolversParentTypes['ConsistencyFinding']> = ResolversObject<{
  check?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ConsistencyFindingCheckArgs, 'language'>>;
  computed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  consistent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  difference?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ConsistencyFindingExplanationArgs, 'language'>>;
  partSources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stated?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  statedSources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  masked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CreateLeadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateLeadPayload'] = ResolversParentTypes['CreateLeadPayload']> = ResolversObject<{
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
}>;

export type CypherResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CypherResult'] = ResolversParentTypes['CypherResult']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<Array<Maybe<ResolversTypes['JSON']>>>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DatabaseInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatabaseInfo'] = ResolversParentTypes['DatabaseInfo']> = ResolversObject<{
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  embedded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnterpriseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  carriers?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interactions?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EnterpriseKind'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Lead']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operatesIn?: Resolver<Array<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EnterpriseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterpriseConnection'] = ResolversParentTypes['EnterpriseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EnterpriseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnterpriseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnterpriseEdge'] = ResolversParentTypes['EnterpriseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
}>;

export type FeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Feed'] = ResolversParentTypes['Feed']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['FeedItem']>, ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type FeedItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FeedItem'] = ResolversParentTypes['FeedItem']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FeedItemKind'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FunnelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Funnel'] = ResolversParentTypes['Funnel']> = ResolversObject<{
  lost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['FunnelStage']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FunnelStageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FunnelStage'] = ResolversParentTypes['FunnelStage']> = ResolversObject<{
  conversion?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meanDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['LeadStage'], ParentType, ContextType>;
}>;

export type HitRateRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HitRateRow'] = ResolversParentTypes['HitRateRow']> = ResolversObject<{
  chain?: Resolver<Maybe<ResolversTypes['Chain']>, ParentType, ContextType>;
  leadRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  producing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  producingRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recommended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signedRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ImportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Import'] = ResolversParentTypes['Import']> = ResolversObject<{
  aliasesAdded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  encoding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterprisesCreated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ImportFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ignoredColumnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ignoredColumns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipsCreated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsIntoExisting?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rowsWritten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sheet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportStatus'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportCheck'] = ResolversParentTypes['ImportCheck']> = ResolversObject<{
  createdExamples?: Resolver<Array<ResolversTypes['ImportExample']>, ParentType, ContextType>;
  duplicateRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  encoding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterprisesToCreate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprisesToMerge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ImportFormat'], ParentType, ContextType>;
  ignoredColumnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ignoredColumns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mergedExamples?: Resolver<Array<ResolversTypes['ImportExample']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ImportCheckProblemsArgs, 'language'>>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportExampleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportExample'] = ResolversParentTypes['ImportExample']> = ResolversObject<{
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  into?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = ResolversObject<{
  enterprisesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchedExisting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipsCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InteractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InteractionKind'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  nextAction?: Resolver<Maybe<ResolversTypes['NextAction']>, ParentType, ContextType>;
  ours?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['Officer'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theirs?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
}>;

export type InteractionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InteractionPayload'] = ResolversParentTypes['InteractionPayload']> = ResolversObject<{
  interaction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
}>;

export type IssuedTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IssuedToken'] = ResolversParentTypes['IssuedToken']> = ResolversObject<{
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LeadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['LeadFigures'], ParentType, ContextType>;
  chain?: Resolver<Maybe<ResolversTypes['Chain']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  daysInStage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['LeadEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inTeam?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interactions?: Resolver<Array<ResolversTypes['Interaction']>, ParentType, ContextType, RequireFields<LeadInteractionsArgs, 'first'>>;
  lastInteraction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  lostReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lostTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAction?: Resolver<Maybe<ResolversTypes['NextAction']>, ParentType, ContextType>;
  nextStages?: Resolver<Array<ResolversTypes['LeadStage']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['LeadOrigin'], ParentType, ContextType>;
  originDetail?: Resolver<ResolversTypes['LeadOriginDetail'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Officer'], ParentType, ContextType>;
  pausedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['LeadFigures'], ParentType, ContextType>;
  resumeBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['LeadStage'], ParentType, ContextType>;
  stageBefore?: Resolver<Maybe<ResolversTypes['LeadStage']>, ParentType, ContextType>;
  stageDates?: Resolver<Array<ResolversTypes['LeadStageDate']>, ParentType, ContextType>;
  stageSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LeadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
}>;

export type LeadEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadEvent'] = ResolversParentTypes['LeadEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['Officer'], ParentType, ContextType>;
  fromOwner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromStage?: Resolver<Maybe<ResolversTypes['LeadStage']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LeadEventKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousLinkStatus?: Resolver<Maybe<ResolversTypes['LinkStatus']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toOwner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStage?: Resolver<Maybe<ResolversTypes['LeadStage']>, ParentType, ContextType>;
}>;

export type LeadFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadFigures'] = ResolversParentTypes['LeadFigures']> = ResolversObject<{
  annualOutput?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  investment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  jobs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type LeadOriginDetailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadOriginDetail'] = ResolversParentTypes['LeadOriginDetail']> = ResolversObject<{
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['LeadOrigin'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type LeadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadPayload'] = ResolversParentTypes['LeadPayload']> = ResolversObject<{
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
}>;

export type LeadStageDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadStageDate'] = ResolversParentTypes['LeadStageDate']> = ResolversObject<{
  actual?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  planned?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['LeadStage'], ParentType, ContextType>;
}>;

export type LinkComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkComparison'] = ResolversParentTypes['LinkComparison']> = ResolversObject<{
  link?: Resolver<ResolversTypes['ChainLink'], ParentType, ContextType>;
  statuses?: Resolver<Array<ResolversTypes['LinkStatus']>, ParentType, ContextType>;
}>;

export type LinkCriticalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkCriticality'] = ResolversParentTypes['LinkCriticality']> = ResolversObject<{
  blockedClusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  blockedLinks?: Resolver<Array<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  link?: Resolver<ResolversTypes['ChainLink'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<LinkCriticalityReasonsArgs, 'language'>>;
  sameLinkMissingIn?: Resolver<Array<ResolversTypes['Chain']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
}>;

export type LinkGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkGap'] = ResolversParentTypes['LinkGap']> = ResolversObject<{
  activeLeads?: Resolver<Array<ResolversTypes['Lead']>, ParentType, ContextType>;
  link?: Resolver<ResolversTypes['ChainLink'], ParentType, ContextType>;
  localEnterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  localEnterprisesPage?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, RequireFields<LinkGapLocalEnterprisesPageArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LinkStatus'], ParentType, ContextType>;
  targetEnterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptCandidates?: Resolver<ResolversTypes['AcceptedCount'], ParentType, ContextType, RequireFields<MutationAcceptCandidatesArgs, 'kind' | 'minConfidence' | 'plan'>>;
  addCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<MutationAddCandidateArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'newPassword' | 'oldPassword'>>;
  checkImport?: Resolver<ResolversTypes['ImportCheck'], ParentType, ContextType, RequireFields<MutationCheckImportArgs, 'input'>>;
  completeNextAction?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationCompleteNextActionArgs, 'interaction'>>;
  createLead?: Resolver<ResolversTypes['CreateLeadPayload'], ParentType, ContextType, RequireFields<MutationCreateLeadArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  disableUser?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'username'>>;
  follow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationFollowArgs, 'id'>>;
  handOverLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationHandOverLeadArgs, 'id' | 'to' | 'version'>>;
  importEnterprises?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportEnterprisesArgs, 'csv' | 'fileName'>>;
  ingestPlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationIngestPlanArgs, 'input'>>;
  markFeedSeen?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  moveLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationMoveLeadArgs, 'id' | 'stage' | 'version'>>;
  publishPlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationPublishPlanArgs, 'plan'>>;
  recordActual?: Resolver<ResolversTypes['RecordActualPayload'], ParentType, ContextType, RequireFields<MutationRecordActualArgs, 'input'>>;
  recordInteraction?: Resolver<ResolversTypes['InteractionPayload'], ParentType, ContextType, RequireFields<MutationRecordInteractionArgs, 'input'>>;
  reviewCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<MutationReviewCandidateArgs, 'input'>>;
  revokeMyToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeMyTokenArgs, 'id'>>;
  runImport?: Resolver<ResolversTypes['Import'], ParentType, ContextType, RequireFields<MutationRunImportArgs, 'input'>>;
  setUserPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSetUserPasswordArgs, 'password' | 'username'>>;
  signIn?: Resolver<ResolversTypes['SignInResult'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'username'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  undoImport?: Resolver<ResolversTypes['Import'], ParentType, ContextType, RequireFields<MutationUndoImportArgs, 'id'>>;
  unfollow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnfollowArgs, 'id'>>;
  updateLeadFigures?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationUpdateLeadFiguresArgs, 'id' | 'version'>>;
  updatePlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationUpdatePlanArgs, 'input'>>;
  withdrawPlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationWithdrawPlanArgs, 'plan'>>;
}>;

export type NextActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NextAction'] = ResolversParentTypes['NextAction']> = ResolversObject<{
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  interactionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actual' | 'Candidate' | 'Category' | 'Chain' | 'ChainLink' | 'Cluster' | 'Enterprise' | 'Import' | 'Lead' | 'Place' | 'Plan' | 'Project' | 'ReviewDecision' | 'Section' | 'Sector' | 'Stance' | 'Target', ParentType, ContextType>;
}>;

export type OfficerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Officer'] = ResolversParentTypes['Officer']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType>;
  childrenPage?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, RequireFields<PlaceChildrenPageArgs, 'first'>>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inHenan?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['PlaceLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlaceCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceCoverage'] = ResolversParentTypes['PlaceCoverage']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  targeted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlaceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
}>;

export type PlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = ResolversObject<{
  candidates?: Resolver<ResolversTypes['CandidateConnection'], ParentType, ContextType, RequireFields<PlanCandidatesArgs, 'first'>>;
  chains?: Resolver<Array<ResolversTypes['Chain']>, ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['PlanKindCount']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['ReviewDecision']>, ParentType, ContextType, RequireFields<PlanDecisionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  ingestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publishPreview?: Resolver<ResolversTypes['PublishPreview'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  review?: Resolver<Array<ResolversTypes['ReviewProgress']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlanComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanComparison'] = ResolversParentTypes['PlanComparison']> = ResolversObject<{
  both?: Resolver<Array<ResolversTypes['ComparedFact']>, ParentType, ContextType>;
  first?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  onlyFirst?: Resolver<Array<ResolversTypes['ComparedFact']>, ParentType, ContextType>;
  onlySecond?: Resolver<Array<ResolversTypes['ComparedFact']>, ParentType, ContextType>;
  placeRoles?: Resolver<Array<ResolversTypes['ComparedPlaceRole']>, ParentType, ContextType>;
  second?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['ComparedTarget']>, ParentType, ContextType>;
}>;

export type PlanConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanConnection'] = ResolversParentTypes['PlanConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlanKindCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanKindCount'] = ResolversParentTypes['PlanKindCount']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CandidateKind'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PreviewItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PreviewItem'] = ResolversParentTypes['PreviewItem']> = ResolversObject<{
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  into?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CandidateKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  capacity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['Cluster']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type PublishPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublishPreview'] = ResolversParentTypes['PublishPreview']> = ResolversObject<{
  added?: Resolver<Array<ResolversTypes['PreviewItem']>, ParentType, ContextType>;
  blockers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  merged?: Resolver<Array<ResolversTypes['PreviewItem']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  alerts?: Resolver<Array<ResolversTypes['Alert']>, ParentType, ContextType, Partial<QueryAlertsArgs>>;
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  chainCoverage?: Resolver<Array<ResolversTypes['PlaceCoverage']>, ParentType, ContextType, RequireFields<QueryChainCoverageArgs, 'chain'>>;
  chainGaps?: Resolver<ResolversTypes['ChainGaps'], ParentType, ContextType, RequireFields<QueryChainGapsArgs, 'chain'>>;
  chains?: Resolver<Array<ResolversTypes['Chain']>, ParentType, ContextType, Partial<QueryChainsArgs>>;
  clusterProgress?: Resolver<Array<ResolversTypes['ClusterTierProgress']>, ParentType, ContextType, Partial<QueryClusterProgressArgs>>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType, Partial<QueryClustersArgs>>;
  compareChain?: Resolver<ResolversTypes['ChainComparison'], ParentType, ContextType, RequireFields<QueryCompareChainArgs, 'chain' | 'places'>>;
  comparePlans?: Resolver<ResolversTypes['PlanComparison'], ParentType, ContextType, RequireFields<QueryComparePlansArgs, 'first' | 'second'>>;
  criticalLinks?: Resolver<Array<ResolversTypes['LinkCriticality']>, ParentType, ContextType, RequireFields<QueryCriticalLinksArgs, 'first'>>;
  cypher?: Resolver<ResolversTypes['CypherResult'], ParentType, ContextType, RequireFields<QueryCypherArgs, 'limit' | 'query'>>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, RequireFields<QueryEnterprisesArgs, 'first'>>;
  feed?: Resolver<ResolversTypes['Feed'], ParentType, ContextType>;
  funnel?: Resolver<ResolversTypes['Funnel'], ParentType, ContextType, Partial<QueryFunnelArgs>>;
  imports?: Resolver<Array<ResolversTypes['Import']>, ParentType, ContextType, RequireFields<QueryImportsArgs, 'first'>>;
  leadStageCounts?: Resolver<Array<ResolversTypes['StageCount']>, ParentType, ContextType, Partial<QueryLeadStageCountsArgs>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<QueryLeadsArgs>>;
  myTokens?: Resolver<Array<ResolversTypes['IssuedToken']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  pipelineAudit?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryPipelineAuditArgs, 'first'>>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<QueryPlacesArgs>>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, Partial<QueryPlanArgs>>;
  planConsistency?: Resolver<Array<ResolversTypes['ConsistencyFinding']>, ParentType, ContextType>;
  plans?: Resolver<ResolversTypes['PlanConnection'], ParentType, ContextType, RequireFields<QueryPlansArgs, 'first'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, RequireFields<QueryProjectsArgs, 'first'>>;
  province?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  recommendTargets?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<QueryRecommendTargetsArgs, 'first' | 'place'>>;
  recommendationHitRate?: Resolver<ResolversTypes['RecommendationHitRate'], ParentType, ContextType, Partial<QueryRecommendationHitRateArgs>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType, Partial<QuerySectorsArgs>>;
  system?: Resolver<ResolversTypes['SystemInfo'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType, Partial<QueryTargetsArgs>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  watchlist?: Resolver<Array<ResolversTypes['Watch']>, ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['WhatIf'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'enterprise' | 'place'>>;
}>;

export type RecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  fillsLinks?: Resolver<Array<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RecommendationReasonsArgs, 'language'>>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RecommendationHitRateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecommendationHitRate'] = ResolversParentTypes['RecommendationHitRate']> = ResolversObject<{
  rows?: Resolver<Array<ResolversTypes['HitRateRow']>, ParentType, ContextType>;
  topPerLink?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['HitRateRow'], ParentType, ContextType>;
}>;

export type RecordActualPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordActualPayload'] = ResolversParentTypes['RecordActualPayload']> = ResolversObject<{
  actual?: Resolver<ResolversTypes['Actual'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
}>;

export type ReviewDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewDecision'] = ResolversParentTypes['ReviewDecision']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ReviewAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  candidate?: Resolver<Maybe<ResolversTypes['Candidate']>, ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReviewProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewProgress'] = ResolversParentTypes['ReviewProgress']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CandidateKind'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SectorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sector'] = ResolversParentTypes['Sector']> = ResolversObject<{
  carriers?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['SectorCategory'], ParentType, ContextType>;
  chains?: Resolver<Array<ResolversTypes['Chain']>, ParentType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyProjectCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SignInResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignInResult'] = ResolversParentTypes['SignInResult']> = ResolversObject<{
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StageCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StageCount'] = ResolversParentTypes['StageCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['LeadStage'], ParentType, ContextType>;
}>;

export type StanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stance'] = ResolversParentTypes['Stance']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StanceRole'], ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  verb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SystemInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SystemInfo'] = ResolversParentTypes['SystemInfo']> = ResolversObject<{
  database?: Resolver<ResolversTypes['DatabaseInfo'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = ResolversObject<{
  actuals?: Resolver<Array<ResolversTypes['Actual']>, ParentType, ContextType>;
  attainment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  growthPct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impliedBaseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TargetMetric'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  locked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  canWrite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Watch'] = ResolversParentTypes['Watch']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WatchKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type WhatIfResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhatIf'] = ResolversParentTypes['WhatIf']> = ResolversObject<{
  chains?: Resolver<Array<ResolversTypes['WhatIfChain']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
}>;

export type WhatIfChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhatIfChain'] = ResolversParentTypes['WhatIfChain']> = ResolversObject<{
  chain?: Resolver<ResolversTypes['Chain'], ParentType, ContextType>;
  closedLinks?: Resolver<Array<ResolversTypes['ChainLink']>, ParentType, ContextType>;
  coverageAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  coverageBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AcceptedCount?: AcceptedCountResolvers<ContextType>;
  Actual?: ActualResolvers<ContextType>;
  Alert?: AlertResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  CandidateConnection?: CandidateConnectionResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  ChainComparison?: ChainComparisonResolvers<ContextType>;
  ChainGaps?: ChainGapsResolvers<ContextType>;
  ChainLink?: ChainLinkResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterTierProgress?: ClusterTierProgressResolvers<ContextType>;
  ComparedFact?: ComparedFactResolvers<ContextType>;
  ComparedPlaceRole?: ComparedPlaceRoleResolvers<ContextType>;
  ComparedTarget?: ComparedTargetResolvers<ContextType>;
  ConsistencyFinding?: ConsistencyFindingResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  CreateLeadPayload?: CreateLeadPayloadResolvers<ContextType>;
  CypherResult?: CypherResultResolvers<ContextType>;
  DatabaseInfo?: DatabaseInfoResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  Feed?: FeedResolvers<ContextType>;
  FeedItem?: FeedItemResolvers<ContextType>;
  Funnel?: FunnelResolvers<ContextType>;
  FunnelStage?: FunnelStageResolvers<ContextType>;
  HitRateRow?: HitRateRowResolvers<ContextType>;
  Import?: ImportResolvers<ContextType>;
  ImportCheck?: ImportCheckResolvers<ContextType>;
  ImportExample?: ImportExampleResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionPayload?: InteractionPayloadResolvers<ContextType>;
  IssuedToken?: IssuedTokenResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadEvent?: LeadEventResolvers<ContextType>;
  LeadFigures?: LeadFiguresResolvers<ContextType>;
  LeadOriginDetail?: LeadOriginDetailResolvers<ContextType>;
  LeadPayload?: LeadPayloadResolvers<ContextType>;
  LeadStageDate?: LeadStageDateResolvers<ContextType>;
  LinkComparison?: LinkComparisonResolvers<ContextType>;
  LinkCriticality?: LinkCriticalityResolvers<ContextType>;
  LinkGap?: LinkGapResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NextAction?: NextActionResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Officer?: OfficerResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceCoverage?: PlaceCoverageResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanComparison?: PlanComparisonResolvers<ContextType>;
  PlanConnection?: PlanConnectionResolvers<ContextType>;
  PlanKindCount?: PlanKindCountResolvers<ContextType>;
  PreviewItem?: PreviewItemResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  PublishPreview?: PublishPreviewResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationHitRate?: RecommendationHitRateResolvers<ContextType>;
  RecordActualPayload?: RecordActualPayloadResolvers<ContextType>;
  ReviewDecision?: ReviewDecisionResolvers<ContextType>;
  ReviewProgress?: ReviewProgressResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  Sector?: SectorResolvers<ContextType>;
  SignInResult?: SignInResultResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StageCount?: StageCountResolvers<ContextType>;
  Stance?: StanceResolvers<ContextType>;
  SystemInfo?: SystemInfoResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Watch?: WatchResolvers<ContextType>;
  WhatIf?: WhatIfResolvers<ContextType>;
  WhatIfChain?: WhatIfChainResolvers<ContextType>;
}>;

