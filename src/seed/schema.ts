import { z } from 'zod';

/** One piece of provenance: a verbatim quote with its section, or a curator's note. */
export const sourceSchema = z.union([
  z.object({ section: z.string().min(1), quote: z.string().min(1) }).strict(),
  z.object({ curated: z.string().min(1) }).strict(),
]);
const sources = z.array(sourceSchema).min(1, 'needs at least one source (a quote or a curated note)');

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lowercase ASCII key such as camera-module');
const name = z.string().trim().min(1);
const aliases = z.array(name).default([]);

export const CATEGORY_KEYS = ['HIGH_GROWTH', 'STRATEGIC_EMERGING', 'TRADITIONAL_PILLAR', 'PRODUCER_SERVICE'] as const;
export const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
export const PLACE_LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'DISTRICT', 'ZONE', 'REGION'] as const;
export const ROLES = ['LOCAL', 'TARGET', 'PARTNER', 'BRAND'] as const;
/** What a carrier (载体) is, by the word the text uses for it; a tiered one is always a CLUSTER. */
export const CARRIER_KINDS = [
  'CLUSTER',
  'BASE',
  'PARK',
  'ZONE',
  'DEMONSTRATION_CITY',
  'PROGRAMME_SITE',
  'HUB',
] as const;
/** The rank the text gives a carrier. */
export const CARRIER_LEVELS = ['世界级', '国家级', '省级'] as const;
/** What an organisation is: a company unless the seed says otherwise. */
export const ORGANISATION_KINDS = ['COMPANY', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'PUBLIC_BODY'] as const;
export const METRICS = [
  'REVENUE',
  'VALUE_ADDED',
  'OUTPUT',
  'CAPACITY',
  'KEY_PROJECTS',
  'INVESTMENT',
  'CLUSTERS',
  'ENTERPRISES',
  'COUNT',
  'RATE',
] as const;
import { TIERS } from '../cluster/tiers.js';

export { TIERS };

/** `chain/link`, the way files refer to a chain link. */
const linkRef = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a link reference such as smartphone/camera-module');
/** A link or a sector that a fact concerns: exactly one of the two. */
const concern = { link: linkRef.optional(), sector: key.optional() };

export const placeSchema = z
  .object({
    name,
    /** The GB/T 2260 code (or a development zone's statistical code) of an administrative place. */
    code: z
      .string()
      .regex(/^\d{6}$/, 'a six-digit GB/T 2260 code such as 410100')
      .optional(),
    fullName: name.optional(),
    aliases,
    nameEn: name.optional(),
    level: z.enum(PLACE_LEVELS),
    parent: name.optional(),
    inHenan: z.boolean(),
    sources,
  })
  .strict();

const linkSchema = z
  .object({
    key,
    name,
    aliases,
    group: name.optional(),
    nameEn: name.optional(),
    stage: z.enum(STAGES),
    feeds: z.array(key).default([]),
    sources,
  })
  .strict();

const chainSchema = z
  .object({
    key,
    name,
    aliases,
    nameEn: name.optional(),
    sources,
    links: z.array(linkSchema).min(1, 'a chain needs links'),
  })
  .strict();

const enterpriseSchema = z
  .object({
    name,
    aliases,
    nameEn: name.optional(),
    kind: z.enum(ORGANISATION_KINDS).default('COMPANY'),
    places: z.array(z.object({ place: name, sources }).strict()).default([]),
    operatesIn: z.array(z.object({ ...concern, sources }).strict()).default([]),
    sources,
  })
  .strict();

const stanceSchema = z.object({ enterprise: name, role: z.enum(ROLES), verb: name, ...concern, sources }).strict();

const clusterSchema = z
  .object({
    name,
    kind: z.enum(CARRIER_KINDS).default('CLUSTER'),
    tier: z.enum(Object.keys(TIERS) as [keyof typeof TIERS]).optional(),
    level: z.enum(CARRIER_LEVELS).optional(),
    place: name.optional(),
    places: z.array(name).min(2, 'give `place` for one place, `places` for two or more').optional(),
    sector: key.optional(),
    links: z.array(linkRef).default([]),
    enterprises: z.array(name).default([]),
    sources,
  })
  .strict()
  .refine((c) => !!c.place !== !!c.places, { message: 'give exactly one of `place` and `places`' })
  .refine((c) => !c.tier || c.kind === 'CLUSTER', {
    message: 'a carrier with a tier is a CLUSTER (the plan counts it among its clusters)',
  });

const projectSchema = z
  .object({
    name,
    enterprise: name.optional(),
    capacity: name.optional(),
    place: name.optional(),
    link: linkRef.optional(),
    sector: key.optional(),
    cluster: name.optional(),
    sources,
  })
  .strict();

/** What a target is for: `province`, `category:HIGH_GROWTH`, `sector:<key>`, `cluster:<name>`, `place:<name>`. */
const subject = z
  .string()
  .regex(
    /^(province|(category|sector|cluster|place):.+)$/,
    'province, category:<KEY>, sector:<key>, cluster:<name> or place:<name>',
  );

const targetSchema = z
  .object({
    key,
    metric: z.enum(METRICS),
    label: name,
    value: z.number().nullable(),
    valueMax: z.number().nullable().optional(),
    unit: name,
    text: z.string().nullable().optional(),
    year: z.number().int().min(2000).max(2100),
    growthPct: z.number().nullable().optional(),
    subject,
    sources,
  })
  .strict();

/** The parts every data file may have. */
const facts = {
  places: z.array(placeSchema).default([]),
  chains: z.array(chainSchema).default([]),
  enterprises: z.array(enterpriseSchema).default([]),
  stances: z.array(stanceSchema).default([]),
  clusters: z.array(clusterSchema).default([]),
  projects: z.array(projectSchema).default([]),
  targets: z.array(targetSchema).default([]),
};

export const sectorFileSchema = z
  .object({
    sector: z
      .object({ key, name, nameEn: name.optional(), category: z.enum(CATEGORY_KEYS), section: name, sources })
      .strict(),
    ...facts,
  })
  .strict();

export const planFileSchema = z
  .object({
    plan: z
      .object({ key, title: name, issuer: name, date: z.union([z.string(), z.date()]).transform(String), sources })
      .strict(),
    categories: z.array(
      z.object({ key: z.enum(CATEGORY_KEYS), name, nameEn: name.optional(), aliases, section: name, sources }).strict(),
    ),
    sections: z.array(z.object({ code: name, title: name, parent: name.optional(), sources }).strict()),
    ...facts,
  })
  .strict();

/** Files without a plan or sector record of their own: places.yaml, measures.yaml. */
export const factsFileSchema = z.object(facts).strict();

export type Source = z.infer<typeof sourceSchema>;
export type PlaceEntry = z.infer<typeof placeSchema>;
export type SectorFile = z.infer<typeof sectorFileSchema>;
export type PlanFile = z.infer<typeof planFileSchema>;
export type FactsFile = z.infer<typeof factsFileSchema>;
