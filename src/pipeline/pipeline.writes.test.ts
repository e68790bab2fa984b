import { describe, expect, it } from 'vitest';
import { codes, idOf, useTestApi, type Answer, type Person } from '../../test/api.js';
import { useWrites } from '../../test/writes.js';
import { UNLAND_PROJECT } from './queries.js';

const ZHENGZHOU = idOf('Place', '郑州');
const QUALCOMM = idOf('Enterprise', '高通公司');
const CHIP = idOf('ChainLink', 'smartphone/chip');
const SMARTPHONE = idOf('Chain', 'smartphone');

const zhang: Person = { username: 'pipe-zhang', name: '张科长', roles: ['officer'], place: ZHENGZHOU };
const wang: Person = { username: 'pipe-wang', name: '王干事', roles: ['officer'], place: ZHENGZHOU };
const province: Person = { username: 'pipe-sheng', name: '省厅李处', roles: ['officer'], place: idOf('Place', '河南') };
const luoyang: Person = { username: 'pipe-liu', name: '刘科长', roles: ['officer'], place: idOf('Place', '洛阳') };
const adminHenan: Person = { username: 'pipe-admin', name: '管理员', roles: ['admin'], place: idOf('Place', '河南') };
const adminLuoyang: Person = {
  username: 'pipe-admin2',
  name: '管理员',
  roles: ['admin'],
  place: idOf('Place', '洛阳'),
};

const LEAD = `id stage version stageBefore origin originDetail { quote rank }
  stageDates { stage actual } nextAction { summary due overdue }
  events { kind fromStage toStage note previousLinkStatus summary by { name } }`;
const CREATE = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { ${LEAD} } } }`;
const MOVE = `mutation ($id: ID!, $stage: LeadStage!, $version: Int!, $note: String) {
  moveLead(id: $id, stage: $stage, version: $version, note: $note) { lead { ${LEAD} } } }`;
const VISIT = `mutation ($input: InteractionInput!) { recordInteraction(input: $input) {
  interaction { id kind summary theirs { name phone masked } nextAction { summary due } }
  lead { nextAction { summary } } } }`;
const GAPS = `query ($place: ID) { chainGaps(chain: "${SMARTPHONE}", place: $place) { links {
  status link { name } activeLeads { id stage } sources { kind note date } } } }`;

type LeadAnswer = {
  id: string;
  stage: string;
  version: number;
  originDetail: { quote: string | null; rank: number | null };
  events: { kind: string; previousLinkStatus: string | null; summary: string; note: string | null }[];
};
type Gaps = {
  chainGaps: {
    links: {
      status: string;
      link: { name: string };
      activeLeads: { id: string; stage: string }[];
      sources: { kind: string; note: string | null; date: string | null }[];
    }[];
  };
};
const chipOf = (answer: Answer<Gaps>) => answer.data!.chainGaps.links.find((l) => l.link.name === '芯片')!;

describe('the 招商 pipeline: from a lead to a landed project, seen only by those whose place it is', () => {
  const api = useTestApi();
  const owned = useWrites({ track: ['Lead', 'LeadEvent', 'Interaction', 'Watch', 'FeedMark', 'AuditEntry'] });

  async function startLead(by: Person = zhang): Promise<LeadAnswer> {
    const created = await api.run<{ createLead: { lead: LeadAnswer } }>(
      CREATE,
      { input: { enterprise: QUALCOMM, place: ZHENGZHOU, link: CHIP, origin: 'PLAN' } },
      by,
    );
    expect(created.errors).toBeUndefined();
    const lead = created.data!.createLead.lead;
    // Whatever happens in the test, the project's facts on the public graph go with it.
    owned.undo(() => owned.db.write(UNLAND_PROJECT, { enterprise: QUALCOMM, lead: lead.id, prefix: `${lead.id}\t` }));
    return lead;
  }
  const move = async (id: string, stage: string, version: number, note?: string, by: Person = zhang) =>
    api.run<{ moveLead: { lead: LeadAnswer } }>(MOVE, { id, stage, version, note }, by);

  it("an officer of 郑州 starts a lead on 高通 for 芯片 with the plan's words, visits, negotiates, and at 投产 芯片 turns COVERED with the project as its source", async () => {
    const lead = await startLead();
    expect(lead).toMatchObject({ stage: 'CLUE', version: 1, origin: 'PLAN' });
    expect(lead.originDetail.quote).toBe('积极争取高通公司、展讯公司、联芯公司等芯片企业设立研发中心或分支机构');
    const before = chipOf(await api.run<Gaps>(GAPS, { place: ZHENGZHOU }, zhang));
    expect(before.status).not.toBe('COVERED');

    const visit = await api.run<{ recordInteraction: { lead: { nextAction: { summary: string } } } }>(
      VISIT,
      {
        input: {
          lead: lead.id,
          kind: 'VISIT',
          date: '2026-12-01',
          ours: ['张科长'],
          theirs: [{ name: '陈经理', title: '中国区政府事务', phone: '13812345678' }],
          summary: '赴深圳拜访，介绍郑州手机产业配套',
          nextAction: { summary: '寄送园区资料', due: '2026-12-10' },
        },
      },
      zhang,
    );
    expect(visit.errors).toBeUndefined();
    expect(visit.data!.recordInteraction.lead.nextAction).toEqual({ summary: '寄送园区资料' });

    let current = (await move(lead.id, 'NEGOTIATING', 1)).data!.moveLead.lead;
    expect(current).toMatchObject({ stage: 'NEGOTIATING', version: 2 });
    expect(chipOf(await api.run<Gaps>(GAPS, { place: ZHENGZHOU }, zhang)).activeLeads).toEqual([
      { id: lead.id, stage: 'NEGOTIATING' },
    ]);
    // A reader of the same map sees no pipeline at all.
    expect(chipOf(await api.run<Gaps>(GAPS, { place: ZHENGZHOU })).activeLeads).toEqual([]);

    for (const stage of ['SIGNED', 'STARTED', 'PRODUCING'])
      current = (await move(lead.id, stage, current.version)).data!.moveLead.lead;
    expect(current.stage).toBe('PRODUCING');
    const covered = chipOf(await api.run<Gaps>(GAPS, { place: ZHENGZHOU }));
    expect(covered.status).toBe('COVERED');
    const project = covered.sources.find((s) => s.kind === 'PROJECT')!;
    expect(project.note).toMatch(/^招商项目 高通公司 · 芯片（郑州）于 \d{4}-\d{2}-\d{2} 投产，记录人 张科长$/);
    // The old status stays in the history.
    const landed = current.events.find((e) => e.kind === 'COVERED')!;
    expect(landed.previousLinkStatus).toBe(before.status);
    expect(landed.summary).toContain('此前环节状态');

    // Going back needs a reason; with one, the project's facts leave the map again.
    const bare = await move(lead.id, 'STARTED', current.version);
    expect(codes(bare)).toEqual(['BAD_USER_INPUT']);
    expect(bare.errors![0]!.extensions!.messageZh).toBe('从“投产”退回“开工”须填写原因。');
    await move(lead.id, 'STARTED', current.version, '试生产未通过验收');
    const after = chipOf(await api.run<Gaps>(GAPS, { place: ZHENGZHOU }));
    expect(after.status).toBe(before.status);
    expect(after.sources.some((s) => s.kind === 'PROJECT')).toBe(false);
  });

  it('the funnel and the hit rate count the lead for 郑州 and its chain, and nobody elsewhere', async () => {
    const lead = await startLead();
    let v = 1;
    for (const stage of ['CONTACT', 'NEGOTIATING', 'SIGNED'])
      v = (await move(lead.id, stage, v)).data!.moveLead.lead.version;
    const FUNNEL = `query ($place: ID, $chain: ID) { funnel(place: $place, chain: $chain) { total paused lost
      stages { stage current reached conversion medianDays } } }`;
    type F = {
      funnel: {
        total: number;
        stages: {
          stage: string;
          current: number;
          reached: number;
          conversion: number | null;
          medianDays: number | null;
        }[];
      };
    };
    const funnel = (await api.run<F>(FUNNEL, { place: ZHENGZHOU, chain: SMARTPHONE }, zhang)).data!.funnel;
    expect(funnel.total).toBe(1);
    expect(funnel.stages.map((s) => [s.stage, s.current, s.reached])).toEqual([
      ['CLUE', 0, 1],
      ['CONTACT', 0, 1],
      ['NEGOTIATING', 0, 1],
      ['SIGNED', 1, 1],
      ['STARTED', 0, 0],
      ['PRODUCING', 0, 0],
      ['FULL_OUTPUT', 0, 0],
    ]);
    expect(funnel.stages[0]!.conversion).toBe(1);
    expect(funnel.stages[3]!.conversion).toBe(0);
    expect(funnel.stages[0]!.medianDays).toBe(0);
    expect((await api.run<F>(FUNNEL, {}, luoyang)).data!.funnel.total).toBe(0);
    expect((await api.run<F>(FUNNEL, { place: ZHENGZHOU }, luoyang)).data!.funnel.total).toBe(0);
    expect((await api.run<F>(FUNNEL, {}, province)).data!.funnel.total).toBe(1); // provincial staff: the whole province
    expect((await api.run<F>(FUNNEL, { place: idOf('Place', '河南') }, province)).data!.funnel.total).toBe(1);

    const HIT = `query ($place: ID, $chain: ID) { recommendationHitRate(place: $place, chain: $chain) {
      topPerLink total { recommended leads signed producing leadRate }
      rows { chain { name } place { name } recommended leads signed producing } } }`;
    type H = {
      recommendationHitRate: {
        total: { recommended: number; leads: number; signed: number; producing: number; leadRate: number | null };
        rows: {
          chain: { name: string };
          place: { name: string };
          recommended: number;
          leads: number;
          signed: number;
          producing: number;
        }[];
      };
    };
    const hit = (await api.run<H>(HIT, { place: ZHENGZHOU, chain: SMARTPHONE }, zhang)).data!.recommendationHitRate;
    const row = hit.rows.find((r) => r.place.name === '郑州')!;
    expect(row).toMatchObject({ leads: 1, signed: 1, producing: 0 });
    expect(row.recommended).toBeGreaterThanOrEqual(1);
    expect(hit.total.leadRate).toBeCloseTo(1 / hit.total.recommended, 3);
    expect((await api.run<H>(HIT, {}, luoyang)).data!.recommendationHitRate.total.leads).toBe(0);
  });

  it('an officer of 洛阳, a reader, an analyst and an admin of 洛阳 see none of it by any path; provincial staff and a provincial admin do', async () => {
    const lead = await startLead();
    await api.run(
      VISIT,
      {
        input: {
          lead: lead.id,
          kind: 'CALL',
          date: '2026-12-02',
          theirs: [{ name: '陈经理', phone: '13812345678' }],
          summary: '电话沟通',
        },
      },
      zhang,
    );
    const paths = `query ($e: ID!) {
      leads { totalCount }
      enterprise: node(id: $e) { ... on Enterprise { leads { id } interactions { id } } }
      alerts { kind }
      feed { items { kind path } }
    }`;
    type P = {
      leads: { totalCount: number };
      enterprise: { leads: { id: string }[]; interactions: { id: string }[] };
      feed: { items: { path: string }[] };
    };
    for (const outsider of [
      luoyang,
      adminLuoyang,
      { username: 'pipe-reader', roles: ['reader'] } as Person,
      { username: 'pipe-analyst', roles: ['analyst'], place: ZHENGZHOU } as Person,
    ]) {
      const seen = await api.run<P>(paths, { e: QUALCOMM }, outsider);
      expect(seen.errors, outsider.username).toBeUndefined();
      expect(seen.data!.leads.totalCount, outsider.username).toBe(0);
      expect(seen.data!.enterprise, outsider.username).toEqual({ leads: [], interactions: [] });
      expect(
        seen.data!.feed.items.filter((i) => i.path.includes(lead.id)),
        outsider.username,
      ).toEqual([]);
      const byId = await api.run(`query ($id: ID!) { node(id: $id) { id } }`, { id: lead.id }, outsider);
      expect(byId.errors![0]!.message, outsider.username).toBe(`id: no Lead has the id "${lead.id}".`);
      expect(chipOf(await api.run<Gaps>(GAPS, { place: ZHENGZHOU }, outsider)).activeLeads, outsider.username).toEqual(
        [],
      );
    }
    // Anonymous: the list needs signing in; the lead does not exist.
    expect(codes(await api.run('{ leads { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    // The analyst's Cypher cannot reach the island.
    const cypher = await api.run('{ cypher(query: "MATCH (l:Lead) RETURN l") { rows } }', {}, ['analyst']);
    expect(codes(cypher)).toEqual(['BAD_USER_INPUT']);

    const THEIRS = `query ($id: ID!) { node(id: $id) { ... on Lead { inTeam interactions { theirs { name phone masked } } } } }`;
    type T = {
      node: { inTeam: boolean; interactions: { theirs: { name: string; phone: string; masked: boolean }[] }[] };
    };
    // The team sees the contact whole; provincial staff and a provincial admin see it masked.
    expect((await api.run<T>(THEIRS, { id: lead.id }, zhang)).data!.node).toEqual({
      inTeam: true,
      interactions: [{ theirs: [{ name: '陈经理', phone: '13812345678', masked: false }] }],
    });
    for (const above of [province, adminHenan])
      expect((await api.run<T>(THEIRS, { id: lead.id }, above)).data!.node, above.username).toEqual({
        inTeam: false,
        interactions: [{ theirs: [{ name: '陈**', phone: '138****5678', masked: true }] }],
      });
    // A provincial admin reads, but only officers change leads.
    const byAdmin = await move(lead.id, 'CONTACT', 1, undefined, adminHenan);
    expect(codes(byAdmin)).toEqual(['FORBIDDEN']);
    // An officer of 洛阳 cannot start a lead for 郑州.
    const foreign = await api.run(CREATE, { input: { enterprise: QUALCOMM, place: ZHENGZHOU, link: CHIP } }, luoyang);
    expect(foreign.errors![0]!.extensions!.messageZh).toBe('只能为本地区及下辖地区建立招商线索。');
  });

  it('two officers move the same lead from the same version at once: one wins, the other gets CONFLICT in Chinese, and nothing is lost', async () => {
    const lead = await startLead();
    const [a, b] = await Promise.all([
      move(lead.id, 'CONTACT', 1, undefined, zhang),
      move(lead.id, 'LOST', 1, '企业另选他地', wang),
    ]);
    const answers = [a, b];
    expect(answers.filter((x) => !x.errors)).toHaveLength(1);
    const refused = answers.find((x) => x.errors)!;
    expect(codes(refused)).toEqual(['CONFLICT']);
    expect(String(refused.errors![0]!.extensions!.messageZh)).toMatch(
      /该项目已被(张科长|王干事)于 .+ 修改，当前为“(接洽|终止)”阶段（版本 2）。您的修改未保存，请刷新后重试。/,
    );
    const state = await api.run<{ node: { version: number; events: { kind: string }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Lead { version events { kind } } } }`,
      { id: lead.id },
      zhang,
    );
    expect(state.data!.node.version).toBe(2);
    expect(state.data!.node.events.map((e) => e.kind)).toEqual(['CREATED', 'MOVED']);
  });

  it('alerts name overdue next actions, idle leads and late projects, in Chinese', async () => {
    const lead = await startLead();
    await api.run(
      VISIT,
      {
        input: {
          lead: lead.id,
          kind: 'VISIT',
          date: '2026-11-01',
          summary: '初次走访',
          nextAction: { summary: '回访', due: '2026-11-15' },
        },
      },
      zhang,
    );
    // Make the lead idle: its last change 50 days ago.
    await owned.db.write('MATCH (l:Lead {id: $id}) SET l.updatedAt = $at', {
      id: lead.id,
      at: Date.now() - 50 * 86_400_000,
    });
    const alerts = await api.run<{ alerts: { kind: string; days: number; message: string; lead: { id: string } }[] }>(
      '{ alerts { kind days message lead { id } } }',
      {},
      zhang,
    );
    expect(alerts.errors).toBeUndefined();
    const mine = alerts.data!.alerts.filter((a) => a.lead.id === lead.id);
    expect(mine.map((a) => a.kind).sort()).toEqual(['IDLE', 'OVERDUE_ACTION']);
    expect(mine.find((a) => a.kind === 'IDLE')!.message).toBe('处于“线索”阶段已 50 天无进展');
    expect(mine.find((a) => a.kind === 'OVERDUE_ACTION')!.message).toMatch(/^下一步工作已逾期 \d+ 天$/);
    expect((await api.run<{ alerts: unknown[] }>('{ alerts { kind } }', {}, luoyang)).data!.alerts).toEqual([]);
  });

  it('a follower sees the moves of their place and what they follow in the feed since their last visit', async () => {
    expect(
      (await api.run<{ follow: boolean }>('mutation ($id: ID!) { follow(id: $id) }', { id: QUALCOMM }, wang)).data,
    ).toEqual({ follow: true });
    expect(
      (await api.run<{ follow: boolean }>('mutation ($id: ID!) { follow(id: $id) }', { id: QUALCOMM }, wang)).data,
    ).toEqual({ follow: false });
    expect((await api.run<{ watchlist: unknown[] }>('{ watchlist { kind name } }', {}, wang)).data!.watchlist).toEqual([
      { kind: 'ENTERPRISE', name: '高通公司' },
    ]);
    await api.run('mutation { markFeedSeen }', {}, wang);
    const lead = await startLead();
    await move(lead.id, 'CONTACT', 1);
    const feed = await api.run<{
      feed: {
        lastSeenAt: string | null;
        items: { kind: string; summary: string; path: string; lead: { id: string } | null }[];
      };
    }>('{ feed { lastSeenAt items { kind summary path lead { id } } } }', {}, wang);
    expect(feed.data!.feed.lastSeenAt).not.toBeNull();
    expect(feed.data!.feed.items.map((i) => [i.kind, i.summary, i.path, i.lead?.id])).toEqual([
      [
        'STAGE_CHANGE',
        '张科长：线索 → 接洽（' + new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10) + '）',
        `/leads/${lead.id}`,
        lead.id,
      ],
      ['STAGE_CHANGE', '张科长：建立线索', `/leads/${lead.id}`, lead.id],
    ]);
    expect(
      (await api.run<{ unfollow: boolean }>('mutation ($id: ID!) { unfollow(id: $id) }', { id: QUALCOMM }, wang)).data,
    ).toEqual({ unfollow: true });
  });
});
