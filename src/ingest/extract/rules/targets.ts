import type { Context } from '../context.js';
import type { Metric } from '../types.js';

/** A figure with its unit: 7.37万亿元, 3-5家, 4万个, 20%, 1—2场. */
const FIGURE =
  /(\d+(?:\.\d+)?)(?:\s*[-—–~～－至]\s*(\d+(?:\.\d+)?))?\s*(万亿|千亿|百亿|亿|万|千)?\s*(亿元|元|美元|家|个|项|位|人次|人|台套|台|套|辆|部|座|场|条|千瓦|吨|平方米|亩|%|％|倍|户|所|张|种|件|篇|次|款|GW|MW|G(?![A-Za-z]))/g;
/** A tier as a figure: 达到万亿级, 均达到7000亿级. */
const TIER = /(?:达到|超过|突破|迈上|迈向|跃上)(?:(\d+(?:\.\d+)?)亿级|(万亿|千亿|百亿)级)(?=[，。；、\n]|$)/g;
/** Words of a target in the clause: the genre's verbs of commitment and its qualifiers. */
const CUES =
  /收入|产值|增加值|产量|营收|投资|达到|超过|突破|力争|培育|打造|建成|建设|实施|形成|增长|增速|提高到|提升到|提高至|提升至|保持|稳定在|不少于|不低于|以上|左右|新增|累计|年均|每年|总量|规模|引育|遴选|推介|新建|开展|举办|带动|完成|覆盖|实现|引进|招引|培养|认定|创建|发展|占/;
/** Words of a rule in force, not a target: rates of subsidy, tax and reward. */
const NOT_TARGET =
  /给予|补助|奖励|奖补|扣除|补贴|贴息|按不超过|按最高|最高不超过|税|费率|利率|比例不低于.*(资金|出资)|以下的|以内/;
const YEAR = /(?:到|至|力争到|争取到|力争|在|于)?((?:1[89]|2\d)\d{2})\s*年(?!\s*\d{1,2}\s*月)(?:底|末|前)?/g;

const MULTIPLIER: Record<string, number> = { 万亿: 10000, 千亿: 1000, 百亿: 100, 亿: 1, 万: 10000, 千: 1000 };

/**
 * rule `figure-<unit>`: a figure with a unit in a clause that commits to it (达到, 超过,
 * 力争, 以上, 左右, 每年 …), with what it measures (the words after the figure, 培育300家
 * 星级上云企业, or before its verb, 软件和信息技术服务业收入达到4000亿元), its year (the last
 * 到2023年 before it in its section, else the plan's end year), and growth (增长10.4% is
 * the growth of the figure just before it, or a growth-only target). Units are normalised:
 * 万亿元 → ×10000 亿元, 4万个 → 40000 个. A figure followed by 的 is a threshold inside
 * another target (收入过200亿元的软件产业集群) and a rate of subsidy or tax is a rule, not a
 * target: both are left out. Years and figures that look scrambled are flagged, not fixed.
 * rule `tier`: 达到万亿级 → 10000 亿元.
 */
export function targetRules(ctx: Context): void {
  const { text } = ctx;
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const before = text[start - 1] ?? '';
    // Part of a longer token (5G, IPv6, 3D, 1+N, a heading number, a date).
    if (/[A-Za-z\d.+]/.test(before)) continue;
    if (/^[年月日号]/.test(text.slice(end, end + 1)) || (m[4] === 'G' && !/^\d+(?:\.\d+)?G$/.test(m[0]))) continue;
    if (m[4] === 'G') continue;
    const after = text.slice(end, end + 4);
    const qualifier = after.match(/^(?:以上|左右|多|及以上|之内)/)?.[0] ?? '';
    const next = text[end + qualifier.length] ?? '';
    if (next === '的' || /^(?:的|之间)/.test(after)) continue;
    // 投资500万元以上重点技改项目: a sum followed by what it qualifies is a threshold.
    if (/元$/.test(m[4]!) && qualifier && /[\u4e00-\u9fff]/.test(next)) continue;
    const [cs, ce] = clause(text, start, end);
    const clauseText = text.slice(cs, ce);
    if (!CUES.test(clauseText) || NOT_TARGET.test(clauseText)) continue;
    // 年产6000套: a project's capacity, not a target of the plan.
    if (/(?:年产|年产能|产能|年处理|年加工)$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    // 过200亿元, 突破100亿元的 … thresholds; 第3 … ranks.
    if (/(?:过|第|前|后|近|约)$/.test(text.slice(start - 1, start)) && !/超过$/.test(text.slice(start - 2, start)))
      continue;
    const [value, valueMax, unit, flags] = normalise(m[1]!, m[2], m[3], m[4]!);
    const paired = respectively(text, cs, start);
    const growthWord = text
      .slice(Math.max(cs, start - 10), start)
      .match(/(?:同比|年均|平均)?(?:增长|增速|提高|增幅)(?:保持在|达到|为|在)?$/);
    const year = yearBefore(ctx, start);
    const label = paired ?? labelOf(text, cs, start, end + qualifier.length, ce);
    const yFlags = oddYear(ctx, year);
    if (unit === '%' && growthWord) {
      // Growth of the figure just before it in the same sentence (达到7.37万亿元，增长10.4%).
      const prev = ctx.proposals.at(-1);
      if (
        prev &&
        prev.kind === 'TARGET' &&
        prev.growthPct === null &&
        prev.value !== null &&
        start - prev.span[1] <= 12 &&
        !/[。；\n]/.test(text.slice(prev.span[1], start))
      ) {
        prev.growthPct = value;
        prev.text = `${prev.text}，${text.slice(start, end)}`;
        continue;
      }
      ctx.add({
        kind: 'TARGET',
        name: label || text.slice(cs, start).replace(/^[\s\u3000]+/, ''),
        value: null,
        valueMax: null,
        unit: '%',
        year,
        growthPct: value,
        metric: metricOf(label, '%', true),
        label,
        text: text.slice(start, end + qualifier.length),
        span: [start, end],
        rule: 'figure-growth',
        confidence: 0.75 * (yFlags.length ? 0.5 : 1),
        ...(yFlags.length ? { flags: yFlags } : {}),
        chain: null,
        place: null,
      });
      found.push({ start, end });
      continue;
    }
    const allFlags = [...flags, ...yFlags];
    ctx.add({
      kind: 'TARGET',
      name: label || text.slice(start, end),
      value,
      valueMax,
      unit,
      year,
      growthPct: null,
      metric: metricOf(label, unit, false),
      label,
      text: text.slice(start, end + qualifier.length),
      span: [start, end],
      quoteSpan: quoteOf(text, cs, ce, start, end),
      rule: `figure-${unit}`,
      confidence: (label ? 0.85 : 0.5) * (allFlags.length ? 0.5 : 1),
      chain: null,
      place: null,
      ...(allFlags.length ? { flags: allFlags } : {}),
    });
    found.push({ start, end });
  }
  for (const m of text.matchAll(TIER)) {
    const start = m.index;
    const end = start + m[0].length;
    const [cs, ce] = clause(text, start, end);
    const value = m[1] ? Number(m[1]) : MULTIPLIER[m[2]!]!;
    const year = yearBefore(ctx, start);
    const label = labelOf(text, cs, start, end, ce);
    ctx.add({
      kind: 'TARGET',
      name: label || m[0],
      value,
      valueMax: null,
      unit: '亿元',
      year,
      growthPct: null,
      metric: metricOf(label, '亿元', false),
      label,
      text: m[0].replace(/^(?:达到|超过|突破|迈上|迈向|跃上)/, ''),
      span: [start, end],
      rule: 'tier',
      confidence: 0.55,
      chain: null,
      place: null,
    });
  }
}

/**
 * 分别: 生物医药、节能环保、新材料产业规模以上主营业务收入分别达到1900亿元、1870亿元、1850亿元
 * — the n-th figure after 分别 measures the n-th item of the list before it. The label of
 * the figure at `start`, or null when it stands in no such sentence.
 */
function respectively(text: string, cs: number, start: number): string | null {
  // The figures after 分别 are separated by 、, so the clause of the first one is where 分别 stands.
  let from = cs;
  while (from > 0 && text[from - 1] === '、') {
    from--;
    while (from > 0 && !/[，。；！？\n,;]/.test(text[from - 1]!) && text[from - 1] !== '、') from--;
  }
  const sentenceStart =
    text.lastIndexOf('，', start) >= 0
      ? Math.max(0, ...['。', '；', '\n', '，'].map((p) => text.lastIndexOf(p, from - 1) + 1))
      : 0;
  const head = text.slice(sentenceStart, start);
  const m = head.match(/^(.*?)分别(?:达到|为|超过|突破|增长|实现)?((?:[\d.]+[^、，。；]{0,6}、)*)$/);
  if (!m) return null;
  const index = m[2] ? m[2].split('、').filter(Boolean).length : 0;
  const subject = m[1]!.replace(
    /^(?:(?:到|至|力争到|争取到|力争)?(?:19|20)\d{2}年(?:底|末)?|全省|全市|其中|力争)+/,
    '',
  );
  const list =
    subject.match(/^((?:[^、，。；]{1,12}、)+[^、，。；]{1,12}?)(产业|行业|企业)(.*)$/) ??
    subject.match(/^((?:[^、，。；]{1,12}、)+[^、，。；]{1,12}?)()((?:规模以上|主营|营业|销售|工业|总)[^、，。；]*)$/);
  if (!list) return null;
  const items = list[1]!.split('、');
  // The last item carries the measure's words (新材料产业规模以上主营业务收入): the items share them.
  const tail = (list[2] ?? '') + list[3]!;
  if (index >= items.length) return null;
  return `${items[index]!}${tail}`;
}

function clause(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < 80 && !/[，。；！？\n,;]/.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && b - end < 60 && !/[，。；！？\n,;]/.test(text[b]!)) b++;
  return [a, b];
}

/** The quote: the clause, or when it is short (…15个。) the clause before it too. */
function quoteOf(text: string, cs: number, ce: number, start: number, end: number): [number, number] {
  let a = cs;
  while (a < start && /[\s\u3000—]/.test(text[a]!)) a++;
  if (ce - a >= 8 || a === 0) return [a, ce];
  return [a, Math.max(ce, end)];
}

/** What a figure measures: the words after it (培育300家星级上云企业), else those before its verb. */
function labelOf(text: string, cs: number, start: number, afterFigure: number, ce: number): string {
  const after = text.slice(afterFigure, ce).replace(/^[的]/, '');
  let label = '';
  if (after && /^[\u4e00-\u9fffA-Za-z0-9“"]/.test(after) && !/^(?:以上|左右|的|，|。)/.test(after)) {
    label = after.replace(/^.*的(?=[^的]{2,})/, '');
  }
  if (!label || label.length < 2) {
    // The words before the figure, after the year and the verbs that open the clause.
    let b = text.slice(cs, start);
    b = b
      .replace(/^[\s\u3000—]+/, '')
      .replace(
        /(?:达到|超过|突破|稳定在|保持在|保持|不少于|不低于|提高到|提升到|提高至|提升至|增长|增速|为|在|至|到|约|累计|合计|总计|均|共|各)+$/,
        '',
      );
    b = b.replace(
      /^(?:(?:到|至|力争到|争取到|力争|在)?(?:19|20)\d{2}年(?:底|末)?|每年|其中|全省|全市|我省|我市|力争|努力|新)+/,
      '',
    );
    b = b.replace(
      /^(?:推动|培育|打造|建成|建设|实施|形成|引育|遴选|推介|新建|组织|开展|举办|带动|完成|实现|精准|累计)+/,
      '',
    );
    label = b;
  }
  // Another figure's words before this one (…超过5000家、省级工业云创新服务试点): only what follows the last list mark or figure.
  label = label.replace(/^.*(?:、|\d(?:个|家|项|位|万|亿元|以上|左右)?[和及、])/, '');
  // A second target after this one's words (…战略联盟和10个…): only up to it.
  label = label.replace(/[和及、]\d.*$/, '');
  label = label.replace(/^(?:同比|年均|平均)$/, '');
  return label.replace(/^[，、\s]+|[，、\s]+$/g, '').slice(0, 40);
}

function normalise(
  a: string,
  b: string | undefined,
  mult: string | undefined,
  unit: string,
): [number, number | null, string, string[]] {
  const flags: string[] = [];
  let u = unit === '％' ? '%' : unit;
  let k = 1;
  if (mult) {
    if (u === '元' || u === '亿元') {
      // 万亿元 → ×10000 亿元; 亿元 stays; 万元 stays.
      if (mult === '万' && u === '元') return [Number(a), b ? Number(b) : null, '万元', flags];
      k = MULTIPLIER[mult]!;
      u = '亿元';
      if (mult === '亿') k = 1;
    } else if (u === '吨' || u === '千瓦') {
      return [Number(a), b ? Number(b) : null, `${mult}${u}`, flags];
    } else k = mult === '万' ? 10000 : mult === '千' ? 1000 : MULTIPLIER[mult]! * 1e8;
  }
  const value = round(Number(a) * k);
  const valueMax = b ? round(Number(b) * k) : null;
  if (u === '%' && value > 100) flags.push('a percentage above 100');
  if (valueMax !== null && valueMax < value) flags.push('a range whose upper bound is below its lower bound');
  return [value, valueMax, u, flags];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The year a target is for: the last year named before it in its section or the sections
 * above it (到2023年), else the plan's end year (its period), else a year in its title
 * (…2015年实施方案), else the last year the text names before it.
 */
function yearBefore(ctx: Context, position: number): number | null {
  const { path } = ctx.sectionAt(position);
  let to = position;
  for (const section of [...path].reverse()) {
    let year: number | null = null;
    for (const m of ctx.text.slice(section.start, to).matchAll(YEAR)) year = Number(m[1]);
    if (year !== null) return year;
    to = section.start;
  }
  if (ctx.endYear !== null) return ctx.endYear;
  const titled = ctx.meta.title?.match(/((?:19|20)\d{2})年/);
  if (titled) return Number(titled[1]);
  let year: number | null = null;
  for (const m of ctx.text.slice(0, position).matchAll(YEAR)) year = Number(m[1]);
  return year;
}

function oddYear(ctx: Context, year: number | null): string[] {
  if (year === null) return [];
  const base = ctx.planYear;
  if (year < 2000 || year > 2060 || (base !== null && (year < base - 3 || year > base + 16)))
    return [`the year ${year} looks odd for this plan: check it against the source (digits may be scrambled)`];
  return [];
}

function metricOf(label: string, unit: string, growth: boolean): Metric {
  if (/增加值/.test(label)) return 'VALUE_ADDED';
  if (/收入|营收|销售/.test(label)) return 'REVENUE';
  if (/投资/.test(label)) return 'INVESTMENT';
  if (unit === '%' && !growth) return 'RATE';
  if (/产能|能力/.test(label)) return 'CAPACITY';
  if (/产值|产量|规模|产业/.test(label) && (unit === '亿元' || growth)) return 'OUTPUT';
  if (/集群/.test(label)) return 'CLUSTERS';
  if (/项目/.test(label)) return 'KEY_PROJECTS';
  if (/企业|公司/.test(label)) return 'ENTERPRISES';
  if (unit === '亿元') return 'OUTPUT';
  return 'COUNT';
}
