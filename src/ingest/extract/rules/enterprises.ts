import type { Context } from '../context.js';
import { nameStart, normalizeName, stripLeading } from '../text.js';
import type { OrganisationKind } from '../types.js';
import { COUNTED, specificPart } from './generic.js';
import { AMBIGUOUS_SHORT_NAMES } from './places.js';

/** The endings of a company's name, as the seed's enterprise coverage test reads them. */
const COMPANY = /股份有限公司|有限责任公司|有限公司|集团公司|集团|公司/g;
const INSTITUTION = /大学|学院|研究院|研究所|科学院|实验室/g;
/**
 * Enterprises the genre names by their short name alone (华为, 浪潮): a short list of the
 * best-known, so that a list such as 引进华为、阿里、腾讯、百度等 is read; the list after 等…企业
 * finds the others. Names that are also words (长城, 南山) are not in it.
 */
export const WELL_KNOWN = [
  '华为',
  '阿里巴巴',
  '阿里',
  '腾讯',
  '百度',
  '京东',
  '浪潮',
  '海尔',
  '海信',
  '中兴',
  '小米',
  '联想',
  '比亚迪',
  '宁德时代',
  '中国中车',
  '中车',
  '中芯国际',
  '京东方',
  '格力',
  '美的',
  '吉利',
  '奇瑞',
  '上汽',
  '潍柴',
  '万华',
  '中国重汽',
  '山东重工',
  '歌尔',
  '富士康',
  '鸿海',
  '苹果',
  '三星',
  '英特尔',
  '微软',
  '特斯拉',
  '西门子',
  '科大讯飞',
  '商汤',
  '大疆',
  '紫光',
  '长虹',
  'TCL',
  '中国电科',
  '中国电子',
  '航天科工',
  '中航工业',
  '国家电网',
];

function roleOf(before: string): string | undefined {
  if (/(?:引进|招引|争取|吸引|承接|力争入驻|引入)[^，。]*$/.test(before)) return 'TARGET';
  if (/(?:合作|联合|沟通)[^，。]*$/.test(before)) return 'PARTNER';
  if (/代工[^，。]*$/.test(before)) return 'BRAND';
  if (/(?:依托|支持|推动|推进|鼓励|发挥|加快|围绕)[^，。]*$/.test(before)) return 'LOCAL';
  return undefined;
}

/**
 * rule `company-suffix`: a name ending with 公司, 集团 … (河南欧帕工业机器人有限公司).
 * rule `institution-suffix`: a university, institute or laboratory with a name of its own
 * (山东未来网络研究院; not 重点实验室, 省实验室, 一批…研究院).
 * rule `list-before-等企业`: the items of a list closed by 等…企业 (引进华为、阿里、腾讯、百度
 * 等高水平人工智能企业), and quoted names before 等产品系列 (“浪潮”“超越申泰”等产品系列).
 * rule `well-known` and `vocabulary-enterprise`: the names above, and the graph's own
 * enterprises (three characters or more, or two inside a list or quotes).
 * The stance (role) comes from the verb before: 引进 TARGET, 依托/支持 LOCAL, 合作 PARTNER, 代工 BRAND.
 */
export function enterpriseRules(ctx: Context): void {
  const { text } = ctx;
  for (const [re, rule] of [
    [COMPANY, 'company-suffix'],
    [INSTITUTION, 'institution-suffix'],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      // 集团 inside 集团公司, 公司 inside 有限公司: the longer ending was matched first.
      if (/^(?:公司|有限)/.test(text.slice(end, end + 2))) continue;
      let start = nameStart(text, end, 24 + m[0].length, (n) => n.length > m[0].length + 1);
      let name = text.slice(start, end);
      const stripped = stripLeading(name);
      start += name.length - stripped.length;
      name = stripped;
      const specific = specificPart(name, m[0]).replace(
        /工程|技术|重点|联合|开放|研发|平台|企业|行业|高等|职业|普通|产业|领域|现有|信息|各|等|科研|院所|高校|新型|研究|实验|创新/g,
        '',
      );
      if (specific.length < 2 || name.length <= m[0].length + 1) continue;
      const before = text.slice(Math.max(0, start - 30), start);
      if (COUNTED.test(before.slice(before.search(/[^，。；：\n]*$/)))) continue;
      const kind: OrganisationKind | undefined =
        rule === 'company-suffix' ? undefined : /大学|学院/.test(m[0]) ? 'UNIVERSITY' : 'RESEARCH_INSTITUTE';
      const known = ctx.enterprises.get(normalizeName(name));
      ctx.add({
        kind: 'ENTERPRISE',
        name,
        role: roleOf(before),
        organisationKind: kind,
        span: [start, end],
        rule,
        confidence: known ? 0.9 : rule === 'company-suffix' ? 0.9 : 0.6,
        ...(known ? { matchedId: known.id, matchedName: known.name } : {}),
      });
    }
  }
  // Lists closed by 等…企业 and quoted names before 等产品系列/企业/品牌.
  for (const m of text.matchAll(
    /((?:[^，。；：、\n]{1,12}、)+[^，。；：、\n]{1,12})等(?![地市省区县])[^，。；、]{0,10}?(?:企业|公司|集团)/g,
  )) {
    // Only a list the plan wants to bring in or work with names enterprises (引进华为、阿里…等企业);
    // 引导化纤、服装…等企业 names kinds of enterprises.
    const head = text.slice(Math.max(0, m.index - 12), m.index + m[1]!.indexOf('、'));
    if (!/引进|招引|吸引|争取|对接|合作|联合|引入|瞄准/.test(head)) continue;
    const parts = m[1]!.split('、');
    let offset = m.index;
    parts.forEach((p, i) => {
      const s = i === 0 ? nameStart(text, m.index + p.length, 20) : offset;
      const item = text.slice(s, offset + p.length);
      offset += p.length + 1;
      if (
        item.length < 2 ||
        item.length > 12 ||
        /企业|产业|行业/.test(item) ||
        /(?:电脑|电视|机|器|产品|设备|装备|材料|部件|终端|软件|芯片|模组|汽车|车|件|品)$/.test(item) ||
        (ctx.places.has(item) && !AMBIGUOUS_SHORT_NAMES.has(item))
      )
        return;
      ctx.add({
        kind: 'ENTERPRISE',
        name: item.replace(/[“”"]/g, ''),
        role: roleOf(text.slice(Math.max(0, m.index - 20), m.index + 2)),
        span: [s, s + item.length],
        rule: 'list-before-等企业',
        confidence: 0.5,
      });
    });
  }
  for (const m of text.matchAll(/((?:“[^”]{2,12}”[、和]?){1,8})等(?:产品系列|品牌|企业)/g)) {
    for (const q of m[1]!.matchAll(/“([^”]{2,12})”/g)) {
      const s = m.index + q.index + 1;
      ctx.add({
        kind: 'ENTERPRISE',
        name: q[1]!,
        role: 'LOCAL',
        span: [s, s + q[1]!.length],
        rule: 'quoted-before-等产品系列',
        confidence: 0.5,
      });
    }
  }
  const names = new Map<string, { id?: string; name: string; rule: string }>();
  for (const w of WELL_KNOWN) names.set(w, { name: w, rule: 'well-known' });
  for (const [k, e] of ctx.enterprises)
    if (k.length >= 2) names.set(k, { id: e.id, name: e.name, rule: 'vocabulary-enterprise' });
  for (const [key, e] of names) {
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
      const end = i + key.length;
      const prev = text[i - 1] ?? '';
      const next = text[end] ?? '';
      // Two characters only where they stand alone: in a list, in quotes, before a quote.
      if (
        key.length <= 2 &&
        ((/[\u4e00-\u9fff]/.test(prev) && !/[、和与及引进依托]/.test(prev)) ||
          (/[\u4e00-\u9fff]/.test(next) && !/[、等和与公集]/.test(next)))
      )
        continue;
      ctx.add({
        kind: 'ENTERPRISE',
        name: e.name,
        role: roleOf(text.slice(Math.max(0, i - 30), i)),
        span: [i, end],
        rule: e.rule,
        confidence: e.id ? 0.9 : 0.7,
        ...(e.id ? { matchedId: e.id, matchedName: e.name } : {}),
      });
    }
  }
}
