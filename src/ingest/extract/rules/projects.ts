import type { Context } from '../context.js';
import { nameStart, stripLeading } from '../text.js';
import { COUNTED } from './generic.js';

/** What is left of a project's name when these are taken away must still name something. */
const GENERIC_PROJECT =
  /重点|重大|技改|技术改造|示范|试点|攻关|建设|招商|产业化|科技|研发|技术创新|创新|工程|计划|应用|储备|投资|备选|入库|基金|省级|国家级|国家|省|市|产业|各类|相关|新|大|好|优质|合作|对外|外资|内资|引进|签约|开工|竣工|续建|新建|在建|数字化|智能化|信息化|能力|提升|专项|项目|等|的/g;

/**
 * rule `project-named`: a name ending with 项目 that says which project (年产6000套车载装卸
 * 机器人系列装备项目), not a count (300个以上…示范项目, a target) nor a kind (重点项目).
 * rule `project-list`: the names before 等项目 (推进山东重工绿色智造产业城等项目建设).
 */
export function projectRules(ctx: Context): void {
  const { text } = ctx;
  for (const m of text.matchAll(/项目/g)) {
    const end = m.index;
    if (text[end - 1] === '等') {
      const s = nameStart(text, end - 1, 30);
      const name = stripLeading(text.slice(s, end - 1));
      if (name.length >= 4 && name.replace(GENERIC_PROJECT, '').length >= 3)
        ctx.add({
          kind: 'PROJECT',
          name,
          place: ctx.meta.region,
          span: [end - 1 - name.length, end - 1],
          rule: 'project-list',
          confidence: 0.5,
        });
      continue;
    }
    let start = nameStart(text, end + 2, 36);
    let name = text.slice(start, end + 2);
    const stripped = stripLeading(name);
    start += name.length - stripped.length;
    name = stripped;
    if (name.replace(GENERIC_PROJECT, '').length < 4) continue;
    // A project says whose, where or how much: an owner, a place, a capacity, or quotes.
    const owned =
      /年产|\d|[“”"]/.test(name) ||
      /公司|集团|厂/.test(name) ||
      [...ctx.places.keys()].some((p) => p.length >= 2 && name.startsWith(p));
    if (!owned) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    if (
      COUNTED.test(before.slice(before.search(/[^，。；：\n]*$/))) ||
      (/^\d/.test(name) && !/^\d+[万千]?[吨台套辆件]/.test(name) && !/年产/.test(name))
    )
      continue;
    // The owner before the project (河南欧帕工业机器人有限公司年产6000套…项目) is its enterprise.
    const owner = name.match(/^(.{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司))(?=.{4,})/)?.[1];
    if (owner) {
      start += owner.length;
      name = name.slice(owner.length);
    }
    const capacity = name.match(
      /年产[\d.]+(?:万|千|亿)?(?:[（(][^）)]{1,3}[）)])?(?:套|台|吨|辆|件|片|只|个|部|平方米|立方米|千瓦|张|条|块|颗|盒|支|瓶|米)/,
    )?.[0];
    ctx.add({
      kind: 'PROJECT',
      name,
      ...(capacity ? { capacity } : {}),
      ...(owner ? { enterprise: owner } : {}),
      place: ctx.meta.region,
      span: [start, end + 2],
      rule: 'project-named',
      confidence: 0.75,
    });
  }
}
