import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { codes, useTestApi } from '../../test/api.js';
import {
  addShandongPlaces,
  JINAN,
  NGIT_FILE,
  PLANS_DIR,
  planIdOf,
  planText,
  removePlans,
  removeShandongPlaces,
} from './plan-fixtures.js';

const INGEST = `mutation($input: IngestPlanInput!) { ingestPlan(input: $input) { id title issuer date status curated region { name } periodStart periodEnd ingestedBy counts { kind total accepted } } }`;
const NGIT = {
  title: '山东省新一代信息技术创新能力提升行动计划（2023—2025年）',
  issuer: '山东省人民政府办公厅',
  date: '2023-04-01',
  region: '山东',
  period: '2023-2025',
};
const JINAN_FILE = `${PLANS_DIR}/jinan-2021-digital-pioneer-city-plan.txt`;

type Count = { kind: string; total: number; accepted: number };
type Ingested = {
  ingestPlan: {
    id: string;
    title: string;
    issuer: string;
    date: string;
    status: string;
    curated: boolean;
    region: { name: string } | null;
    periodStart: number | null;
    periodEnd: number | null;
    ingestedBy: string | null;
    counts: Count[];
  };
};
type Candidates = {
  plan: {
    candidates: {
      totalCount: number;
      nodes: { name: string; quote: string; start: number; end: number; status: string }[];
    };
  };
};
type Ids = { nodes: { id: string }[] };

describe('ingesting a plan: a draft only editors see', () => {
  const api = useTestApi();
  const ingested = new Set<string>();
  let draft: string;
  beforeAll(() => addShandongPlaces(api.db));
  afterAll(async () => {
    await removePlans(api.db, [...ingested, planIdOf(planText(NGIT_FILE)), planIdOf(planText(JINAN_FILE))]);
    await removeShandongPlaces(api.db);
  });

  it('ingestPlan with pasted text stores a DRAFT with its metadata and candidates', async () => {
    const { data, errors } = await api.run<Ingested>(INGEST, { input: { text: planText(NGIT_FILE), ...NGIT } }, [
      'editor',
    ]);
    expect(errors).toBeUndefined();
    draft = data!.ingestPlan.id;
    ingested.add(draft);
    expect(data!.ingestPlan).toMatchObject({
      title: NGIT.title,
      issuer: NGIT.issuer,
      date: '2023-04-01',
      status: 'DRAFT',
      curated: false,
      region: { name: '山东' },
      periodStart: 2023,
      periodEnd: 2025,
      ingestedBy: 'tester',
    });
    const count = (kind: string) => data!.ingestPlan.counts.find((c) => c.kind === kind);
    expect(count('CHAIN')?.total).toBeGreaterThan(5);
    expect(count('TARGET')).toEqual({ kind: 'TARGET', total: expect.any(Number), accepted: 0 });
    const { data: seen } = await api.run<Candidates>(
      'query($id: ID!) { plan(id: $id) { candidates(kind: CHAIN) { totalCount nodes { name quote start end status } } } }',
      { id: draft },
      ['editor'],
    );
    const text = planText(NGIT_FILE);
    expect(seen!.plan.candidates.nodes).toHaveLength(seen!.plan.candidates.totalCount);
    for (const c of seen!.plan.candidates.nodes) {
      expect(c.status).toBe('PENDING');
      expect(text.slice(c.start, c.end)).toBe(c.quote);
    }
    expect(seen!.plan.candidates.nodes.map((c) => c.name)).toContain('元宇宙');
  });

  it('an editor finds it among the drafts; a reader, an officer and anyone without a token see no draft anywhere', async () => {
    const drafts = await api.run<{ plans: { nodes: { id: string; status: string }[] } }>(
      '{ plans(where: {status: DRAFT}) { nodes { id status } } }',
      {},
      ['editor'],
    );
    expect(drafts.data!.plans.nodes).toContainEqual({ id: draft, status: 'DRAFT' });
    expect(codes(await api.run('{ plans(where: {status: DRAFT}) { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    const [candidate] = await api.db.read<{ id: string }>(
      'MATCH (:Plan {id: $id})-[:HAS_CANDIDATE]->(c) RETURN c.id AS id LIMIT 1',
      { id: draft },
    );
    for (const roles of [[], ['reader'], ['officer'], ['analyst']] as const) {
      const who = roles.join() || 'anonymous';
      const { data } = await api.run<{ plans: Ids }>('{ plans(first: 100) { nodes { id } } }', {}, [...roles]);
      expect(
        data!.plans.nodes.map((p) => p.id),
        who,
      ).not.toContain(draft);
      if (roles.length)
        expect(codes(await api.run('{ plans(where: {status: DRAFT}) { totalCount } }', {}, [...roles])), who).toEqual([
          'FORBIDDEN',
        ]);
      const byId = await api.run('query($id: ID!) { plan(id: $id) { title } }', { id: draft }, [...roles]);
      expect(byId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageZh: '找不到该规划。' });
      for (const id of [draft, candidate!.id]) {
        const node = await api.run<{ node: { id: string } | null }>(
          'query($id: ID!) { node(id: $id) { id } }',
          { id },
          [...roles],
        );
        expect(node.data?.node ?? null, `${who} node(${id})`).toBeNull();
      }
      const { data: found } = await api.run<{ search: { node: { id: string } }[] }>(
        '{ search(text: "元宇宙") { node { id } } }',
        {},
        [...roles],
      );
      expect(found!.search, who).toEqual([]);
      const { data: chains } = await api.run<{ chains: { name: string }[] }>(
        'query($p: ID!) { chains(place: $p) { name } }',
        { p: JINAN },
        [...roles],
      );
      expect(chains!.chains, who).toEqual([]);
    }
  });

  it('ingesting the same text again is refused with an error naming the plan it is', async () => {
    const again = await api.run(INGEST, { input: { text: planText(NGIT_FILE), title: 'another title' } }, ['editor']);
    expect(again.errors?.[0]?.message).toContain(draft);
    expect(again.errors?.[0]?.message).toContain(NGIT.title);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      plan: draft,
      messageZh: '该文本已经导入过。',
    });
    expect(codes(await api.run(INGEST, { input: { text: 'x' } }, ['officer']))).toEqual(['FORBIDDEN']);
  });

  it('npm run ingest -- FILE stores a draft and prints its id and review page; the same file again names the plan', async () => {
    const neo4j = inject('neo4j');
    const env = {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      LOG_LEVEL: 'warn',
    };
    const args = [
      '--import',
      'tsx',
      'src/ingest/cli.ts',
      JINAN_FILE,
      '--issuer',
      '济南市人民政府',
      '--date',
      '2021-05-10',
      '--region',
      '济南',
      '--period',
      '2021-2023',
    ];
    const { stdout } = await promisify(execFile)(process.execPath, args, { env, timeout: 120_000 });
    const id = /stored as draft (\S+)/.exec(stdout)?.[1];
    expect(id, stdout).toBeDefined();
    ingested.add(id!);
    expect(stdout).toContain(`/plans/${id}`);
    const { data } = await api.run<{
      plan: {
        title: string;
        issuer: string;
        date: string;
        status: string;
        region: { id: string } | null;
        ingestedBy: string | null;
      };
    }>('query($id: ID!) { plan(id: $id) { title issuer date status region { id } ingestedBy } }', { id }, ['editor']);
    expect(data!.plan).toMatchObject({
      title: '加快数字化高质量发展打造数字先锋城市推进方案',
      issuer: '济南市人民政府',
      date: '2021-05-10',
      status: 'DRAFT',
      region: { id: JINAN },
    });
    expect(data!.plan.ingestedBy).toMatch(/^cli:/);
    const again = await promisify(execFile)(process.execPath, args, { env, timeout: 120_000 }).catch(
      (err: { code: number; stderr: string }) => err,
    );
    expect(again).toMatchObject({ code: 2 });
    expect((again as { stderr: string }).stderr).toContain(id);
  }, 240_000);
});
