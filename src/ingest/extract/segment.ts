import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

/**
 * Word segmentation (@node-rs/jieba, with the dictionary it ships) is used in one place,
 * where the rules' own word lists run out: to find where a name begins when the verb
 * before it is none of BOUNDARY_WORDS (研究信息产业基础问题, 引育信息产业上下游企业). Only leading
 * verbs, prepositions, adverbs, pronouns, conjunctions and particles are taken off; words
 * inside a name stay (密码应用与创新示范基地 keeps its 应用 and 与).
 */
export function trimLeadingVerbs(name: string, minLength = 2): number {
  jieba ??= Jieba.withDict(dict);
  let cut = 0;
  for (const w of jieba.tag(name, false)) {
    if (!/^(?:v|vn|vd|p|d|r|c|u|uj|ul|uz|ud|ug|uv|f|m)$/.test(w.tag) || /^[A-Za-z0-9]/.test(w.word)) break;
    // A word of the name the dictionary calls a verb: 制造, 服务, 设计 …, and numerals of names (一代).
    if (
      /^(?:医养|制造|服务|设计|研发|物流|创新|示范|应用|检测|检验|加工|装备|培训|孵化|新一代|一代|智能|综合|集成|通用|控制|传感|计算|存储|显示|交通|运输|运营)$/.test(
        w.word,
      )
    )
      break;
    if (name.length - (cut + w.word.length) < minLength) break;
    cut += w.word.length;
  }
  return cut;
}

/**
 * The offset just after the last verb inside a name (大数据技术融入行业 → 行业, at 融入),
 * 0 when there is none; verbs that name an activity of an industry (应用, 创新, 制造) stay.
 */
export function afterLastVerb(name: string): number {
  jieba ??= Jieba.withDict(dict);
  let at = 0;
  let cut = 0;
  for (const w of jieba.tag(name, false)) {
    at += w.word.length;
    if (/^(?:v|p|c|uj|r)$/.test(w.tag) && !NOUN_LIKE_VERBS.test(w.word)) cut = at;
  }
  return cut;
}

const NOUN_LIKE_VERBS =
  /^(?:医养|制造|服务|设计|研发|物流|加工|检测|监测|装备|传感|计算|存储|显示|运输|运营|控制|通信|导航|应用|测量|安防|照明|包装|印刷|养殖|种植|维修|租赁|创新|示范|发展|信息|管理|交易|开发|集成|融合|建筑|生产|教育|培训|旅游|建设|节能|环保|健康|医疗|再生|互联|网联|和|与|及)$/;

/** An item that ends with a verb (深度感知, 自动执行) names an ability or an action, not a product. */
export function endsWithVerb(item: string): boolean {
  jieba ??= Jieba.withDict(dict);
  const last = jieba.tag(item, false).at(-1);
  return (
    !!last &&
    last.tag === 'v' &&
    last.word.length >= 2 &&
    !/^(?:制造|服务|设计|研发|物流|加工|检测|监测|装备|传感|计算|存储|显示|运输|运营|控制|通信|导航|应用|测量|安防|照明|包装|印刷|养殖|种植|维修|租赁)$/.test(
      last.word,
    )
  );
}
