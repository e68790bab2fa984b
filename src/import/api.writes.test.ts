import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, type Role } from '../auth/tokens.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startService, type Service } from '../service.js';
import { TEST_JWT_SECRET } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { dataOf, gql, type WireError } from '../../test/http-client.js';
import { useWrites } from '../../test/writes.js';

const GBK_SAMPLE = readFileSync('seed/examples/enterprises-luoyang-gbk.csv');
const BAD = readFileSync('seed/examples/fixtures/bad-rows.csv');

describe('imports through the API, as the web app does them', () => {
  const owned = useWrites();
  let service: Service;
  let url = '';
  const bearer = async (roles: Role[]) => `Bearer ${await issueToken(TEST_JWT_SECRET, 'officer-li', roles, 1)}`;
  const upload = async (bytes: Uint8Array, roles: Role[] | null, type = 'application/octet-stream') => {
    const headers: Record<string, string> = { 'content-type': type };
    if (roles) headers.authorization = await bearer(roles);
    const res = await fetch(`${url}/uploads`, { method: 'POST', headers, body: new Blob([new Uint8Array(bytes)]) });
    return {
      status: res.status,
      body: (await res.json()) as { upload?: string; bytes?: number; errors?: WireError[] },
    };
  };
  type Check = { checkImport: { ok: boolean; problems: string[] } };
  type Run = { runImport: { id: string; status: string } };
  type Import = { status: string; startedAt: string };
  const CHECK =
    'mutation($input: ImportFileInput!) { checkImport(input: $input) { ok format encoding rows enterprisesToCreate enterprisesToMerge ignoredColumns problems problemCount mergedExamples { line name into by } } }';
  const RUN = 'mutation($input: ImportFileInput!) { runImport(input: $input) { id status file rows by } }';

  beforeAll(async () => {
    const uploads = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-api-uploads-'));
    owned.file(uploads);
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      UPLOAD_LIMIT_BYTES: '4096',
      UPLOAD_DIR: uploads,
    });
    service = await startService(config, { db: testDatabase(), embedded: undefined }, createLogger('silent'));
    url = service.url;
  });
  afterAll(() => service.stop());

  it('an upload needs an officer, raw bytes, and a size within the limit', async () => {
    expect((await upload(GBK_SAMPLE, null)).status).toBe(401);
    expect(await upload(GBK_SAMPLE, ['reader'])).toMatchObject({
      status: 403,
      body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] },
    });
    expect((await upload(GBK_SAMPLE, ['officer'], 'text/plain')).status).toBe(415);
    expect(await upload(new Uint8Array(5000), ['officer'])).toMatchObject({
      status: 413,
      body: {
        errors: [
          {
            extensions: {
              code: 'PAYLOAD_TOO_LARGE',
              messageZh: '文件超过服务器允许的 4 KB 上限；更大的名单，请联系管理员导入。',
            },
          },
        ],
      },
    });
    const ok = await upload(GBK_SAMPLE, ['officer']);
    expect(ok).toMatchObject({ status: 201, body: { bytes: GBK_SAMPLE.length } });
    expect(ok.body.upload).toMatch(/^[0-9a-f]{32}$/);
  });

  it('an officer checks a file (the dry run), imports it, follows it to DONE, finds it in the history, and undoes it', async () => {
    const officer = await bearer(['officer']);
    const {
      body: { upload: id },
    } = await upload(GBK_SAMPLE, ['officer']);
    const input = { upload: id, fileName: 'enterprises-luoyang-gbk.csv' };
    const check = dataOf(await gql<Check>(url, CHECK, { input }, officer)).checkImport;
    expect(check).toMatchObject({
      ok: true,
      format: 'CSV',
      encoding: 'gb18030',
      rows: 3,
      enterprisesToCreate: 1,
      enterprisesToMerge: 2,
      ignoredColumns: ['联系人'],
      problems: [],
    });
    const started = dataOf(await gql<Run>(url, RUN, { input }, officer)).runImport;
    owned.import(started.id);
    expect(started).toMatchObject({ file: 'enterprises-luoyang-gbk.csv', rows: 3, by: 'officer-li' });
    let status = started.status;
    for (let i = 0; i < 100 && status === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = dataOf(
        await gql<{ node: Import }>(
          url,
          'query($id: ID!) { node(id: $id) { ... on Import { status } } }',
          { id: started.id },
          officer,
        ),
      ).node.status;
    }
    expect(status).toBe('DONE');
    expect(
      (await gql(url, 'query($id: ID!) { node(id: $id) { id } }', { id: started.id }, await bearer(['reader']))).codes,
    ).toEqual(['FORBIDDEN']);
    const [latest] = dataOf(
      await gql<{ imports: Import[] }>(
        url,
        '{ imports { id status enterprisesCreated rowsIntoExisting sha256 startedAt } }',
        {},
        officer,
      ),
    ).imports;
    expect(latest).toMatchObject({ id: started.id, status: 'DONE', enterprisesCreated: 1, rowsIntoExisting: 2 });
    expect(latest?.startedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const undone = (
      await gql(url, 'mutation($id: ID!) { undoImport(id: $id) { status undoneBy } }', { id: started.id }, officer)
    ).body.data;
    expect(undone).toEqual({ undoImport: { status: 'UNDONE', undoneBy: 'officer-li' } });
  });

  it('a file with problems: the check lists them, the import is refused with them, nothing is written', async () => {
    const officer = await bearer(['officer']);
    const {
      body: { upload: id },
    } = await upload(BAD, ['officer']);
    const input = { upload: id, fileName: 'bad-rows.csv' };
    const check = dataOf(await gql<Check>(url, CHECK, { input }, officer)).checkImport;
    expect(check).toMatchObject({ ok: false, problemCount: 4 });
    expect(check.problems[0]).toMatch(/^line 2: credit code/);
    // The same problems in Chinese, as the web app shows them to officers.
    const zh = dataOf(
      await gql<Check>(
        url,
        'mutation($input: ImportFileInput!) { checkImport(input: $input) { problems(language: ZH) } }',
        { input },
        officer,
      ),
    ).checkImport.problems;
    expect(zh).toHaveLength(4);
    expect(zh[0]).toBe('第 2 行：统一社会信用代码“91410100MA00000011”校验码不符：第 18 位应为 X');
    expect(zh[1]).toBe('第 3 行：图谱中没有与“火星”对应的地方（请写市、县、区名或完整地址）');
    const refused = await gql(url, RUN, { input }, officer);
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(refused.body.errors?.[0]?.extensions?.problems).toHaveLength(4);
    expect(refused.body.errors?.[0]?.extensions?.messageZh).toMatch(
      /^未导入任何内容：发现 4 个问题，第一个：第 2 行：/,
    );
  });

  it('the history and the imports themselves are for officers only', async () => {
    const reader = await bearer(['reader']);
    expect((await gql(url, '{ imports { id } }', {}, reader)).codes).toEqual(['FORBIDDEN']);
    const analyst = await bearer(['analyst']);
    expect((await gql(url, 'mutation { undoImport(id: "SW1wb3J0OngK") { id } }', {}, analyst)).codes).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      (
        await gql(
          url,
          'mutation($i: ImportFileInput!) { checkImport(input: $i) { ok } }',
          { i: { upload: '../../etc/passwd', fileName: 'x' } },
          await bearer(['officer']),
        )
      ).codes,
    ).toEqual(['BAD_USER_INPUT']);
  });
});
