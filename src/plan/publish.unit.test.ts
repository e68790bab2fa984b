import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../ids.js';
import { planPublishing, type PublishInput } from './publish.js';

const PLAN = {
  id: toGlobalId('Plan', 'p1'),
  key: 'p1',
  kind: 'Plan',
  title: '山东省新一代信息技术创新能力提升行动计划',
  issuer: '山东省科学技术厅',
  date: '2023-01-05',
  status: 'DRAFT',
  regionId: toGlobalId('Place', '山东'),
  sourceSections: [],
  sourceQuotes: [],
  sourceNotes: [],
} as unknown as PublishInput['plan'];

let n = 0;
const candidate = (fields: Partial<PublishInput['candidates'][number]>): PublishInput['candidates'][number] => ({
  id: `c${n}`,
  kind: 'Candidate',
  planId: PLAN.id,
  factKind: 'CHAIN',
  name: '',
  quote: `引文${n}`,
  start: 0,
  end: 1,
  section: '二（一） 重点任务',
  confidence: 0.9,
  rule: 'test',
  status: 'ACCEPTED',
  position: n++,
  mergedInto: null,
  ...fields,
});

const input = (candidates: PublishInput['candidates'], extra: Partial<PublishInput> = {}): PublishInput => ({
  plan: PLAN,
  candidates,
  chains: new Map(),
  places: new Map([
    ['济南', [{ id: toGlobalId('Place', 'gb2260:370100'), province: toGlobalId('Place', '山东'), inHenan: false }]],
  ]),
  ...extra,
});

describe('planning what publishing writes', () => {
  it("a new chain and its link become a chain in the plan's own sector and a link in that chain, each with the plan's entry", () => {
    const planned = planPublishing(
      input([
        candidate({ factKind: 'CHAIN', name: '集成电路' }),
        candidate({ factKind: 'CHAIN_LINK', name: '芯片设计', chain: '集成电路' }),
      ]),
    );
    expect(planned.blockers).toEqual([]);
    const chain = planned.nodes.find((x) => x.label === 'Chain')!;
    const link = planned.nodes.find((x) => x.label === 'ChainLink')!;
    expect(chain).toMatchObject({ id: toGlobalId('Chain', 'p1/集成电路'), merged: false });
    expect(link).toMatchObject({ id: toGlobalId('ChainLink', 'p1/集成电路/芯片设计'), merged: false });
    expect(link.entries[0]!.split('\t')).toEqual([PLAN.id, PLAN.title, '2023-01-05', '二（一） 重点任务', '引文1']);
    expect(planned.rels).toContainEqual(expect.objectContaining({ from: link.id, type: 'IN_CHAIN', to: chain.id }));
    expect(planned.rels).toContainEqual(
      expect.objectContaining({ from: chain.id, type: 'IN_SECTOR', to: toGlobalId('Sector', 'p1') }),
    );
  });

  it('a merged link is one more source of the graph’s link: no node or IN_CHAIN is created for it', () => {
    const existing = {
      id: toGlobalId('ChainLink', 'smartphone/chip'),
      kind: 'ChainLink',
      name: '芯片',
      key: 'smartphone/chip',
    };
    const planned = planPublishing(
      input([candidate({ factKind: 'CHAIN_LINK', name: '芯片', chain: '智能终端', mergedInto: existing })]),
    );
    expect(planned.blockers).toEqual([]);
    expect(planned.nodes).toEqual([expect.objectContaining({ id: existing.id, merged: true })]);
    expect(planned.rels.filter((r) => r.type === 'IN_CHAIN')).toEqual([]);
  });

  it("a link merged into another plan's link states its chain and sector too, so withdrawing that plan leaves it placed", () => {
    const chain = { id: toGlobalId('Chain', 'ingested-x/信息产业'), name: '信息产业', seeded: false };
    const sector = { id: toGlobalId('Sector', 'ingested-x'), name: '另一规划', seeded: false };
    const existing = {
      id: toGlobalId('ChainLink', 'ingested-x/信息产业/高端软件'),
      kind: 'ChainLink',
      name: '高端软件',
      key: 'ingested-x/信息产业/高端软件',
      chain,
      sector,
    };
    const planned = planPublishing(
      input([candidate({ factKind: 'CHAIN_LINK', name: '高端软件', mergedInto: existing })]),
    );
    expect(planned.nodes.map((x) => [x.label, x.id, x.merged])).toEqual([
      ['ChainLink', existing.id, true],
      ['Chain', chain.id, true],
      ['Sector', sector.id, true],
    ]);
    expect(planned.rels.map((r) => [r.from, r.type, r.to])).toEqual([
      [existing.id, 'IN_CHAIN', chain.id],
      [chain.id, 'IN_SECTOR', sector.id],
    ]);
    expect(planned.rels.every((r) => r.entries.length === 1 && r.entries[0]!.startsWith(`${PLAN.id}\t`))).toBe(true);
  });

  it("a link merged into the seed's states its IN_CHAIN only: the seed's chain and sector need no entry", () => {
    const existing = {
      id: toGlobalId('ChainLink', 'chip'),
      kind: 'ChainLink',
      name: '芯片',
      key: 'chip',
      chain: { id: toGlobalId('Chain', 'smartphone'), name: '智能手机产业链', seeded: true },
      sector: { id: toGlobalId('Sector', 'electronics'), name: '电子信息', seeded: true },
    };
    const planned = planPublishing(input([candidate({ factKind: 'CHAIN_LINK', name: '芯片', mergedInto: existing })]));
    expect(planned.nodes.map((x) => x.id)).toEqual([existing.id]);
    expect(planned.rels.map((r) => [r.from, r.type, r.to])).toEqual([[existing.id, 'IN_CHAIN', existing.chain.id]]);
  });

  it('a link whose chain is neither accepted nor in the graph blocks publishing, saying which', () => {
    const planned = planPublishing(input([candidate({ factKind: 'CHAIN_LINK', name: '封装测试', chain: '集成电路' })]));
    expect(planned.blockers).toEqual([
      'link 封装测试: its chain "集成电路" is neither an accepted chain of the plan nor one of the graph; edit its chain or merge it',
    ]);
  });

  it('a target is for the place it names, else for the plan’s region, and keeps its value, unit and year', () => {
    const planned = planPublishing(
      input([
        candidate({
          factKind: 'TARGET',
          name: '软件业务收入',
          value: 10000,
          unit: '亿元',
          year: 2025,
          metric: 'REVENUE',
          place: '济南',
        }),
        candidate({
          factKind: 'TARGET',
          name: '高新技术企业',
          value: 100,
          unit: '家',
          year: 2025,
          metric: 'ENTERPRISES',
        }),
      ]),
    );
    const [jinan, region] = planned.nodes.filter((x) => x.label === 'Target');
    expect(jinan!.props).toMatchObject({ value: 10000, unit: '亿元', year: 2025, metric: 'REVENUE', planId: PLAN.id });
    expect(planned.rels).toContainEqual(
      expect.objectContaining({ from: jinan!.id, type: 'FOR', to: toGlobalId('Place', 'gb2260:370100') }),
    );
    expect(planned.rels).toContainEqual(expect.objectContaining({ from: region!.id, type: 'FOR', to: PLAN.regionId }));
  });

  it('a zone the graph lacks becomes a place of its own kind under the city it names; without a city it blocks', () => {
    const ok = planPublishing(
      input([candidate({ factKind: 'PLACE', name: '济南高新区', place: '济南', role: 'CORE' })]),
    );
    const zone = ok.nodes.find((x) => x.label === 'Place')!;
    expect(zone.props).toMatchObject({ level: 'ZONE', name: '济南高新区' });
    expect(ok.rels).toContainEqual(
      expect.objectContaining({ from: zone.id, type: 'PART_OF', to: toGlobalId('Place', 'gb2260:370100') }),
    );
    expect(ok.rels).toContainEqual(
      expect.objectContaining({ from: PLAN.id, type: 'NAMES_PLACE', to: zone.id, props: { role: 'CORE' } }),
    );
    const lost = planPublishing(input([candidate({ factKind: 'PLACE', name: '某某新区' })]));
    expect(lost.blockers[0]).toMatch(/place 某某新区: it is not a place of the graph/);
  });

  it('rejected and pending candidates are not published; a plan without title, date or region cannot be', () => {
    const planned = planPublishing({
      ...input([candidate({ status: 'REJECTED', name: '废弃' }), candidate({ status: 'PENDING', name: '待定' })]),
      plan: { ...PLAN, title: '', date: '', regionId: null },
    });
    expect(planned.nodes).toEqual([]);
    expect(planned.blockers).toEqual([
      'the plan has no title',
      'the plan has no issue date (YYYY-MM-DD)',
      'the plan has no region (the place it governs)',
    ]);
  });
});
