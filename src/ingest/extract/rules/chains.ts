import type { Context } from '../context.js';
import { BOUNDARY_WORDS, nameStart, normalizeName, stripLeading } from '../text.js';
import { specificPart } from './generic.js';
import { afterLastVerb, endsWithVerb } from '../segment.js';

/** The verbs that mark a plan's own priorities (重点发展…): a list after them is surely of chains or products. */
const STRONG_VERBS = [
  '重点发展',
  '重点围绕',
  '重点开发',
  '优先发展',
  '着重发展',
  '重点聚焦',
  '大力发展',
  '积极发展',
  '培育发展',
  '加快发展',
  '加快布局',
  '改造提升',
];
/** Verbs that open a list of product focuses (seed/coverage/focus.ts) and their kin in the genre. */
export const FOCUS_VERBS = [
  '精准补齐',
  '补齐',
  ...STRONG_VERBS,
  '加快突破',
  '研发',
  '发展',
  '培育',
  '布局',
  '聚焦',
  '围绕',
  '推动',
  '推进',
  '引导',
  '涵盖',
  '突破',
  '打造',
  '延伸',
];
const STRONG_FOCUS = new Set(STRONG_VERBS);

/** What the noun after 等 says the items are. */
type Closing = 'INDUSTRY' | 'PRODUCT' | 'CENTRE' | 'ENTERPRISE' | 'OTHER';
const CLOSINGS: [RegExp, Closing][] = [
  [/^(?:[\u4e00-\u9fff]{0,8})(?:企业|公司|集团|产品系列)/, 'ENTERPRISE'],
  [/^(?:国家|省)?(?:技术创新中心|制造业创新中心|产业创新中心|创新中心)/, 'CENTRE'],
  // 等产业链关键技术攻关: the industries' chains, whatever follows; 等量子信息技术及装备: a named industry.
  [/^方面/, 'OTHER'],
  [/^(?:产业链|产业|行业|领域)|^[\u4e00-\u9fff]{2,12}?(?:技术及装备|产业)(?!链|园|集群|基地)/, 'INDUSTRY'],
  [/^[“"]/, 'PRODUCT'],
  [
    /^(?:[\u4e00-\u9fff]{0,6})(?:技术|模式|业态|服务|场景|方式|活动|机制|设施|网络|平台|系统|工艺|环节|能力|问题|举措|政策|标准|项目|工程|体系|格局|生态|环境|优势|水平|地区|地方|城市|区域)(?![\u4e00-\u9fff]{0,2}(?:产业|装备))/,
    'OTHER',
  ],
  [/^地|^全产业链|^全链条/, 'OTHER'],
  [
    /^(?:上游|下游|配套|全)?(?:产品线|产品|装备|设备|材料|器件|部件|零部件|元器件|终端|整机|功能材料)|^(?:上游|下游)产业/,
    'PRODUCT',
  ],
  [/^(?:[\u4e00-\u9fff]{0,12}?)(?:产业链|产业集群|产业|行业|领域|业)/, 'INDUSTRY'],
];

/** Names of industries the genre uses as a whole (a list item or the noun after 等) that say which industry only in general. */
const GENERIC_INDUSTRY =
  /^(?:传统|新兴|战略性新兴|战略新兴|未来|优势|特色|主导|支柱|重点|相关|关联|配套|上下游|下游|上游|十强|标志性|现代|实体|核心|高新技术|知识产权密集型|本地|各|全|其他|数字|新|前沿|核心|流程型|离散型|重要)*(?:产业链|产业集群|产业|行业|领域|业)$/;

/** An item that reads as a name of an industry or product, not an action or a quality. */
function itemLike(item: string): boolean {
  if (endsWithVerb(item) || /[“”"]|[一二三四五六七八九十两][条朵张盘个只片]/.test(item)) return false;
  // A quality (聚集度高, 应用好) or a phrase with a verb's object inside (装备在纺织机械) is no item.
  if ((/[高好强快大优多少低广深]$/.test(item) && item.length >= 3) || /.[在对向将把从于].+/.test(item)) return false;
  if (item.length < 2 || item.length > 16) return false;
  if (/^[\d.%]+$/.test(item) || (/[化]$/.test(item) && !/(?:化工|文化|氧化|催化)$/.test(item))) return false;
  if (/^(?:建设|管理|服务|研发|生产|应用|创新|推广|监测|设计|制造|开发|运营|改造|提升|优化|加强|推进|发展)$/.test(item))
    return false;
  if (
    /(?:能力|水平|体系|机制|模式|方式|环境|效率|质量|效益|规模|作用|需求|问题|工作|活动|行动|政策|措施|理念|力度|渠道)$/.test(
      item,
    )
  )
    return false;
  return !BOUNDARY_WORDS.some((w) => w.length >= 2 && item.startsWith(w));
}

/**
 * rule `list-after-<verb>`: a list of items joined by 、 (和/及/与 before the last) after a
 * verb of the genre, read up to 等 or the end of the clause; what the list is of comes
 * from the noun after 等 — an industry word (等产业链, 等传统产业: each item is a CHAIN),
 * a product word (等产品, 等下游产业, 的全产品线: each item is a CHAIN_LINK of the section's
 * industry), a named industry (等空天信息产业: each item a link of it, and it a chain), or
 * an innovation centre (等国家技术创新中心: the items are the fields, chains with lower
 * confidence). Lists of techniques, services, platforms or qualities are left out.
 * rule `named-industry`: a name ending with 产业, 行业, 制造业, 服务业 or 产业链 after a verb or
 * particle (推进集成电路产业跨越式发展 → 集成电路产业), unless only qualifiers remain
 * (传统产业, 新兴产业).
 * rule `vocabulary-link`: a list item or a named industry that the graph knows is tagged
 * with its id (matchedId) and takes the graph's kind.
 */
export function chainRules(ctx: Context): void {
  listRule(ctx);
  namedIndustryRule(ctx);
}

function listRule(ctx: Context): void {
  const { text } = ctx;
  // A run of at least two items separated by 、, within one clause.
  const LIST = /[^，。；：！？\n、]{1,40}(?:、[^，。；：！？\n、]{1,30})+/g;
  for (const m of text.matchAll(LIST)) {
    const raw = m[0];
    const base = m.index;
    const parts = raw.split('、');
    // The first item: after the last verb or particle of its phrase; that verb names the rule.
    const first = parts[0]!;
    // The first item starts after the verb before the list, not after a 与 or 和 inside the item (高档数控机床与工业机器人).
    let firstStart = nameStart(text, base + first.length, 40, () => false, /^(?:与|和|及)$/, false) - base;
    const lead = FOCUS_VERBS.find(
      (v) => first.slice(firstStart).startsWith(v) && first.length - firstStart - v.length >= 2,
    );
    if (lead) firstStart += lead.length;
    const verb =
      FOCUS_VERBS.find((v) => first.slice(0, firstStart).endsWith(v)) ??
      FOCUS_VERBS.find((v) => first.slice(Math.max(0, firstStart - 8), firstStart).includes(v)) ??
      null;
    // The last item: up to 等, else up to a closing 的…/end of clause.
    const lastRaw = parts.at(-1)!;
    const deng = lastRaw.indexOf('等');
    let lastItem = deng >= 0 ? lastRaw.slice(0, deng) : lastRaw;
    let tail = deng >= 0 ? lastRaw.slice(deng + 1) : '';
    if (deng < 0) {
      const di = lastItem.indexOf('的');
      const de =
        di > 0
          ? di
          : lastItem.search(
              /于一体|(?:产品)?(?:生产|规模)|(?:产业)?(?:发展|延伸|建设|研发|攻关|应用|技术攻关|关键技术|融合|实现|领域)/,
            );
      if (de > 0) {
        tail = lastItem.slice(de).replace(/^的/, '');
        lastItem = lastItem.slice(0, de);
      }
    }
    const items: { item: string; start: number }[] = [];
    let offset = base;
    parts.forEach((p, i) => {
      const itemStart = i === 0 ? base + firstStart : offset;
      const item = i === 0 ? p.slice(firstStart) : i === parts.length - 1 ? lastItem : p;
      // 和/及/与 join two items (精品钢和先进材料, 童装和针织内衣), unless the whole is a known name.
      const j = item.search(/[和及与]/);
      if (
        j > 0 &&
        !ctx.chains.has(item) &&
        !ctx.links.has(item) &&
        itemLike(item.slice(0, j)) &&
        itemLike(item.slice(j + 1))
      ) {
        items.push({ item: item.slice(0, j), start: itemStart }, { item: item.slice(j + 1), start: itemStart + j + 1 });
      } else items.push({ item, start: itemStart });
      offset += p.length + 1;
    });
    const closing = classify(tail);
    if (closing === 'OTHER' || closing === 'ENTERPRISE') continue;
    // An item led by its city (新乡转向器, 南阳汽车水泵) is the item; the city is its place.
    for (const x of items) {
      for (let len = Math.min(4, x.item.length - 2); len >= 2; len--) {
        const places = ctx.places.get(x.item.slice(0, len));
        if (places?.some((p) => p.level === 'CITY' || p.level === 'COUNTY' || p.level === 'PROVINCE' || !p.listed)) {
          (x as { place?: string }).place = x.item.slice(0, len);
          x.item = x.item.slice(len);
          x.start += len;
          break;
        }
      }
    }
    // Places are no industries (郑州、洛阳、新乡等地).
    const good = items.filter(
      (x) => itemLike(x.item) && !(ctx.places.has(x.item) && !ctx.links.has(x.item) && !ctx.chains.has(x.item)),
    );
    if (items.filter((x) => ctx.places.has(x.item)).length * 2 >= items.length) continue;
    const knownShare =
      good.filter((x) => ctx.links.has(normalizeName(x.item)) || ctx.chains.has(normalizeName(x.item))).length /
      Math.max(1, items.length);
    // A list needs a verb of the genre before it, or 等 and a noun that says what it lists, or items the graph knows.
    if (
      !verb &&
      knownShare < 0.6 &&
      !(deng >= 0 && (closing === 'PRODUCT' || closing === 'INDUSTRY') && good.length >= items.length * 0.8)
    )
      continue;
    if (good.length < Math.max(2, Math.ceil(items.length * 0.6))) continue;
    const tailName = tail.match(/^[\u4e00-\u9fffA-Za-z0-9]{2,14}?(?:产业|技术及装备)/)?.[0] ?? null;
    // Qualities before 的 (智能、精准、高效、绿色的…基地) are no items.
    if (deng < 0 && /^的|^[^的]*的/.test(lastRaw.slice(lastItem.length)) && items.every((x) => x.item.length <= 2))
      continue;
    const namedIndustry =
      closing === 'INDUSTRY' &&
      tailName &&
      !GENERIC_INDUSTRY.test(tailName) &&
      specificPart(tailName).length >= 2 &&
      !/^(?:领域|方面)/.test(tailName) &&
      !BOUNDARY_WORDS.some((w) => w.length >= 2 && tailName.includes(w))
        ? tailName
        : null;
    const sectionIndustry = industryOfSection(ctx, base);
    const strong = !!verb && STRONG_FOCUS.has(verb);
    if (!closing && !strong) {
      // No noun after the list and a weak verb: only items the graph knows are taken.
      for (const { item, start } of good) knownItem(ctx, item, start, verb ?? 'list', sectionIndustry);
      continue;
    }
    for (const { item, start } of good) {
      const span: [number, number] = [start, start + item.length];
      const known = ctx.links.get(normalizeName(item)) ?? null;
      const knownChain = ctx.chains.get(normalizeName(item)) ?? null;
      const rule = verb ? `list-after-${verb}` : `list-before-等${tail.slice(0, 2)}`;
      // A list of fields (等领域) inside an industry's section lists segments of it.
      const fieldsOfIndustry = closing === 'INDUSTRY' && /^领域/.test(tail) && !!sectionIndustry;
      if (
        (closing === 'INDUSTRY' && !namedIndustry && !fieldsOfIndustry) ||
        closing === 'CENTRE' ||
        (!closing && knownChain && !known)
      ) {
        ctx.add({
          kind: 'CHAIN',
          name: item,
          span,
          rule,
          confidence: closing === 'CENTRE' ? 0.45 : strong ? 0.6 : 0.5,
          ...(knownChain ? { matchedId: knownChain.id, matchedName: knownChain.name } : {}),
        });
      } else {
        const chain = namedIndustry ?? sectionIndustry;
        ctx.add({
          kind: 'CHAIN_LINK',
          name: item,
          chain,
          span,
          rule,
          confidence: known ? 0.85 : closing === 'PRODUCT' || namedIndustry ? 0.6 : strong ? 0.6 : 0.45,
          ...(known
            ? { matchedId: known.id, matchedName: known.name, stage: known.stage, chain: chain ?? known.chain ?? null }
            : {}),
        });
      }
    }
    if (namedIndustry) {
      const at = base + raw.lastIndexOf(tailName!);
      ctx.add({
        kind: 'CHAIN',
        name: namedIndustry.replace(/技术及装备$/, ''),
        span: [at, at + tailName!.length],
        rule: 'named-industry-after-list',
        confidence: 0.5,
      });
    }
  }
}

/** A list item the graph knows, in a list that says nothing of what it lists. */
function knownItem(ctx: Context, item: string, start: number, verb: string, chain: string | null): void {
  const key = normalizeName(item);
  const link = ctx.links.get(key);
  const c = ctx.chains.get(key);
  if (c)
    ctx.add({
      kind: 'CHAIN',
      name: item,
      span: [start, start + item.length],
      rule: 'vocabulary-chain',
      confidence: 0.8,
      matchedId: c.id,
      matchedName: c.name,
    });
  else if (link && item.length >= 2)
    ctx.add({
      kind: 'CHAIN_LINK',
      name: item,
      chain: chain ?? link.chain ?? null,
      stage: link.stage,
      span: [start, start + item.length],
      rule: `vocabulary-link-after-${verb}`,
      confidence: 0.85,
      matchedId: link.id,
      matchedName: link.name,
    });
}

function classify(tail: string): Closing | null {
  if (!tail) return null;
  for (const [re, c] of CLOSINGS) if (re.test(tail)) return c;
  return null;
}

/**
 * The industry a section is about, when its title is one: 电子信息, (一)电子行业 → 电子行业,
 * 新一代信息技术产业智能提升工程 → 新一代信息技术产业.
 */
export function industryOfSection(ctx: Context, position: number): string | null {
  const { path } = ctx.sectionAt(position);
  for (const s of [...path].reverse()) {
    const t = s.title.replace(/[。，].*$/, '');
    if (ctx.chains.has(t)) return t;
    const m = t.match(/^([\u4e00-\u9fff]{2,16}?(?:产业|行业|制造业|服务业))/);
    if (m) {
      // The industry of a heading such as 打造一流创新型产业集群 is none: only qualifiers after the verb.
      const name = stripLeading(m[1]!.slice(nameStart(m[1]!, m[1]!.length, 16, undefined, undefined, false)));
      if (!GENERIC_INDUSTRY.test(name) && specificPart(name).length >= 2) return name;
      continue;
    }
    if (
      t.length <= 6 &&
      /(?:业|信息|装备|制造|材料|能源|医药|食品|化工|冶金|建材|轻纺|纺织|服装|服饰|家居|汽车|部件|电子|机械|船舶|商务|设计|外包|环保|物流|旅游|金融|农业|软件|健康|海洋|文化)$/.test(
        t,
      )
    )
      return t;
  }
  return null;
}

function namedIndustryRule(ctx: Context): void {
  const { text } = ctx;
  const END = /产业链|产业|行业|制造业|服务业/g;
  let last = -1;
  for (const m of text.matchAll(END)) {
    const end = m.index + m[0].length;
    if (m.index < last) continue;
    last = end;
    // 产业 followed by 化 (产业化) or 园/集群 … is handled elsewhere or is no industry.
    if (
      /^(?:化|链|工人|联盟|协会|基金|政策|体系|生态|人才|界|资本|用地|布局|规划|互联网|领军)/.test(
        text.slice(end, end + 4),
      ) &&
      m[0] === '产业'
    )
      continue;
    // The industry of a carrier (信息技术应用创新产业基地) is an industry the plan builds, said in passing.
    const ofCarrier = /^(?:园|基地|集群|集聚区|城|高地|示范基地)/.test(text.slice(end, end + 4));
    if (/^(?:领军|人才|工人|协会|联盟|主管|部门|企业家|先导区|先行区|示范区|试验区)/.test(text.slice(end, end + 3)))
      continue;
    // The title of a programme (山东省未来产业高质量发展行动计划) names no industry.
    if (/^(?:高质量)?发展(?:行动)?(?:计划|规划|方案|意见)/.test(text.slice(end, end + 9))) continue;
    const first = nameStart(
      text,
      end,
      20 + m[0].length,
      (n) => n.length > m[0].length + 1 && specificPart(n).length >= 2,
    );
    let name = text.slice(first, end);
    // 软件和信息技术服务业: a 和 that joins two halves of one industry name.
    if (/[和及]/.test(text[first - 1] ?? '') && /(?:服务业|制造业)$/.test(name)) {
      const joined = text.slice(nameStart(text, first - 1, 12), end);
      if (/^[\u4e00-\u9fff]{2,6}[和及][\u4e00-\u9fff]{2,10}(?:服务业|制造业)$/.test(joined)) name = joined;
    }
    name = stripLeading(name).replace(/^(?:国家|省|市)(?=[\u4e00-\u9fff]{3})/, '');
    name = name.slice(afterLastVerb(name.slice(0, -m[0].length)));
    const start = end - name.length;
    if (name.length <= m[0].length + 1 || GENERIC_INDUSTRY.test(name) || specificPart(name).length < 2) continue;
    if (/^(?:数字产业)$/.test(name) || /^\d|跨行业|跨领域|同行业|各行业/.test(name)) continue;
    const known =
      ctx.chains.get(normalizeName(name)) ?? ctx.chains.get(normalizeName(name.replace(/产业链|产业|行业$/, '')));
    ctx.add({
      kind: 'CHAIN',
      name,
      span: [start, end],
      rule: `named-industry-${m[0]}${ofCarrier ? '-of-carrier' : ''}`,
      confidence: known ? 0.8 : ofCarrier ? 0.4 : 0.5,
      ...(known ? { matchedId: known.id, matchedName: known.name } : {}),
    });
  }
}
