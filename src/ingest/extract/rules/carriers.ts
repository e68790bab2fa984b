import type { Context } from '../context.js';
import { nameStart, SKIPPABLE, stripLeading } from '../text.js';
import type { CarrierKind } from '../types.js';
import { COUNTED, FACILITY_WORDS, specificPart } from './generic.js';

/**
 * The words that end a carrier's (载体) name, longest first, with the kind each gives
 * (seed/FORMAT.md "Carriers: which kind"; the seed's coverage tests use the same words).
 */
export const CARRIER_ENDINGS: [string, CarrierKind][] = [
  ['信息消费示范城市', 'DEMONSTRATION_CITY'],
  ['示范城市', 'DEMONSTRATION_CITY'],
  ['示范市', 'DEMONSTRATION_CITY'],
  ['先锋城市', 'DEMONSTRATION_CITY'],
  ['宽带城市', 'DEMONSTRATION_CITY'],
  ['名城', 'DEMONSTRATION_CITY'],
  ['中心城市', 'HUB'],
  ['物流枢纽', 'HUB'],
  ['枢纽城市', 'HUB'],
  ['产业集群', 'CLUSTER'],
  ['集群', 'CLUSTER'],
  ['基地', 'BASE'],
  ['产业园区', 'PARK'],
  ['产业园', 'PARK'],
  ['科技园', 'PARK'],
  ['软件园', 'PARK'],
  ['物流园', 'PARK'],
  ['网商园', 'PARK'],
  ['园区', 'PARK'],
  ['云谷', 'PARK'],
  ['算谷', 'PARK'],
  ['产业城', 'PARK'],
  ['科创城', 'PARK'],
  ['科学城', 'PARK'],
  ['智造城', 'PARK'],
  ['智能岛', 'PARK'],
  ['创新岛', 'PARK'],
  ['产业岛', 'PARK'],
  ['集聚区', 'ZONE'],
  ['聚集区', 'ZONE'],
  ['示范区', 'ZONE'],
  ['先导区', 'ZONE'],
  ['试验区', 'ZONE'],
  ['先行区', 'ZONE'],
  ['核心区', 'ZONE'],
  ['功能区', 'ZONE'],
  ['CBD', 'ZONE'],
  ['商务中心区', 'ZONE'],
];
const ENDING = new RegExp(CARRIER_ENDINGS.map(([w]) => w).join('|'), 'g');
const KIND = new Map(CARRIER_ENDINGS);

/**
 * rule `carrier-ending`: a name that ends with a carrier word (…基地, …产业园, …试验区,
 * …示范城市), read back from the word to the verb or particle before it (加快济南密码应用与
 * 创新示范基地建设 → 济南密码应用与创新示范基地). Left out: generic names (特色产业集群:
 * nothing but qualifiers before the word) and counted ones (10个以上智慧物流园区, 一批…基地:
 * those are targets or plurals, not one carrier). A carrier inside a longer one (试验区 in
 * …试验区核心区) is the longer one.
 */
export function carrierRules(ctx: Context): void {
  const { text } = ctx;
  const found: { start: number; end: number; name: string; kind: CarrierKind }[] = [];
  for (const m of text.matchAll(ENDING)) {
    const end = m.index + m[0].length;
    // 集群 inside 产业集群 is matched once, by the longer word.
    if (found.some((f) => f.end === end)) continue;
    let start = nameStart(
      text,
      end,
      30 + m[0].length,
      (n) => n.length > m[0].length && specificPart(n, m[0], FACILITY_WORDS).length >= 2,
      SKIPPABLE,
    );
    let name = text.slice(start, end);
    const stripped = stripLeading(name);
    start += name.length - stripped.length;
    name = stripped;
    if (name.length <= m[0].length) continue;
    // A count inside the name (5个百亿级产业集群) or a tier's tail (级纺织产业集群): a target or a plural, not one carrier.
    if (/^(?:\d+|[一二三四五六七八九十两几]+)(?:个|家|批|座|处|大)|^级/.test(name)) continue;
    if (specificPart(name, m[0], FACILITY_WORDS).length < 2) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const clause = before.slice(before.search(/[^，。；：\n]*$/));
    if (COUNTED.test(clause)) continue;
    found.push({ start, end, name, kind: KIND.get(m[0])! });
  }
  for (const f of found) {
    if (found.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start))
      continue;
    // A zone named after its city that the place rules take (济南高新区) is a place, not a carrier.
    const place = placeIn(ctx, f.name) ?? ctx.meta.region;
    const vocab = ctx.carriers.get(f.name);
    ctx.add({
      kind: 'CARRIER',
      name: f.name,
      carrierKind: f.kind,
      place,
      chain: industryIn(f.name),
      ...(vocab ? { matchedId: vocab.id, matchedName: vocab.name } : {}),
      span: [f.start, f.end],
      rule: `carrier-ending-${text.slice(f.end - 2, f.end)}`,
      confidence: vocab ? 0.85 : 0.65,
    });
  }
}

/** The first place of the vocabulary named inside a carrier's name: 济南密码应用与创新示范基地 → 济南. */
function placeIn(ctx: Context, name: string): string | null {
  for (let i = 0; i < name.length; i++)
    for (let len = Math.min(8, name.length - i); len >= 2; len--) {
      const entries = ctx.places.get(name.slice(i, i + len));
      if (entries?.some((e) => e.level === 'PROVINCE' || e.level === 'CITY' || e.level === 'REGION' || !e.listed))
        return name.slice(i, i + len);
    }
  return null;
}

/** The industry a carrier's name gives: 软件产业集群 → 软件, 国家骨干冷链物流基地 → null. */
function industryIn(name: string): string | null {
  const m = name.match(/([\u4e00-\u9fffA-Za-z0-9]{2,10}?)产业(?=集群|基地|园|城|集聚区|示范)/);
  return m ? (specificPart(m[1]!).length >= 2 ? m[1]!.replace(/^(?:国家|省级?|市)/, '') : null) : null;
}
