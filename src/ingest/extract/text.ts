/** Small helpers over the plan's text. Every offset is into the text exactly as read. */
import { trimLeadingVerbs } from './segment.js';

export const CJK = /[\u3400-\u9fff]/;

/** Marks that end a clause; 、 separates list items and ends a phrase too. */
export const PUNCT = /[，。；：！？、\n\r,;:!?]/;
const CLAUSE_END = /[，。；！？\n\r,;!?]/;
const SENTENCE_END = /[。；！？\n\r;!?]/;

/** The clause around a span: back to the previous comma or stop, on to the next. */
export function clauseAt(text: string, start: number, end: number, maxBefore = 80, maxAfter = 60): [number, number] {
  let a = start;
  while (a > 0 && start - a < maxBefore && !CLAUSE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < maxAfter && !CLAUSE_END.test(text[b]!)) b++;
  return [a, b];
}

/** The sentence around a span (to 。；！？ or a line break). */
export function sentenceAt(
  text: string,
  start: number,
  end: number,
  maxBefore = 200,
  maxAfter = 200,
): [number, number] {
  let a = start;
  while (a > 0 && start - a < maxBefore && !SENTENCE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < maxAfter && !SENTENCE_END.test(text[b]!)) b++;
  return [a, b];
}

/**
 * Words that come before a name and are no part of it: verbs of the genre (推进, 打造,
 * 依托 …), particles (的, 等, 和), quantities (一批) and ranks said of the plan (世界级,
 * 全国领先). A name is what follows the last of them in its phrase.
 */
export const BOUNDARY_WORDS = [
  '高水平建设',
  '高质量建设',
  '高标准建设',
  '加快建设',
  '加快推进',
  '加快推动',
  '加快发展',
  '加快布局',
  '加快培育',
  '加快打造',
  '大力发展',
  '大力推进',
  '积极发展',
  '积极培育',
  '积极争创',
  '重点发展',
  '重点围绕',
  '重点推进',
  '重点打造',
  '重点支持',
  '着力打造',
  '着力培育',
  '着重发展',
  '优先发展',
  '培育发展',
  '培育壮大',
  '发展壮大',
  '做大做强',
  '改造提升',
  '提档升级',
  '争取',
  '推进',
  '推动',
  '加快',
  '加强',
  '建设',
  '建成',
  '打造',
  '培育',
  '壮大',
  '发展',
  '依托',
  '支持',
  '围绕',
  '聚焦',
  '实施',
  '引导',
  '鼓励',
  '构建',
  '创建',
  '争创',
  '形成',
  '提升',
  '提高',
  '完善',
  '开展',
  '组织',
  '引进',
  '招引',
  '促进',
  '深化',
  '优化',
  '布局',
  '谋划',
  '申报',
  '设立',
  '组建',
  '搭建',
  '推广',
  '实现',
  '带动',
  '助力',
  '面向',
  '立足',
  '突破',
  '延伸',
  '涵盖',
  '包括',
  '成为',
  '加速',
  '引领',
  '承接',
  '吸引',
  '落地',
  '规划',
  '用好',
  '发挥',
  '瞄准',
  '积极',
  '大力',
  '重点',
  '着力',
  '全面',
  '进一步',
  '力争',
  '努力',
  '初步',
  '基本',
  '率先',
  '持续',
  '不断',
  '逐步',
  '一批',
  '一个',
  '若干',
  '多个',
  '各类',
  '各级',
  '全省',
  '全市',
  '全区',
  '我省',
  '我市',
  '本省',
  '本市',
  '世界级',
  '国际一流',
  '国内一流',
  '全国领先',
  '国内领先',
  '国际领先',
  '全国一流',
  '具有全球竞争力',
  '具有国际竞争力',
  '按照',
  '依照',
  '参照',
  '对照',
  '遵照',
  '依托于',
  '以及',
  '其中',
  '以',
  '在',
  '向',
  '将',
  '把',
  '与',
  '和',
  '及',
  '的',
  '等',
  '为',
  '是',
  '对',
  '从',
  '了',
  '于',
  '按',
  '至',
  '到',
  '由',
  '并',
  '或',
  '其',
];
const BOUNDARY = new RegExp(`(?:${[...BOUNDARY_WORDS].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/**
 * The start of the name that ends at `end`: back over name characters to the clause's
 * punctuation (at most `max` characters), then after the last boundary word.
 * `keep` lists words that may stand inside a name although they are boundary words
 * (和 in 软件和信息技术服务业).
 */
export const SKIPPABLE = /^(?:与|和|及|发展|创新|应用|示范|建设|规划)$/;

export function nameStart(
  text: string,
  end: number,
  max = 24,
  accept: (name: string) => boolean = (n) => n.length >= 2,
  skippable: RegExp = /^$/,
  segment = true,
): number {
  let a = end;
  while (a > 0 && end - a < max && !PUNCT.test(text[a - 1]!) && !/[\s\u3000（(“”"《》—]/.test(text[a - 1]!)) {
    // The closing bracket of a heading number: （二）瞄准…, (3)…
    if (/[）)]/.test(text[a - 1]!) && /[一二三四五六七八九十\d]/.test(text[a - 2] ?? '')) break;
    a--;
  }
  const phrase = text.slice(a, end);
  // Cut after the last boundary word that leaves an acceptable name; a boundary word inside
  // a name (服务 in 浪潮云服务基地, 发展 in …创新发展试验区, 与 in 密码应用与创新示范基地) is
  // skipped because what follows it alone would be no name.
  const cuts = [...phrase.matchAll(BOUNDARY)]
    .map((m) => ({ at: m.index + m[0].length, word: m[0] }))
    .filter((c) => c.at < phrase.length);
  let start = a;
  for (const c of cuts.reverse()) {
    start = a + c.at;
    if (accept(phrase.slice(c.at)) || !skippable.test(c.word)) break;
    start = a;
  }
  // A closing bracket whose opening one is outside the name (（郑州航空港区）2000亿级…) ends what precedes the name.
  let depth = 0;
  for (let i = end - 1; i >= start; i--) {
    const ch = text[i]!;
    if (ch === '）' || ch === ')') depth++;
    else if (ch === '（' || ch === '(') depth--;
    if (depth > 0 && (ch === '）' || ch === ')')) {
      // Unmatched so far: it is matched only if an opening bracket follows leftwards inside the name.
      const open = text.lastIndexOf(ch === '）' ? '（' : '(', i);
      if (open < start) {
        start = i + 1;
        break;
      }
    }
  }
  // A verb the word list lacks (研究, 引育, 支撑): segmentation finds it.
  if (segment && end - start > 3) start += trimLeadingVerbs(text.slice(start, end), 2);
  return start;
}

/** Leading modifiers that rank or count a name but are no part of it (世界级, 省级 stays: it is part of designations). */
export function stripLeading(name: string): string {
  return name.replace(/^(?:世界级|国际一流|国内一流|全国领先|国内领先|一批|一流|高水平|高质量|具有[^的]{0,8}的)/, '');
}

/** Names compared without quotes, spaces and the bracketed glosses: “浪潮” → 浪潮. */
export function normalizeName(name: string): string {
  return name
    .replace(/[“”"‘’'《》「」\s\u3000]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** Every start offset of `needle` in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Chinese numerals in counts: 一批, 两个, 十大, 千家. */
export const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
