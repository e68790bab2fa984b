import { buildGraph } from '../../seed/build.js';
import { readSeedFiles } from '../../seed/read.js';
import { divisions, functionalZones, supersededDivisions } from '../../place/divisions.js';
import { NAME_KEYED_PLACES, placeIdOf } from '../../place/ids.js';
import type { OrganisationKind, Stage, Vocabulary, VocabPlace } from './types.js';

/**
 * Regions the genre names that are no administrative division: 黄河流域, 长三角 …
 * (the seed adds its own: 豫西, 闽东南 …).
 */
export const REGIONS = [
  '黄河流域',
  '长江经济带',
  '长江流域',
  '长三角',
  '长江三角洲',
  '珠三角',
  '珠江三角洲',
  '京津冀',
  '粤港澳大湾区',
  '成渝地区双城经济圈',
  '成渝',
  '环渤海',
  '东北地区',
  '中原城市群',
  '中原经济区',
  '山东半岛城市群',
  '胶东经济圈',
  '省会经济圈',
  '鲁南经济圈',
  '关中平原城市群',
  '海峡西岸',
  '北部湾',
  '雄安新区',
];

/**
 * What the graph knows, from the seed files through the seed loader (src/seed/read.ts and
 * build.ts): its chains and sectors, links (with aliases and stage), enterprises (with
 * aliases and kind), places (the seed's own and every place of the national lists the
 * loader adds, with the ids it gives them) and carriers; plus the regions above. Offline:
 * no database.
 */
export function vocabularyFromSeed(dataDir?: string): Vocabulary {
  const graph = buildGraph(readSeedFiles(dataDir));
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const outOf = new Map<string, string>();
  for (const r of graph.rels) if (!outOf.has(`${r.from}|${r.type}`)) outOf.set(`${r.from}|${r.type}`, r.to);
  const out = (id: string, type: string) => outOf.get(`${id}|${type}`);
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const vocab: Vocabulary = { chains: [], links: [], enterprises: [], places: [], carriers: [] };
  for (const n of graph.nodes) {
    const name = String(n.props.name ?? '');
    const aliases = list(n.props.aliases);
    if (n.label === 'Sector' || n.label === 'Chain') {
      const sector = n.label === 'Chain' ? byId.get(out(n.id, 'IN_SECTOR') ?? '') : undefined;
      // A chain named …产业链 is also known by its segment word (智能手机产业链 → 智能手机).
      const bare = name.replace(/产业链$/, '');
      vocab.chains.push({
        id: n.id,
        name,
        aliases: bare !== name ? [...aliases, bare] : aliases,
        chain: str(sector?.props.name),
      });
    } else if (n.label === 'ChainLink') {
      const chain = byId.get(out(n.id, 'IN_CHAIN') ?? '');
      vocab.links.push({
        id: n.id,
        name,
        aliases,
        chain: str(chain?.props.name),
        stage: str(n.props.stage) as Stage | undefined,
      });
    } else if (n.label === 'Enterprise') {
      vocab.enterprises.push({
        id: n.id,
        name,
        aliases,
        organisationKind: str(n.props.organisationKind) as OrganisationKind | undefined,
      });
    } else if (n.label === 'Place') {
      const parent = byId.get(out(n.id, 'PART_OF') ?? '');
      vocab.places.push({
        id: n.id,
        name,
        aliases: [...aliases, ...(str(n.props.fullName) ? [str(n.props.fullName)!] : [])],
        level: String(n.props.level),
        parent: str(parent?.props.name) ?? null,
        ...(str(n.props.code) ? { code: str(n.props.code) } : {}),
        ...(n.props.gazetteer ? { listed: true } : {}),
      });
    } else if (n.label === 'Cluster') {
      vocab.carriers.push({ id: n.id, name, aliases: [] });
    }
  }
  vocab.places.push(...regionPlaces());
  return vocab;
}

/**
 * The national division list, the development zones and the regions, as vocabulary places,
 * with the ids the seed loader gives them in the graph (src/place/ids.ts: `placeIdOf`), so
 * that a place the rules find is matched to its node; a region (no node) has `region:<name>`.
 */
export function nationalPlaces(): VocabPlace[] {
  // A replaced division the seed declares is a node (偃师, 2015); its names are not its successor's.
  const kept = supersededDivisions().filter((d) => NAME_KEYED_PLACES[d.code]);
  const keptNames = new Set(kept.flatMap((d) => [d.name, d.fullName]));
  const all = [...divisions(), ...functionalZones(), ...kept];
  const byCode = new Map(all.map((d) => [d.code, d]));
  const places: VocabPlace[] = all.map((d) => ({
    id: placeIdOf(d),
    name: d.name,
    aliases: [...d.aliases, ...(d.formerNames ?? []).filter((n) => !keptNames.has(n))],
    level: d.level,
    parent: d.parentCode ? (byCode.get(d.parentCode)?.name ?? null) : null,
    code: d.code,
    listed: true,
  }));
  return [...places, ...regionPlaces()];
}

/** The regions the genre names (REGIONS), which no list codes: ids `region:<name>`, never a node's. */
function regionPlaces(): VocabPlace[] {
  return REGIONS.map((r) => ({ id: `region:${r}`, name: r, aliases: [], level: 'REGION', parent: null, listed: true }));
}

/** An empty vocabulary with only the national places: for callers without a graph. */
export function nationalVocabulary(): Vocabulary {
  return { chains: [], links: [], enterprises: [], places: nationalPlaces(), carriers: [] };
}
