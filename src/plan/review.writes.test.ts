import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, useTestApi, type Answer } from '../../test/api.js';
import {
  addShandongPlaces,
  JINAN,
  NGIT_FILE,
  planIdOf,
  planText,
  removePlans,
  removeShandongPlaces,
  placeId,
} from './plan-fixtures.js';

const REVIEW = `mutation($input: ReviewCandidateInput!) { reviewCandidate(input: $input) { id name value unit status decidedAt mergedInto { id } } }`;
const ADD = `mutation($input: AddCandidateInput!) { addCandidate(input: $input) { id kind name chain quote start end section status rule confidence } }`;
const DECISIONS = `query($id: ID!) { plan(id: $id) { decisions(first: 200) { action by at changes candidate { id } } review { kind pending accepted rejected } } }`;

type Candidate = {
  id: string;
  kind: string;
  name: string;
  value: number | null;
  unit: string | null;
  confidence: number;
  status: string;
};
type Progress = { kind: string; pending: number; accepted: number; rejected: number };
type Decision = { action: string; by: string | null; at: Date; changes: unknown; candidate: { id: string } | null };
type Decisions = { plan: { decisions: Decision[]; review: Progress[] } };
type Reviewed = {
  reviewCandidate: {
    id: string;
    name: string;
    value: number | null;
    unit: string | null;
    status: string;
    decidedAt: Date | null;
    mergedInto: { id: string } | null;
  };
};
type Added = {
  addCandidate: {
    id: string;
    kind: string;
    name: string;
    chain: string | null;
    quote: string;
    start: number;
    end: number;
    section: string;
    status: string;
    rule: string;
    confidence: number;
  };
};
type Page = {
  plan: {
    candidates: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { id: string; confidence: number }[];
    };
  };
};

describe('reviewing a draft: every decision recorded with who, when and what changed', () => {
  const api = useTestApi();
  const text = planText(NGIT_FILE);
  let plan: string;
  const candidates = new Map<string, Candidate>();
  const allIds: string[] = [];
  const candidate = (kind: string, name: string) => {
    const c = candidates.get(`${kind}/${name}`);
    if (!c) throw new Error(`no ${kind} candidate ${name}: ${[...candidates.keys()].join(', ')}`);
    return c;
  };
  const decisions = async () => (await api.run<Decisions>(DECISIONS, { id: plan }, ['editor'])).data!.plan;

  beforeAll(async () => {
    await addShandongPlaces(api.db);
    const { data, errors } = await api.run<{ ingestPlan: { id: string; candidates: { nodes: Candidate[] } } }>(
      'mutation($t: String!) { ingestPlan(input: {text: $t, title: "NGIT", issuer: "山东省人民政府办公厅", date: "2023-04-01", region: "山东"}) { id candidates(first: 500) { nodes { id kind name value unit confidence status } } } }',
      { t: text },
      ['editor'],
    );
    expect(errors).toBeUndefined();
    plan = data!.ingestPlan.id;
    for (const c of data!.ingestPlan.candidates.nodes) candidates.set(`${c.kind}/${c.name}`, c);
    allIds.push(...data!.ingestPlan.candidates.nodes.map((c) => c.id));
  });
  afterAll(async () => {
    await removePlans(api.db, [planIdOf(text)]);
    await removeShandongPlaces(api.db);
  });

  it('candidates come highest confidence first, a page at a time, none left out or repeated', async () => {
    const PAGE =
      'query($id: ID!, $after: String) { plan(id: $id) { candidates(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id confidence } } } }';
    const seen: { id: string; confidence: number }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const answer: Answer<Page> = await api.run<Page>(PAGE, { id: plan, after }, ['editor']);
      expect(answer.errors).toBeUndefined();
      const c = answer.data!.plan.candidates;
      expect(c.totalCount).toBe(allIds.length);
      seen.push(...c.nodes);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen.map((c) => c.id).sort()).toEqual([...allIds].sort());
    expect(seen.map((c) => c.confidence)).toEqual([...seen.map((c) => c.confidence)].sort((x, y) => y - x));
    expect(Math.max(...seen.map((c) => c.confidence))).toBe(seen[0]!.confidence);
  });

  it('accept, reject and reopen change the status; each is a decision with who, when and the change', async () => {
    const chain = candidate('CHAIN', '元宇宙');
    const accepted = await api.run<Reviewed>(REVIEW, { input: { candidate: chain.id, action: 'ACCEPT' } }, ['editor']);
    expect(accepted.data!.reviewCandidate).toMatchObject({ status: 'ACCEPTED', decidedAt: expect.any(Date) });
    const rejected = await api.run<Reviewed>(
      REVIEW,
      { input: { candidate: candidate('CHAIN', '信息技术产业链').id, action: 'REJECT' } },
      ['editor'],
    );
    expect(rejected.data!.reviewCandidate.status).toBe('REJECTED');
    const reopened = await api.run<Reviewed>(
      REVIEW,
      { input: { candidate: candidate('CHAIN', '信息技术产业链').id, action: 'REOPEN' } },
      ['editor'],
    );
    expect(reopened.data!.reviewCandidate.status).toBe('PENDING');
    const { decisions: made } = await decisions();
    expect(made.slice(0, 3).map((d) => d.action)).toEqual(['REOPEN', 'REJECT', 'ACCEPT']);
    expect(made[2]).toEqual({
      action: 'ACCEPT',
      by: 'tester',
      at: expect.any(Date),
      changes: { status: ['PENDING', 'ACCEPTED'] },
      candidate: { id: chain.id },
    });
    expect(Date.now() - new Date(made[2]!.at).getTime()).toBeLessThan(60_000);
  });

  it('edit changes the fields given and accepts; the decision holds each [before, after]', async () => {
    const target = candidate('TARGET', '国家级创新平台');
    const { data, errors } = await api.run<Reviewed>(
      REVIEW,
      { input: { candidate: target.id, action: 'EDIT', changes: { value: 12, name: ' 国家级创新平台数量 ' } } },
      ['editor'],
    );
    expect(errors).toBeUndefined();
    expect(data!.reviewCandidate).toMatchObject({
      name: '国家级创新平台数量',
      value: 12,
      unit: '家',
      status: 'ACCEPTED',
    });
    const [made] = (await decisions()).decisions;
    expect(made).toMatchObject({
      action: 'EDIT',
      by: 'tester',
      changes: { value: [10, 12], name: ['国家级创新平台', '国家级创新平台数量'], status: ['PENDING', 'ACCEPTED'] },
    });
    const empty = await api.run<Reviewed>(
      REVIEW,
      { input: { candidate: target.id, action: 'EDIT', changes: { name: '  ' } } },
      ['editor'],
    );
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'changes.name',
      messageZh: '名称不能为空。',
    });
    const nothing = await api.run<Reviewed>(REVIEW, { input: { candidate: target.id, action: 'EDIT', changes: {} } }, [
      'editor',
    ]);
    expect(nothing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'changes' });
  });

  it('merge says which node of the graph a candidate is, and accepts it; a node of another kind is refused', async () => {
    const quote = '济南、青岛等地创新策源能力进一步增强';
    const added = await api.run<Added>(
      ADD,
      { input: { plan, kind: 'PLACE', name: '济南', quote, start: text.indexOf(quote) } },
      ['editor'],
    );
    const place = candidates.get('PLACE/济南') ?? added.data!.addCandidate;
    const SHANDONG = await placeId(api.db, '山东');
    const first = await api.run<Reviewed>(
      REVIEW,
      { input: { candidate: place.id, action: 'MERGE', mergeInto: SHANDONG } },
      ['editor'],
    );
    expect(first.data?.reviewCandidate.mergedInto).toEqual({ id: SHANDONG }); // a reviewer may change their mind
    const { data } = await api.run<Reviewed>(
      REVIEW,
      { input: { candidate: place.id, action: 'MERGE', mergeInto: JINAN } },
      ['editor'],
    );
    expect(data!.reviewCandidate).toMatchObject({ status: 'ACCEPTED', mergedInto: { id: JINAN } });
    const [made] = (await decisions()).decisions;
    expect(made).toMatchObject({ action: 'MERGE', changes: { mergedInto: [SHANDONG, JINAN] } });
    const chain = await api.run<Reviewed>(
      REVIEW,
      { input: { candidate: place.id, action: 'MERGE', mergeInto: candidate('CHAIN', '元宇宙').id } },
      ['editor'],
    );
    expect(chain.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'mergeInto',
      messageZh: '只能合并到同类的已有条目。',
    });
  });

  it('addCandidate takes a selection whose quote is exactly the text at its start and end, and records it', async () => {
    const quote = '集成电路、高端软件等环节受制于人的局面有效改善';
    const start = text.indexOf(quote);
    const { data, errors } = await api.run<Added>(
      ADD,
      { input: { plan, kind: 'CHAIN_LINK', name: '集成电路', chain: '信息产业', quote, start } },
      ['editor'],
    );
    expect(errors).toBeUndefined();
    expect(data!.addCandidate).toMatchObject({
      kind: 'CHAIN_LINK',
      name: '集成电路',
      chain: '信息产业',
      quote,
      start,
      end: start + quote.length,
      status: 'ACCEPTED',
      rule: 'reviewer',
      confidence: 1,
    });
    expect(data!.addCandidate.section).toMatch(/^一/);
    const [made] = (await decisions()).decisions;
    expect(made).toMatchObject({
      action: 'ADD',
      by: 'tester',
      candidate: { id: data!.addCandidate.id },
      changes: { name: [null, '集成电路'], kind: [null, 'CHAIN_LINK'] },
    });

    // The very first and the very last words of the text are selections too.
    const first = await api.run<Added>(
      ADD,
      { input: { plan, kind: 'CHAIN', name: '新一代信息技术', quote: text.slice(0, 20), start: 0 } },
      ['editor'],
    );
    expect(first.data?.addCandidate).toMatchObject({ start: 0, end: 20 });
    const last = await api.run<Added>(
      ADD,
      { input: { plan, kind: 'CHAIN', name: '新一代信息技术', quote: text.slice(-12) } },
      ['editor'],
    );
    expect(last.data?.addCandidate).toMatchObject({ start: text.length - 12, end: text.length });

    const refusals = [
      { quote: `${quote}。。`, start }, // runs past the selection
      { quote: quote.slice(1), start }, // starts one character late
      { quote, start: start + 1 }, // the right words at the wrong place
      { quote: text.slice(-12), start: text.length - 11 }, // past the end of the text
      { quote: '集成电路，高端软件' }, // not the text's punctuation
    ];
    for (const r of refusals) {
      const answer = await api.run<Added>(ADD, { input: { plan, kind: 'CHAIN', name: 'x', ...r } }, ['editor']);
      expect(answer.errors?.[0]?.extensions, JSON.stringify(r)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'quote',
        messageZh: '引文必须与原文完全一致。',
      });
    }
  });

  it('acceptCandidates accepts the pending ones of a kind at or above a confidence; the progress counts follow', async () => {
    const pending = [...candidates.values()].filter(
      (c) => c.kind === 'CHAIN' && c.status === 'PENDING' && c.confidence >= 0.55 && c.name !== '元宇宙',
    );
    const before = (await decisions()).review.find((r) => r.kind === 'CHAIN');
    if (!before) throw new Error('no review progress for CHAIN before accepting');
    const { data, errors } = await api.run<{ acceptCandidates: { accepted: number; review: Progress[] } }>(
      'mutation($p: ID!) { acceptCandidates(plan: $p, kind: CHAIN, minConfidence: 0.55) { accepted review { kind pending accepted rejected } } }',
      { p: plan },
      ['editor'],
    );
    expect(errors).toBeUndefined();
    expect(data!.acceptCandidates.accepted).toBe(pending.length);
    const after = data!.acceptCandidates.review.find((r) => r.kind === 'CHAIN');
    expect(after).toEqual({
      kind: 'CHAIN',
      pending: before.pending - pending.length,
      accepted: before.accepted + pending.length,
      rejected: before.rejected,
    });
    const { decisions: made, review } = await decisions();
    expect(review).toEqual(data!.acceptCandidates.review);
    expect(review.map((r) => r.kind)).toEqual([
      'CHAIN',
      'CHAIN_LINK',
      'PLACE',
      'CARRIER',
      'TARGET',
      'ENTERPRISE',
      'PROJECT',
    ]);
    expect(made[0]).toMatchObject({
      action: 'ACCEPT_ABOVE',
      by: 'tester',
      changes: { kind: 'CHAIN', minConfidence: 0.55, accepted: pending.length },
      candidate: null,
    });
    const bad = await api.run(
      'mutation($p: ID!) { acceptCandidates(plan: $p, kind: CHAIN, minConfidence: 1.5) { accepted } }',
      { p: plan },
      ['editor'],
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'minConfidence' });
  });

  it('updatePlan corrects the metadata (an ISO date, a region by name) and records it', async () => {
    const { data, errors } = await api.run<{
      updatePlan: { date: string; region: { id: string } | null; periodStart: number | null; periodEnd: number | null };
    }>(
      'mutation($p: ID!) { updatePlan(input: {plan: $p, date: "2023-03-28", region: "济南", period: "2023-2025"}) { date region { id } periodStart periodEnd } }',
      { p: plan },
      ['editor'],
    );
    expect(errors).toBeUndefined();
    expect(data!.updatePlan).toEqual({ date: '2023-03-28', region: { id: JINAN }, periodStart: 2023, periodEnd: 2025 });
    const [made] = (await decisions()).decisions;
    expect(made).toMatchObject({ action: 'METADATA', changes: { date: ['2023-04-01', '2023-03-28'] } });
    const unknown = await api.run(
      'mutation($p: ID!) { updatePlan(input: {plan: $p, region: "亚特兰蒂斯"}) { date } }',
      { p: plan },
      ['editor'],
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'region' });
  });

  it('only editors and admins decide; others are refused and nothing is recorded', async () => {
    const count = (await decisions()).decisions.length;
    const chain = candidate('CHAIN', '区块链');
    expect(
      codes(await api.run<Reviewed>(REVIEW, { input: { candidate: chain.id, action: 'ACCEPT' } }, ['officer'])),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await api.run<Reviewed>(REVIEW, { input: { candidate: chain.id, action: 'ACCEPT' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codes(await api.run('query($id: ID!) { plan(id: $id) { title } }', { id: plan }, ['reader']))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      (await api.run<Reviewed>(REVIEW, { input: { candidate: chain.id, action: 'ACCEPT' } }, ['admin'])).errors,
    ).toBeUndefined();
    expect((await decisions()).decisions.length).toBe(count + 1);
  });
});
