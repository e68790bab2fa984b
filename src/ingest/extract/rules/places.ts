import type { Context } from '../context.js';
import type { VocabPlace } from '../types.js';

/**
 * Short names that are also ordinary words or other names (阿里 is Alibaba in 引进华为、阿里;
 * 白银 the metal; 普洱 the tea; 中山 a university's name): found only by their full name.
 */
export const AMBIGUOUS_SHORT_NAMES = new Set([
  '阿里',
  '白银',
  '普洱',
  '中山',
  '长治',
  '安康',
  '大同',
  '海东',
  '海西',
  '海北',
  '海南藏族自治州',
  '黄南',
  '玉树',
  '果洛',
  '东方',
  '通化',
  '吉安',
  '永安',
  '开平',
  '新民',
  '和平',
  '北海',
  '黄山',
  '丽江',
  '三明',
  '南平',
  '宁德',
  '金华',
  '江门',
  '开封',
  '临夏',
  '定西',
  '平安',
  '城中',
  '永和',
  '和田',
  '泰山',
  '衡山',
  '华山',
  '光明',
  '长安',
  '新华',
  '朝阳',
  '普陀',
  '白山',
  '双桥',
  '铁山',
  '青山',
  '东山',
  '西山',
  '南山',
  '北山',
  '城关',
]);

/** The suffixes of zones named after their city: 济南高新区, 济南新旧动能转换起步区. */
const ZONE_SUFFIX =
  /^(?:(?!集团|公司|企业|大学)[\u4e00-\u9fff]){0,8}?(高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|起步区|新区|航空港区|综合保税区|保税区|自贸区|自贸试验区|片区)/;

/**
 * rule `place-gazetteer`: every name of the vocabulary's places (the graph's own, the
 * national divisions by full and short name, the regions) where it stands in the text;
 * the longest name at a position wins. A county's short name (林州 for 林州市) counts only
 * inside the plan's province; ambiguous short names need their full name.
 * rule `place-zone`: a place followed by a zone word (济南高新区) is a zone of that place.
 */
export function placeRules(ctx: Context): void {
  const { text } = ctx;
  const byFirst = new Map<string, string[]>();
  for (const name of ctx.places.keys()) {
    if (name.length < 2 || AMBIGUOUS_SHORT_NAMES.has(name)) continue;
    byFirst.set(name[0]!, [...(byFirst.get(name[0]!) ?? []), name]);
  }
  for (const names of byFirst.values()) names.sort((a, b) => b.length - a.length);
  const regionProvince = provinceOf(ctx, ctx.meta.region);
  for (let i = 0; i < text.length; i++) {
    const names = byFirst.get(text[i]!);
    if (!names) continue;
    const name = names.find((n) => text.startsWith(n, i));
    if (!name) continue;
    const entries = ctx.places.get(name)!;
    const entry = pick(ctx, entries, name, regionProvince);
    if (!entry) continue;
    const end = i + name.length;
    const zone = text.slice(end, end + 22).match(ZONE_SUFFIX);
    if (zone && entry.level !== 'ZONE' && !/[，。、；]/.test(zone[0])) {
      const zEnd = end + zone[0].length;
      ctx.add({
        kind: 'PLACE',
        name: text.slice(i, zEnd),
        place: entry.name,
        level: 'ZONE',
        span: [i, zEnd],
        rule: 'place-zone',
        confidence: 0.7,
      });
    }
    // Every division and zone is a node of the graph (the seed loads them all); a region is none.
    const node = !entry.id.startsWith('region:');
    ctx.add({
      kind: 'PLACE',
      name: entry.name,
      place: entry.parent,
      level: entry.level,
      code: entry.code,
      ...(node ? { matchedId: entry.id, matchedName: entry.name } : {}),
      span: [i, end],
      rule: 'place-gazetteer',
      confidence: entry.level === 'PROVINCE' || entry.level === 'CITY' ? 0.9 : entry.level === 'REGION' ? 0.8 : 0.75,
    });
    i = end - 1;
  }
}

/** The entry a name means here, or none: prefer the graph's own (not only listed), then the plan's province. */
function pick(ctx: Context, entries: VocabPlace[], name: string, province: string | null): VocabPlace | undefined {
  const own = entries.find((e) => !e.listed);
  if (own) return own;
  const full = entries.filter(
    (e) =>
      e.name !== name ||
      e.level === 'PROVINCE' ||
      e.level === 'CITY' ||
      e.level === 'REGION' ||
      e.level === 'ZONE' ||
      e.level === 'DISTRICT',
  );
  // A short county name (林州) is taken only inside the plan's province.
  const inProvince = (e: VocabPlace) => !!province && (e.code ?? '').slice(0, 2) === province.slice(0, 2);
  const usable = entries.filter((e) => full.includes(e) || inProvince(e));
  if (!usable.length) return undefined;
  return usable.find(inProvince) ?? usable.sort((a, b) => rank(a.level) - rank(b.level))[0];
}

const rank = (level: string) => ['PROVINCE', 'REGION', 'CITY', 'ZONE', 'DISTRICT', 'COUNTY'].indexOf(level);

/** The GB/T 2260 code of the province a place name lies in. */
export function provinceOf(ctx: Context, name: string | null): string | null {
  if (!name) return null;
  const entries = ctx.places.get(name) ?? [];
  const coded = entries.find((e) => e.code);
  return coded?.code ? `${coded.code.slice(0, 2)}0000` : null;
}
