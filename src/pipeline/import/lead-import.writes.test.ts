import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, type Role } from '../../auth/tokens.js';
import { loadConfig } from '../../config.js';
import { checkCharacter } from '../../import/credit-code.js';
import { createLogger } from '../../logger.js';
import { startService, type Service } from '../../service.js';
import { idOf, TEST_JWT_SECRET, type Person } from '../../../test/api.js';
import { testDatabase } from '../../../test/database.js';
import { dataOf, gql, type Reply } from '../../../test/http-client.js';
import { useWrites } from '../../../test/writes.js';
import { ledgerDay } from './ledger.js';

const XLSX = readFileSync('seed/examples/leads-zhengzhou.xlsx');
const GBK = readFileSync('seed/examples/leads-zhengzhou-gbk.csv');
const BAD = readFileSync('seed/examples/fixtures/leads-bad.csv');
const HEADER = '企业名称,统一社会信用代码,产业链,环节,地区,阶段,阶段日期,负责人,计划投资（亿元）,备注';

const zhang: Person = { username: 'ledger-zhang', name: '张科长', roles: ['officer'], place: idOf('Place', '郑州') };
const liu: Person = { username: 'ledger-liu', name: '刘科长', roles: ['officer'], place: idOf('Place', '洛阳') };
const homeless: Person = { username: 'ledger-nobody', name: '无地区', roles: ['officer'] };

const CHECK = `mutation($input: ImportFileInput!) { checkImport(input: $input) {
  ok kind format encoding sheet rows leadsToCreate enterprisesToCreate enterprisesToMerge
  createdExamples { line name } mergedExamples { line name into by } problems(language: ZH) problemCount } }`;
const RUN = 'mutation($input: ImportFileInput!) { runImport(input: $input) { id kind status file rows by } }';
const LEADS = `query($place: ID) { leads(place: $place, first: 100) { totalCount edges { node {
  id stage version origin originDetail { origin file line } enterprise { name } place { name } link { name }
  stageDates { stage actual } events { kind note } owner { username } planned { investment } } } } }`;

type Check = {
  ok: boolean;
  kind: string;
  format: string;
  encoding: string | null;
  rows: number;
  leadsToCreate: number;
  enterprisesToCreate: number;
  enterprisesToMerge: number;
  createdExamples: { line: number; name: string }[];
  problems: string[];
  problemCount: number;
};
type LeadNode = {
  id: string;
  stage: string;
  version: number;
  origin: string;
  originDetail: { origin: string; file: string | null; line: number | null };
  enterprise: { name: string };
  place: { name: string };
  link: { name: string } | null;
  stageDates: { stage: string; actual: string | null }[];
  events: { kind: string; note: string | null }[];
  owner: { username: string };
  planned: { investment: number | null };
};

describe('an officer imports a lead ledger (项目信息采集表) through the import machinery', () => {
  // Reading leads through the API records who read them (AuditEntry): owned too.
  const owned = useWrites({ track: ['Lead', 'LeadEvent', 'Import', 'Enterprise', 'NameKey', 'AuditEntry'] });
  const db = owned.db;
  let service: Service;
  let url = '';
  const bearer = async (p: Person) =>
    `Bearer ${await issueToken(TEST_JWT_SECRET, p.username, p.roles as Role[], 1, undefined, { name: p.name, place: p.place })}`;
  const upload = async (bytes: Uint8Array, p: Person) => {
    const res = await fetch(`${url}/uploads`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: await bearer(p) },
      body: new Blob([new Uint8Array(bytes)]),
    });
    return ((await res.json()) as { upload: string }).upload;
  };
  const check = async (bytes: Uint8Array, fileName: string, p: Person = zhang, kind?: string) => {
    const input = { upload: await upload(bytes, p), fileName, ...(kind ? { kind } : {}) };
    return gql<{ checkImport: Check }>(url, CHECK, { input }, await bearer(p));
  };
  const leadCount = async () => (await db.read<{ n: number }>('MATCH (l:Lead) RETURN count(l) AS n'))[0]!.n;
  const leadsOf = async (p: Person) =>
    dataOf(await gql<{ leads: { totalCount: number; edges: { node: LeadNode }[] } }>(url, LEADS, {}, await bearer(p)))
      .leads;
  /** Runs an import and follows it to its end; the test owns it. */
  const run = async (bytes: Uint8Array, fileName: string, p: Person = zhang) => {
    const input = { upload: await upload(bytes, p), fileName };
    const reply = await gql<{ runImport: { id: string; kind: string; status: string } }>(
      url,
      RUN,
      { input },
      await bearer(p),
    );
    if (!reply.body.data) return { reply, id: null, status: null };
    const id = reply.body.data.runImport.id;
    owned.import(id);
    let status = reply.body.data.runImport.status;
    for (let i = 0; i < 100 && status === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = dataOf(
        await gql<{ node: { status: string } }>(
          url,
          'query($id: ID!) { node(id: $id) { ... on Import { status } } }',
          { id },
          await bearer(p),
        ),
      ).node.status;
    }
    return { reply, id, status };
  };
  const undo = async (id: string, p: Person = zhang) =>
    gql<{ undoImport: { status: string } }>(
      url,
      'mutation($id: ID!) { undoImport(id: $id) { status kind leadsCreated } }',
      { id },
      await bearer(p),
    );

  beforeAll(async () => {
    const uploads = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-ledger-uploads-'));
    owned.file(uploads);
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      UPLOAD_DIR: uploads,
      UPLOADS_PER_OFFICER: '100',
    });
    service = await startService(config, { db: testDatabase(), embedded: undefined }, createLogger('silent'));
    url = service.url;
  });
  afterAll(() => service.stop());

  it('the GBK ledger is detected as GBK and as a lead ledger (its 阶段 column); the dry run reports its rows and writes nothing', async () => {
    const before = await leadCount();
    const report = dataOf(await check(GBK, 'leads-zhengzhou-gbk.csv')).checkImport;
    expect(report).toMatchObject({
      ok: true,
      kind: 'LEADS',
      format: 'CSV',
      encoding: 'gb18030',
      rows: 3,
      leadsToCreate: 3,
      enterprisesToCreate: 0,
      enterprisesToMerge: 3,
      problems: [],
    });
    const xlsx = dataOf(await check(XLSX, 'leads-zhengzhou.xlsx')).checkImport;
    expect(xlsx).toMatchObject({ ok: true, kind: 'LEADS', format: 'XLSX', rows: 4, leadsToCreate: 4 });
    expect(await leadCount()).toBe(before);
  });

  it('the dry run lists every problem by its line, in Chinese; the import is refused and writes nothing', async () => {
    const before = await leadCount();
    const report = dataOf(await check(BAD, 'leads-bad.csv')).checkImport;
    expect(report).toMatchObject({ ok: false, kind: 'LEADS', rows: 5, problemCount: 5 });
    expect(report.problems).toEqual([
      '第 2 行：产业链“智能手机产业链”中没有名为“芯片组”的环节（请写图谱中的产业链和环节名称）',
      '第 3 行：统一社会信用代码“91410100MA00000011”校验码不符：第 18 位应为 X',
      '第 4 行：“洛阳”不在您的辖区内：只能导入郑州及下辖地区的招商项目',
      '第 5 行：没有“洽商中”这个阶段（请写 线索、接洽、在谈、签约、开工、暂停 或 终止）',
      '第 6 行：“投产”的项目不能导入：投产及以后阶段请在项目页面确认（确认后项目将计入产业链地图）',
    ]);
    // One bad row among good ones: nothing of the file is written.
    const mixed = Buffer.concat([
      GBK,
      iconv.encode('京东方科技集团股份有限公司,,智能手机产业链,屏幕,郑州,接洽,,,,\r\n', 'gbk'),
    ]);
    const { reply } = await run(mixed, 'mixed.csv');
    expect(reply.codes).toEqual(['BAD_USER_INPUT']);
    expect(reply.body.errors?.[0]?.extensions?.messageZh).toMatch(/^未导入任何内容：发现 1 个问题，第一个：第 5 行：/);
    expect(await leadCount()).toBe(before);
  });

  it('imported leads are the officer’s (stage, origin IMPORT, file and line), not 洛阳’s; in the history; a second import of an open lead is refused; undo removes them', async () => {
    const before = await leadCount();
    const { id, status } = await run(XLSX, 'leads-zhengzhou.xlsx');
    expect(status).toBe('DONE');
    expect(await leadCount()).toBe(before + 4);

    const mine = (await leadsOf(zhang)).edges
      .map((e) => e.node)
      .filter((l) => l.originDetail.file === 'leads-zhengzhou.xlsx');
    expect(mine).toHaveLength(4);
    const qualcomm = mine.find((l) => l.enterprise.name === '高通公司')!;
    expect(qualcomm).toMatchObject({
      stage: 'NEGOTIATING',
      version: 1,
      origin: 'IMPORT',
      originDetail: { origin: 'IMPORT', file: 'leads-zhengzhou.xlsx', line: 2 },
      place: { name: '郑州' },
      link: { name: '芯片' },
      owner: { username: 'ledger-zhang' },
      planned: { investment: 5 },
      events: [{ kind: 'CREATED', note: '由导入 leads-zhengzhou.xlsx 第 2 行建立' }],
    });
    expect(qualcomm.stageDates.find((d) => d.stage === 'NEGOTIATING')?.actual).toBe('2026-11-20');
    // The place by its GB/T 2260 code (410105 金水区) and by a zone's name.
    expect(mine.find((l) => l.enterprise.name === '舜宇光电公司')).toMatchObject({
      stage: 'CLUE',
      place: { name: '金水区' },
    });
    expect(mine.find((l) => l.enterprise.name === '京东方科技集团股份有限公司')?.place.name).toBe('郑州航空港区');
    expect((await leadsOf(liu)).edges.map((e) => e.node.id)).not.toContain(qualcomm.id);

    const [latest] = dataOf(
      await gql<{ imports: { id: string; kind: string; status: string; leadsCreated: number; file: string }[] }>(
        url,
        '{ imports(first: 5) { id kind status leadsCreated file } }',
        {},
        await bearer(zhang),
      ),
    ).imports;
    expect(latest).toEqual({ id, kind: 'LEADS', status: 'DONE', leadsCreated: 4, file: 'leads-zhengzhou.xlsx' });

    // 高通公司 · 芯片 · 郑州 is open now: the GBK ledger, which has it too, is refused on that line.
    const again = dataOf(await check(GBK, 'leads-zhengzhou-gbk.csv')).checkImport;
    expect(again).toMatchObject({ ok: false, problemCount: 1 });
    expect(again.problems).toEqual(['第 2 行：该企业在此地区此环节已有招商项目（在谈阶段），请在系统中更新']);

    expect(dataOf(await undo(id!)).undoImport).toEqual({ status: 'UNDONE', kind: 'LEADS', leadsCreated: 4 });
    expect(await leadCount()).toBe(before);
  });

  it('a lead changed since its import is not undone: the refusal names it', async () => {
    const { id } = await run(GBK, 'leads-zhengzhou-gbk.csv');
    const lead = (await leadsOf(zhang)).edges
      .map((e) => e.node)
      .find(
        (l) => l.originDetail.file === 'leads-zhengzhou-gbk.csv' && l.enterprise.name === '天马微电子股份有限公司',
      )!;
    const moved = await gql(
      url,
      'mutation($id: ID!) { moveLead(id: $id, stage: NEGOTIATING, version: 1) { lead { version } } }',
      { id: lead.id },
      await bearer(zhang),
    );
    expect(moved.body.errors).toBeUndefined();
    const refused = await undo(id!);
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.extensions?.messageZh).toBe(
      '该导入建立的 1 个招商项目在导入后已有更新（第 3 行 天马微电子股份有限公司），不能撤销：请在系统中逐个处理。',
    );
    const [record] = await db.read<{ status: string }>('MATCH (i:Import {id: $id}) RETURN i.status AS status', { id });
    expect(record?.status).toBe('DONE');
  });

  it('a new enterprise needs its credit code; with one it is created with the import, and undo removes it', async () => {
    const code = '91410100MA9LEDG01';
    const valid = code + checkCharacter(code);
    const csv = (rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'), 'utf8');
    const without = dataOf(
      await check(csv(['测试样例导入光电有限公司,,智能手机产业链,屏组件,郑州,线索,,,,']), 'new.csv'),
    ).checkImport;
    expect(without.problems).toEqual(['第 2 行：图谱中没有“测试样例导入光电有限公司”：新企业须填写统一社会信用代码']);

    const file = csv([`测试样例导入光电有限公司,${valid},智能手机产业链,屏组件,郑州,线索,2026/11/3,,,`]);
    expect(dataOf(await check(file, 'new.csv')).checkImport).toMatchObject({
      ok: true,
      enterprisesToCreate: 1,
      createdExamples: [{ line: 2, name: '测试样例导入光电有限公司' }],
    });
    const { id, status } = await run(file, 'new.csv');
    expect(status).toBe('DONE');
    const created = await db.read<{ n: number }>('MATCH (e:Enterprise {creditCode: $valid}) RETURN count(e) AS n', {
      valid,
    });
    expect(created[0]!.n).toBe(1);
    const lead = (await leadsOf(zhang)).edges.map((e) => e.node).find((l) => l.originDetail.file === 'new.csv')!;
    expect(lead).toMatchObject({ enterprise: { name: '测试样例导入光电有限公司' }, stage: 'CLUE' });
    expect(lead.stageDates.find((d) => d.stage === 'CLUE')?.actual).toBe('2026-11-03');
    expect(dataOf(await undo(id!)).undoImport.status).toBe('UNDONE');
    const left = await db.read<{ n: number }>('MATCH (e:Enterprise {creditCode: $valid}) RETURN count(e) AS n', {
      valid,
    });
    expect(left[0]!.n).toBe(0);
  });

  it('only an officer with a home place imports a ledger; a header that could be either kind asks which; the kind can be given', async () => {
    const refused = await check(GBK, 'leads-zhengzhou-gbk.csv', homeless);
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.extensions?.messageZh).toBe('只有设置了所属地区的招商人员可以导入招商项目台账。');
    const both = Buffer.from('企业名称,地区,所属行业,阶段\n高通公司,郑州,电子信息,线索\n', 'utf8');
    const ambiguous: Reply<unknown> = await check(both, 'both.csv');
    expect(ambiguous.body.errors?.[0]?.extensions?.messageZh).toBe(
      '未导入任何内容：表头既有“阶段”又有“所属行业”，无法判断是招商项目台账还是企业名单：请选择文件类型后重新检查。',
    );
    expect(dataOf(await check(both, 'both.csv', zhang, 'LEADS')).checkImport).toMatchObject({
      ok: true,
      kind: 'LEADS',
    });
    expect(dataOf(await check(both, 'both.csv', zhang, 'ENTERPRISES')).checkImport).toMatchObject({
      ok: true,
      kind: 'ENTERPRISES',
      leadsToCreate: 0,
    });
  });

  it('reads the days ledgers write', () => {
    expect(ledgerDay('2026-03-05')).toBe('2026-03-05');
    expect(ledgerDay('2026/3/5')).toBe('2026-03-05');
    expect(ledgerDay('2026年3月5日')).toBe('2026-03-05');
    expect(ledgerDay('46086')).toBe('2026-03-05');
    expect(ledgerDay('2026-02-30')).toBeNull();
    expect(ledgerDay('下周')).toBeNull();
  });
});
