import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILE } from '../../seed/read.js';
import { extractDraft } from './index.js';
import type { Candidate, Kind, Vocabulary } from './types.js';
import { nationalVocabulary, vocabularyFromSeed } from './vocabulary.js';

/**
 * Each rule on sentences of the plans, quoted exactly (`exact` checks the quote is in the
 * plan it is said to come from). They read as examples of what each rule finds.
 */
const PLANS = path.join(import.meta.dirname, '..', 'fixtures', 'plans');
const source = {
  henan: readFileSync(SOURCE_FILE, 'utf8'),
  sd2019: readFileSync(path.join(PLANS, 'shandong-2019-clusters-ai-guiding-opinions.txt'), 'utf8'),
  sd2020: readFileSync(path.join(PLANS, 'shandong-2020-traditional-industries-smart-transformation-plan.txt'), 'utf8'),
  ngit: readFileSync(path.join(PLANS, 'shandong-2023-ngit-innovation-action-plan.txt'), 'utf8'),
};
function exact(plan: keyof typeof source, sentence: string): string {
  if (!source[plan].includes(sentence)) throw new Error(`not a quote of ${plan}: ${sentence}`);
  return sentence;
}

const national = nationalVocabulary();
let seed: Vocabulary | undefined;
const seedVocabulary = () => (seed ??= vocabularyFromSeed());

function facts(text: string, kind: Kind, options = {}, vocab: Vocabulary = national): Candidate[] {
  return extractDraft(text, vocab, { region: '山东', ...options }).facts.filter((f) => f.kind === kind);
}
const names = (cs: Candidate[]) => cs.map((c) => c.name);

describe('list-after-<verb>: the items of a list, by what the noun after 等 says they are', () => {
  it('an industry word after 等 makes each item a chain', () => {
    const s = exact('sd2020', '改造提升电子、机械、汽车、船舶、冶金、建材、化工、轻工、纺织、医药等传统产业');
    const chains = facts(s, 'CHAIN');
    expect(names(chains)).toEqual(['电子', '机械', '汽车', '船舶', '冶金', '建材', '化工', '轻工', '纺织', '医药']);
    expect(chains[0]).toMatchObject({ rule: 'list-after-改造提升', quote: s });
  });

  it("a product word after 等 makes each item a link of the section's industry", () => {
    const s = exact('sd2019', '大力发展形状记忆合金、自修复材料、智能仿生材料、智能传感材料等新兴功能材料');
    const text = `二、重点工程\n（三）新能源新材料产业智能提升工程。${s}。`;
    const links = facts(text, 'CHAIN_LINK');
    expect(names(links)).toEqual(['形状记忆合金', '自修复材料', '智能仿生材料', '智能传感材料']);
    expect(links.every((l) => l.chain === '新能源新材料产业')).toBe(true);
  });

  it("fields (等领域) in an industry's section are its links; 和 joins the last two", () => {
    const s = exact('henan', '重点在芯片、主板、屏组件、摄像模组、电池和机壳等领域实现突破');
    const links = facts(`二、工作重点\n（一）做大做强高成长性制造业\n1.电子信息\n${s}。`, 'CHAIN_LINK', {
      region: '河南',
    });
    expect(names(links)).toEqual(['芯片', '主板', '屏组件', '摄像模组', '电池', '机壳']);
    expect(links[0]!.chain).toBe('电子信息');
  });

  it("the graph's own link is matched (matchedId)", () => {
    const s = exact('henan', '重点在芯片、主板、屏组件、摄像模组、电池和机壳等领域实现突破');
    const [chip] = facts(`1.电子信息\n${s}。`, 'CHAIN_LINK', { region: '河南' }, seedVocabulary());
    expect(chip).toMatchObject({ name: '芯片', matchedName: '芯片' });
    expect(chip!.matchedId).toBeTruthy();
  });

  it('qualities, techniques and services are not listed as products', () => {
    expect(
      facts(exact('sd2019', '大力发展深度感知、智慧决策、自动执行的高端智能装备和产品'), 'CHAIN_LINK').map(
        (c) => c.name,
      ),
    ).not.toContain('深度感知');
    expect(facts(exact('sd2019', '积极发展智慧健康、智慧旅游、智慧金融等智能化服务'), 'CHAIN_LINK')).toEqual([]);
  });
});

describe('named-industry: a name ending with 产业, 行业, 制造业, 服务业', () => {
  it('is read back to the verb before it', () => {
    expect(names(facts(exact('sd2020', '培育新一代信息技术产业'), 'CHAIN'))).toEqual(['新一代信息技术产业']);
  });

  it('leaves out industries named only by qualifiers', () => {
    expect(facts(exact('sd2019', '促进传统产业集群提层次、强实力'), 'CHAIN')).toEqual([]);
  });

  it('is one candidate however often the plan names it, with its mentions counted', () => {
    const [ai] = facts(source.sd2019, 'CHAIN').filter((c) => c.name === '人工智能产业');
    expect(ai!.mentions).toBeGreaterThanOrEqual(3);
    for (const m of ai!.also ?? []) expect(source.sd2019.slice(m.start, m.end)).toBe(m.quote);
  });
});

describe('place-gazetteer and place-zone: places by the national division list', () => {
  it('finds cities with their province', () => {
    const s = exact('ngit', '支持济南、青岛、威海等地发挥科技领军企业带动引领作用');
    expect(facts(s, 'PLACE').map((p) => [p.name, p.place, p.level])).toEqual([
      ['济南', '山东', 'CITY'],
      ['青岛', '山东', 'CITY'],
      ['威海', '山东', 'CITY'],
    ]);
  });

  it('does not take a company for a place (阿里 is Alibaba here)', () => {
    expect(facts(exact('sd2019', '引进华为、阿里、腾讯、百度等高水平人工智能企业资源'), 'PLACE')).toEqual([]);
  });

  it('finds a region that is no division', () => {
    expect(names(facts(exact('ngit', '建设黄河流域技术转移中心'), 'PLACE'))).toEqual(['黄河流域']);
  });
});

describe('carrier-ending: carriers by the word that ends their name', () => {
  it('reads a named park and base, with their kind and place', () => {
    const s = exact('sd2019', '浪潮云服务基地、济南智能计算产业园等云计算基础设施');
    expect(facts(s, 'CARRIER').map((c) => [c.name, c.carrierKind, c.place])).toEqual([
      ['浪潮云服务基地', 'BASE', '山东'],
      ['济南智能计算产业园', 'PARK', '济南'],
    ]);
  });

  it('keeps a name whole across a word that is also a verb (与, 发展)', () => {
    const s = exact('henan', '重点推动焦作高新技术特色汽车零部件基地建设');
    expect(names(facts(s, 'CARRIER', { region: '河南' }))).toEqual(['焦作高新技术特色汽车零部件基地']);
  });

  it('leaves out generic and counted carriers', () => {
    expect(facts(exact('sd2019', '创建一批产业聚集度高、智慧化应用好、区域带动强的智慧产业集群'), 'CARRIER')).toEqual(
      [],
    );
    expect(facts(exact('ngit', '布局建设科技成果产业化基地'), 'CARRIER')).toEqual([]);
  });
});

describe('figure-<unit>: targets with value, unit, year and growth', () => {
  it('normalises 万亿元 to 亿元 and attaches the growth that follows', () => {
    const s = exact(
      'henan',
      '2015年力争全省规模以上工业增加值增长10%左右。规模以上主营业务收入达到7.37万亿元，增长10.4%左右',
    );
    const targets = facts(s, 'TARGET', { region: '河南' });
    expect(targets.map((t) => [t.value, t.unit, t.year, t.growthPct])).toEqual([
      [null, '%', 2015, 10],
      [73700, '亿元', 2015, 10.4],
    ]);
    expect(targets[1]).toMatchObject({ metric: 'REVENUE', label: '规模以上主营业务收入' });
  });

  it("takes the year from the section or the plan's period, and what the figure measures from the words around it", () => {
    const s = exact('sd2020', '在役工业机器人数量达到8万台左右');
    expect(facts(s, 'TARGET', { period: '2020-2022' })).toMatchObject([
      { name: '在役工业机器人数量', value: 80000, unit: '台', year: 2022 },
    ]);
    const t = exact('ngit', '力争新建10家以上信息领域省级重点实验室');
    expect(facts(`到2025年，${t}。`, 'TARGET')).toMatchObject([
      { name: '信息领域省级重点实验室', value: 10, unit: '家', year: 2025 },
    ]);
  });

  it('leaves out thresholds and rates of subsidy', () => {
    expect(facts(exact('sd2020', '建立“四个一批”和投资500万元以上重点技改项目定期调度监测机制'), 'TARGET')).toEqual([]);
    expect(facts(exact('ngit', '对符合条件的企业研发投入按最高5%给予后补助'), 'TARGET')).toEqual([]);
  });

  it('flags a year that looks scrambled instead of fixing it', () => {
    const [t] = facts('到2205年，在役工业机器人数量达到8万台左右。', 'TARGET', { date: '2020-07-02' });
    expect(t!.year).toBe(2205);
    expect(t!.flags?.[0]).toMatch(/looks odd/);
    expect(t!.confidence).toBeLessThan(0.5);
  });
});

describe('enterprises: suffixes, lists of enterprises to bring in, the well-known', () => {
  it('reads companies by their suffix, with the stance of the verb', () => {
    const s = exact('henan', '引进舜宇光电公司、信利光电公司等知名企业');
    expect(facts(s, 'ENTERPRISE', { region: '河南' }).map((e) => [e.name, e.role])).toEqual([
      ['舜宇光电公司', 'TARGET'],
      ['信利光电公司', 'TARGET'],
    ]);
  });

  it('reads a list closed by 等…企业 after 引进', () => {
    const s = exact('sd2019', '引进华为、阿里、腾讯、百度等高水平人工智能企业资源');
    expect(names(facts(s, 'ENTERPRISE'))).toEqual(['华为', '阿里', '腾讯', '百度']);
  });

  it('does not take kinds of enterprises for enterprises', () => {
    expect(
      facts(
        exact('sd2020', '引导化纤、连续纺纱、服装、家纺、产业用纺、缫丝、针织等企业建设智能化生产线'),
        'ENTERPRISE',
      ),
    ).toEqual([]);
  });
});

describe('project-named: a project with an owner, place or capacity', () => {
  it('splits the owner from the project', () => {
    const s = exact('henan', '重点推动实施河南欧帕工业机器人有限公司年产6000套车载装卸机器人系列装备项目');
    expect(facts(s, 'PROJECT', { region: '河南' })).toMatchObject([
      {
        name: '年产6000套车载装卸机器人系列装备项目',
        enterprise: '河南欧帕工业机器人有限公司',
        capacity: '年产6000套',
      },
    ]);
  });

  it('leaves out kinds and counts of projects', () => {
    expect(facts(exact('ngit', '每年实施不少于10项重大基础研究项目'), 'PROJECT')).toEqual([]);
  });
});

describe('the draft as a whole', () => {
  it('every quote is the exact text at its offsets, on every plan', () => {
    for (const text of Object.values(source)) {
      for (const f of extractDraft(text, national, { region: '山东' }).facts) {
        expect(text.slice(f.start, f.end)).toBe(f.quote);
        expect(f.confidence).toBeGreaterThan(0);
        expect(f.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it("reads the plan's metadata from a notice head, and options override it", () => {
    const { plan } = extractDraft(source.henan, national);
    expect(plan).toMatchObject({
      title: '先进制造业大省建设重点产业发展2015年实施方案',
      issuer: '河南省人民政府办公厅',
      date: '2015-05-14',
      number: null,
    });
    expect(extractDraft(source.henan, national, { region: '河南', number: '豫政办〔2015〕56号' }).plan).toMatchObject({
      region: '河南',
      number: '豫政办〔2015〕56号',
    });
  });

  it('reads the signature and date at the end when the head lacks them', () => {
    expect(extractDraft(source.sd2019, national).plan).toMatchObject({
      issuer: '山东省人民政府',
      date: '2019-05-17',
      title: null,
    });
  });

  it('numbers the sections as the seed does', () => {
    const { sections } = extractDraft(source.henan, national);
    expect(sections.find((s) => s.code === '二（一）1')).toMatchObject({ title: '电子信息', parent: '二（一）' });
    expect(extractDraft(source.sd2020, national).sections.find((s) => s.code === '二（一）')).toMatchObject({
      title: '电子行业',
      parent: '二',
    });
  });

  it('a 60,000-character plan takes well under 10 s', () => {
    let big = '';
    while (big.length < 60000) big += Object.values(source).join('\n');
    const t0 = performance.now();
    extractDraft(big.slice(0, 60000), national, { region: '山东' });
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

describe('figure with 分别: each figure measures its item of the list', () => {
  it('pairs the figures with the industries in order', () => {
    const s = exact(
      'henan',
      '2015年全省生物医药、节能环保、新材料产业规模以上主营业务收入分别达到1900亿元、1870亿元、1850亿元',
    );
    expect(facts(s, 'TARGET', { region: '河南' }).map((t) => [t.name, t.value])).toEqual([
      ['生物医药产业规模以上主营业务收入', 1900],
      ['节能环保产业规模以上主营业务收入', 1870],
      ['新材料产业规模以上主营业务收入', 1850],
    ]);
  });
});
