import type { Database } from '../src/db/database.js';
import { toGlobalId, type NodeKind } from '../src/ids.js';
import type { Logger } from '../src/logger.js';
import {
  CREATE_NODES,
  CREATE_RELS,
  DELETE_GENERATED,
  DELETE_ORPHAN_NAME_KEYS,
  GENERATED_NAME_KEYS,
  SEEDED_REFERENCES,
} from './generate.cypher.js';
import { mulberry32, zipf } from './random.js';

/** The 31 provinces of the mainland; their cities and counties are generated. */
export const PROVINCES = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
];
const TIERS = [
  ['百亿级', 100, 0.7],
  ['千亿级', 1000, 0.25],
  ['2000亿级', 2000, 0.04],
  ['万亿级', 10000, 0.01],
] as const;

export type ScaleOptions = { enterprises: number; seed?: number; chains?: number; batchSize?: number };
export type ScaleReport = { nodes: number; relationships: number; ms: number };

type Row = { id: string; label: NodeKind; props: Record<string, unknown> };
type Rel = { from: string; type: string; to: string };

/**
 * Writes a deterministic national graph beside the seeded plan: every province with
 * generated cities and counties, generated chains, N enterprises spread over places and
 * links with Zipf-like popularity, clusters and targets. Everything it writes is marked
 * `generated: true` and says so in its provenance; running it again replaces it.
 */
export async function generateScale(db: Database, options: ScaleOptions, log: Logger): Promise<ScaleReport> {
  const started = Date.now();
  const random = mulberry32(options.seed ?? 2015);
  const batch = options.batchSize ?? 5000;
  const nodes: Row[] = [];
  const rels: Rel[] = [];
  let position = 100_000;
  const node = (label: NodeKind, key: string, props: Record<string, unknown>) => {
    const id = toGlobalId(label, key);
    nodes.push({
      id,
      label,
      props: {
        id,
        kind: label,
        key,
        position: position++,
        generated: true,
        sourceSections: [''],
        sourceQuotes: [''],
        sourceNotes: ['Synthetic data for benchmarks (npm run gen:scale); not from the plan.'],
        ...props,
      },
    });
    return id;
  };

  await db.schema(DELETE_GENERATED);
  await db.schema(DELETE_ORPHAN_NAME_KEYS);
  const [ref] = await db.read<{ henanPlaces: string[]; links: string[]; sectors: string[] }>(SEEDED_REFERENCES);
  // The graph holds the whole country's provinces (GB/T 2260, ids by code except those the seed declares): reuse them by name.
  const seededProvinces = new Map(
    (
      await db.read<{ name: string; id: string }>(
        "MATCH (p:Place {level: 'PROVINCE'}) RETURN p.name AS name, p.id AS id",
      )
    ).map((r) => [r.name, r.id]),
  );

  // Places: provinces (reusing seeded ones), their cities and counties.
  const counties: string[] = [...ref!.henanPlaces];
  const cities: string[] = [];
  for (const province of PROVINCES) {
    const provinceId =
      seededProvinces.get(province) ??
      node('Place', province, { name: province, level: 'PROVINCE', inHenan: false, aliases: [] });
    if (province === '河南') continue;
    const cityCount = 8 + Math.floor(random() * 10);
    for (let c = 1; c <= cityCount; c++) {
      const cityName = `${province}第${c}市`;
      const city = node('Place', cityName, { name: cityName, level: 'CITY', inHenan: false, aliases: [] });
      rels.push({ from: city, type: 'PART_OF', to: provinceId });
      cities.push(city);
      const countyCount = 5 + Math.floor(random() * 10);
      for (let k = 1; k <= countyCount; k++) {
        const countyName = `${cityName}第${k}县`;
        const county = node('Place', countyName, { name: countyName, level: 'COUNTY', inHenan: false, aliases: [] });
        rels.push({ from: county, type: 'PART_OF', to: city });
        counties.push(county);
      }
    }
  }

  // Chains beside the seeded ones.
  const links: string[] = [...ref!.links];
  for (let c = 1; c <= (options.chains ?? 150); c++) {
    const chain = node('Chain', `gen-chain-${c}`, { name: `产业链${c}`, nameEn: `Generated chain ${c}` });
    rels.push({ from: chain, type: 'IN_SECTOR', to: ref!.sectors[c % ref!.sectors.length]! });
    const size = 6 + Math.floor(random() * 7);
    let previous: string | undefined;
    for (let l = 1; l <= size; l++) {
      const stage = l <= size / 3 ? 'UPSTREAM' : l <= (2 * size) / 3 ? 'MIDSTREAM' : 'DOWNSTREAM';
      const link = node('ChainLink', `gen-chain-${c}/link-${l}`, { name: `产业链${c}环节${l}`, stage });
      rels.push({ from: link, type: 'IN_CHAIN', to: chain });
      if (previous) rels.push({ from: previous, type: 'FEEDS', to: link });
      previous = link;
      links.push(link);
    }
  }

  // Clusters and targets of the generated cities.
  for (const [i, city] of cities.entries()) {
    const clusterCount = Math.floor(random() * 3);
    for (let k = 0; k < clusterCount; k++) {
      const x = random();
      const [tier, tierYi] = TIERS.find((_t, j) => x < TIERS.slice(0, j + 1).reduce((s, t) => s + t[2], 0)) ?? TIERS[0];
      const cluster = node('Cluster', `gen-cluster-${i}-${k}`, { name: `集群${i}-${k}`, tier, tierYi });
      rels.push(
        { from: cluster, type: 'LOCATED_IN', to: city },
        { from: cluster, type: 'IN_SECTOR', to: ref!.sectors[Math.floor(random() * ref!.sectors.length)]! },
      );
    }
    const target = node('Target', `gen-target-${i}`, {
      metric: 'REVENUE',
      label: '规模以上主营业务收入',
      value: Math.round(500 + random() * 5000),
      unit: '亿元',
      year: 2015,
      growthPct: Math.round(random() * 200) / 10,
    });
    rels.push({ from: target, type: 'FOR', to: city });
  }
  await writeAll(db, nodes.splice(0), rels.splice(0), batch, log, 'places, chains, clusters');

  // Enterprises, written as they are drawn so memory stays flat. Popularity ranks are
  // shuffled, so the plan's own places and links are neither all popular nor all rare.
  shuffle(counties, random);
  shuffle(links, random);
  const drawPlace = zipf(counties.length, 0.8, random);
  const drawLink = zipf(links.length, 1.1, random);
  for (let e = 1; e <= options.enterprises; e++) {
    const id = node('Enterprise', `gen-enterprise-${e}`, { name: `企业${e}有限公司`, aliases: [`企业${e}`] });
    rels.push({ from: id, type: 'LOCATED_IN', to: counties[drawPlace()]! });
    const operates = new Set<string>();
    for (let k = 1 + Math.floor(random() * 3); k > 0; k--) operates.add(links[drawLink()]!);
    for (const link of operates) rels.push({ from: id, type: 'OPERATES_IN', to: link });
    const x = random();
    if (x < 0.08) {
      const link = links[drawLink()]!;
      const stance = node('Stance', `gen-stance-${e}`, {
        role: x < 0.03 ? 'TARGET' : 'LOCAL',
        verb: x < 0.03 ? '引进' : '支持',
      });
      rels.push({ from: stance, type: 'ABOUT', to: id }, { from: stance, type: 'CONCERNS', to: link });
    }
    if (nodes.length >= batch * 4 || e === options.enterprises) {
      await writeAll(db, nodes.splice(0), rels.splice(0), batch, log, `enterprises ${e}/${options.enterprises}`);
    }
  }
  await db.autoCommit(GENERATED_NAME_KEYS);
  log.info("gen:scale: name keys of the enterprises' aliases");
  const [counts] = await db.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n:Entity {generated: true}) RETURN count(n) AS nodes } CALL () { MATCH ()-[r {generated: true}]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { ...counts!, ms: Date.now() - started };
}

async function writeAll(
  db: Database,
  nodes: Row[],
  rels: Rel[],
  batch: number,
  log: Logger,
  what: string,
): Promise<void> {
  for (let i = 0; i < nodes.length; i += batch)
    await db.writeTx((tx) => tx.run(CREATE_NODES, { rows: nodes.slice(i, i + batch) }));
  for (let i = 0; i < rels.length; i += batch)
    await db.writeTx((tx) => tx.run(CREATE_RELS, { rows: rels.slice(i, i + batch) }));
  log.info(`gen:scale: ${what}`);
}

/** Fisher-Yates, with the generator's own random numbers. */
function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
