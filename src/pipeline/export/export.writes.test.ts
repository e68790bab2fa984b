import { parse } from 'csv-parse/sync';
import { pino } from 'pino';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, type Role } from '../../auth/tokens.js';
import { loadConfig } from '../../config.js';
import { startService, type Service } from '../../service.js';
import { idOf, TEST_JWT_SECRET } from '../../../test/api.js';
import { testDatabase } from '../../../test/database.js';
import { dataOf, firstError, gql } from '../../../test/http-client.js';
import { useWrites } from '../../../test/writes.js';
import { csvCell } from './csv.js';
import { COLUMNS } from './sheet.js';

const ZHENGZHOU = idOf('Place', '郑州');
const LUOYANG = idOf('Place', '洛阳');
const HENAN = idOf('Place', '河南');
const QUALCOMM = idOf('Enterprise', '高通公司');
const CHIP = idOf('ChainLink', 'smartphone/chip');

type Person = { username: string; name: string; roles: Role[]; place?: string };
const zhang: Person = { username: 'export-zhang', name: '张科长', roles: ['officer'], place: ZHENGZHOU };
const liu: Person = { username: 'export-liu', name: '刘科长', roles: ['officer'], place: LUOYANG };
const sheng: Person = { username: 'export-sheng', name: '省厅李处', roles: ['officer'], place: HENAN };
const analyst: Person = { username: 'export-analyst', name: '分析员', roles: ['analyst'] };
const admin: Person = { username: 'export-admin', name: '管理员', roles: ['admin'], place: HENAN };

const bearer = async (p: Person) =>
  `Bearer ${await issueToken(TEST_JWT_SECRET, p.username, p.roles, 1, undefined, { name: p.name, place: p.place })}`;

const CREATE = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { lead { id stage } } }`;
const VISIT = `mutation ($input: InteractionInput!) { recordInteraction(input: $input) { interaction { id } } }`;
const AUDIT = `query ($username: String, $first: Int) { pipelineAudit(username: $username, first: $first) {
  totalCount edges { node { at username action detail count } } } }`;
type Audit = {
  pipelineAudit: {
    totalCount: number;
    edges: { node: { at: string; username: string; action: string; detail: string; count: number } }[];
  };
};

/** A contact that must never leave the service in a file. */
const CONTACT = { name: '陈经理', title: '中国区政府事务', phone: '13812345678' };
/** A next action that a spreadsheet would run as a formula if it were not escaped. */
const FORMULA = '=1+2 寄送园区资料';

describe('the 项目信息采集表: GET /exports/leads.xlsx and .csv, the leads the caller may see, audited', () => {
  const owned = useWrites({ track: ['Lead', 'LeadEvent', 'Interaction', 'AuditEntry'] });
  const logs: string[] = [];
  let service: Service;
  let url = '';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    const log = pino({ level: 'info' }, { write: (line: string) => void logs.push(line) });
    service = await startService(config, { db: testDatabase(), embedded: undefined }, log);
    url = service.url;

    // Two leads on 高通 for 芯片, one in 郑州 and one in 洛阳, each by its own officer.
    for (const [who, place, origin] of [
      [zhang, ZHENGZHOU, 'PLAN'],
      [liu, LUOYANG, 'OWN'],
    ] as const) {
      const created = dataOf(
        await gql<{ createLead: { lead: { id: string; stage: string } } }>(
          url,
          CREATE,
          { input: { enterprise: QUALCOMM, place, link: CHIP, origin } },
          await bearer(who),
        ),
      );
      ids[who.username] = created.createLead.lead.id;
    }
    dataOf(
      await gql(
        url,
        VISIT,
        {
          input: {
            lead: ids[zhang.username],
            kind: 'VISIT',
            date: '2025-06-01',
            ours: ['张科长'],
            theirs: [CONTACT],
            summary: '赴深圳拜访，介绍郑州手机产业配套',
            nextAction: { summary: FORMULA, due: '2025-06-10' },
          },
        },
        await bearer(zhang),
      ),
    );
  });
  afterAll(() => service.stop());

  const exportOf = async (format: 'csv' | 'xlsx', who?: Person, query: Record<string, string> = {}) => {
    const headers: Record<string, string> = who ? { authorization: await bearer(who) } : {};
    return fetch(`${url}/exports/leads.${format}?${new URLSearchParams(query)}`, { headers });
  };
  const csvOf = async (who: Person, query: Record<string, string> = {}) => {
    const res = await exportOf('csv', who, query);
    expect(res.status).toBe(200);
    // The bytes as sent: Response.text() would drop the BOM.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    return { res, text, rows: parse(text, { bom: true }) as string[][] };
  };

  it("the 郑州 officer's CSV: BOM, CRLF, the Chinese header, their one lead at 线索 with its last visit and overdue next action, no contact, formulas escaped", async () => {
    const { res, text, rows } = await csvOf(zhang, { place: ZHENGZHOU });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('项目信息采集表-郑州-')}`,
    );
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"; /);
    expect(res.headers.get('x-export-rows')).toBe('1');
    expect(text.startsWith('\uFEFF序号,项目名称,企业名称,')).toBe(true);
    expect(text.split('\r\n').length).toBe(3);
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      序号: '1',
      项目名称: '高通公司 · 芯片',
      企业名称: '高通公司',
      产业链: expect.any(String),
      环节: '芯片',
      地区: '郑州',
      阶段: '线索',
      阶段日期: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      来源: '规划点名',
      负责人: '张科长',
      '计划投资（亿元）': '',
      最近对接: '2025-06-01 走访：赴深圳拜访，介绍郑州手机产业配套',
      下一步工作: `'${FORMULA}`,
      截止日期: '2025-06-10',
      是否逾期: '是',
      更新时间: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
    });
    for (const secret of [CONTACT.name, CONTACT.phone, '138', '****']) expect(text).not.toContain(secret);
  });

  it('the XLSX parses back to the same rows, the header first; text stays text', async () => {
    const csv = (await csvOf(zhang, { place: ZHENGZHOU })).rows;
    const res = await exportOf('xlsx', zhang, { place: ZHENGZHOU });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('项目信息采集表-郑州-')}`,
    );
    const sheet = await readSheet(Buffer.from(await res.arrayBuffer()));
    expect(sheet[0]).toEqual([...COLUMNS]);
    expect(sheet[1]![0]).toBe(1);
    // The workbook holds the next action as it was written (a text cell is never a formula);
    // as CSV text, each cell reads as the CSV has it.
    expect(sheet[1]![COLUMNS.indexOf('下一步工作')]).toBe(FORMULA);
    expect(sheet.map((r) => r.map((c) => (c === null ? '' : csvCell(c as string | number))))).toEqual(csv);
  });

  it("the 洛阳 officer's export holds their lead and no 郑州 row; the province's holds both", async () => {
    const luoyang = (await csvOf(liu)).rows;
    expect(luoyang.slice(1).map((r) => r[COLUMNS.indexOf('地区')])).toEqual(['洛阳']);
    expect(luoyang.slice(1).map((r) => r[COLUMNS.indexOf('来源')])).toEqual(['自行发现']);
    // Asking for 郑州 gives them nothing of it: only their own places are in scope.
    expect((await csvOf(liu, { place: ZHENGZHOU })).rows).toEqual([[...COLUMNS]]);
    const xlsx = await readSheet(Buffer.from(await (await exportOf('xlsx', liu)).arrayBuffer()));
    expect(xlsx.flat()).not.toContain('郑州');

    const province = (await csvOf(sheng, { stage: 'CLUE' })).rows;
    expect(
      province
        .slice(1)
        .map((r) => r[COLUMNS.indexOf('地区')])
        .sort(),
    ).toEqual(['洛阳', '郑州']);
    expect((await csvOf(sheng, { stage: 'SIGNED' })).rows).toHaveLength(1);
  });

  it('anonymous gets 401, an analyst 403, a bad filter 400, each with a message in Chinese', async () => {
    const anonymous = await exportOf('csv');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({
      errors: [
        {
          message: expect.any(String),
          extensions: { code: 'UNAUTHENTICATED', messageZh: '导出招商项目需要先登录。' },
        },
      ],
    });
    const forged = await fetch(`${url}/exports/leads.xlsx`, { headers: { authorization: 'Bearer not.a.jwt' } });
    expect(forged.status).toBe(401);
    for (const format of ['csv', 'xlsx'] as const) {
      const refused = await exportOf(format, analyst);
      expect(refused.status).toBe(403);
      expect((await refused.json()).errors[0].extensions).toEqual({
        code: 'FORBIDDEN',
        messageZh: '只有招商人员可以导出招商项目。',
      });
    }
    const bad = await exportOf('csv', zhang, { stage: 'DONE' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('exports, lead pages and list pages are in the audit: listed by pipelineAudit for an admin, refused to an officer', async () => {
    // Entries go with each test (the fixture tracks them): this test makes its own.
    expect((await exportOf('xlsx', zhang, { place: ZHENGZHOU })).status).toBe(200);
    expect((await exportOf('csv', liu)).status).toBe(200);
    await csvOf(zhang, { place: ZHENGZHOU });
    const auth = await bearer(zhang);
    dataOf(await gql(url, '{ leads(first: 5) { totalCount } }', {}, auth));
    dataOf(await gql(url, 'query ($id: ID!) { node(id: $id) { id } }', { id: ids[zhang.username] }, auth));
    // Nothing seen, nothing recorded: an analyst's empty list writes no entry.
    dataOf(await gql(url, '{ leads { totalCount } }', {}, await bearer(analyst)));

    const audit = dataOf(await gql<Audit>(url, AUDIT, { username: zhang.username, first: 100 }, await bearer(admin)));
    const entries = audit.pipelineAudit.edges.map((e) => e.node);
    expect(entries.every((e) => e.username === zhang.username)).toBe(true);
    // Newest first.
    expect(entries.map((e) => e.at)).toEqual(
      entries
        .map((e) => e.at)
        .sort()
        .reverse(),
    );
    expect(entries.slice(0, 3).map((e) => [e.action, e.detail, e.count])).toEqual([
      ['VIEW_LEAD', ids[zhang.username], 1],
      ['LIST_LEADS', 'leads rows=1 total=1', 1],
      ['EXPORT', 'leads.csv place=郑州 rows=1', 1],
    ]);
    expect(entries.some((e) => e.action === 'EXPORT' && e.detail === 'leads.xlsx place=郑州 rows=1')).toBe(true);
    const all = dataOf(await gql<Audit>(url, AUDIT, { first: 100 }, await bearer(admin)));
    expect(all.pipelineAudit.edges.some((e) => e.node.username === analyst.username)).toBe(false);
    expect(all.pipelineAudit.edges.some((e) => e.node.username === liu.username && e.node.action === 'EXPORT')).toBe(
      true,
    );

    const refused = await gql<Audit>(url, AUDIT, {}, await bearer(zhang));
    expect(refused.codes).toEqual(['FORBIDDEN']);
    expect(firstError(refused).extensions?.messageZh).toBe('只有管理员可以查看招商数据的访问记录。');

    // The service log has the same entries, and never a contact.
    const audited = logs.filter((l) => l.includes('"audit"'));
    expect(audited.some((l) => l.includes('"action":"EXPORT"') && l.includes('leads.csv place=郑州 rows=1'))).toBe(
      true,
    );
    expect(audited.join('\n')).not.toContain(CONTACT.phone);
    expect(
      await owned.db.read('MATCH (a:AuditEntry) WHERE a.username = $u RETURN count(a) AS n', { u: zhang.username }),
    ).toEqual([{ n: 4 }]);
  });
});
