import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, type Role } from '../auth/tokens.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startService, type Service } from '../service.js';
import { TEST_JWT_SECRET } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { dataOf, firstError, gql, type WireError } from '../../test/http-client.js';
import { useWrites, type Owned } from '../../test/writes.js';
import { cell, deflatedSheet, HEADER, row, sheetXml, workbook } from '../../test/xlsx-files.js';

const MB = 1024 * 1024;
const CHECK =
  'mutation($input: ImportFileInput!) { checkImport(input: $input) { ok format sheet rows ignoredColumns problems } }';
const CHECK_COLUMNS =
  'mutation($input: ImportFileInput!) { checkImport(input: $input) { ok ignoredColumns ignoredColumnCount } }';
const RUN = 'mutation($input: ImportFileInput!) { runImport(input: $input) { id status } }';
const STATUS = 'query($id: ID!) { node(id: $id) { ... on Import { status ignoredColumns ignoredColumnCount } } }';

/** A service of its own on the test database, its uploads in a folder of their own (the fixture's to remove). */
async function serve(owned: Owned, env: Record<string, string>): Promise<{ service: Service; dir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-uploads-test-'));
  owned.file(dir);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    RATE_LIMIT_PER_MINUTE: '100000',
    UPLOAD_DIR: dir,
    ...env,
  });
  return {
    service: await startService(config, { db: testDatabase(), embedded: undefined }, createLogger('silent')),
    dir,
  };
}

const bearer = async (officer: string, roles: Role[] = ['officer']) =>
  `Bearer ${await issueToken(TEST_JWT_SECRET, officer, roles, 1)}`;

/** What POST /uploads answers: the upload's id and size, or why not. */
type Uploaded = { upload?: string; bytes?: number; errors?: WireError[] };
/** What the queries above ask for. */
type Check = { checkImport: { ok: boolean; ignoredColumns: string[] } };
type Run = { runImport: { id: string; status: string } };
type Status = { node: { status: string; ignoredColumns: string[] | null; ignoredColumnCount: number | null } };

async function upload(
  url: string,
  bytes: Uint8Array,
  officer: string,
): Promise<{ status: number; headers: Headers; body: Uploaded }> {
  const res = await fetch(`${url}/uploads`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', authorization: await bearer(officer) },
    body: new Blob([new Uint8Array(bytes)]),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Uploaded };
}

/** An import file with a note long enough to make it `bytes` long, or about. */
const listOf = (name: string, bytes = 0) =>
  Buffer.from(
    `企业名称,所在地,产业链环节,备注\n${name},郑州,芯片,${'测'.repeat(Math.max(0, Math.floor((bytes - 80) / 3)))}\n`,
  );

async function untilFinished(url: string, id: string, officer: string): Promise<Status['node']> {
  const auth = await bearer(officer);
  for (let i = 0; i < 200; i++) {
    const { node } = dataOf(await gql<Status>(url, STATUS, { id }, auth));
    if (node.status !== 'RUNNING') return node;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${id} did not finish`);
}

/** How far this process's resident memory rose while `work` ran, at its highest, in MB. */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const result = await work();
  clearInterval(sampler);
  return { result, peakMb: (Math.max(peak, process.memoryUsage.rss()) - before) / MB };
}

const owned = useWrites();

describe('an officer’s file cannot take the service down: checked through the API after POST /uploads', () => {
  let service: Service;
  let url = '';
  beforeAll(async () => {
    ({ service } = await serve(owned, { UPLOAD_LIMIT_BYTES: String(16 * MB) }));
    url = service.url;
  });
  afterAll(() => service.stop());

  const check = async (bytes: Uint8Array, officer: string, fileName = 'list.xlsx') => {
    const sent = await upload(url, bytes, officer);
    expect(sent.status).toBe(201);
    return gql<Check>(url, CHECK, { input: { upload: sent.body.upload, fileName } }, await bearer(officer));
  };

  it('the 1.6 KB workbook whose row is numbered 300000000 is refused with that row, in English and Chinese; the service stays small and answers the next request', async () => {
    const bytes = workbook([
      {
        name: 'Sheet1',
        data: Buffer.from(sheetXml(row(1, HEADER) + `<row r="300000000">${cell('A300000000', '测试样例企业')}</row>`)),
      },
    ]);
    const { result: refused, peakMb } = await peakGrowth(() => check(bytes, 'officer-row'));
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(firstError(refused).message).toBe(
      'Nothing was imported: row 300000000 of sheet "Sheet1" is beyond Excel\'s last row (1,048,576).',
    );
    expect(firstError(refused).extensions?.messageZh).toBe(
      '未导入任何内容：工作表“Sheet1”的第 300000000 行超出了 Excel 的最大行数（1,048,576）。',
    );
    expect(peakMb).toBeLessThan(150);
    expect((await gql(url, '{ plan { id } }')).status).toBe(200);
  }, 60_000);

  it('a 1 MB zip bomb written as a stream (392 MB of repeated cells, its size after the data) is refused at the 300 MB limit; the service grows by less than 150 MB', async () => {
    const sheet = await deflatedSheet(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row(1, HEADER)}<row r="2">`,
      '<c r="A2"><v>1</v></c>',
      18_700_000,
      '</row></sheetData></worksheet>',
    );
    const bytes = workbook([{ name: 'Sheet1', data: sheet }], { descriptor: true });
    const { result: refused, peakMb } = await peakGrowth(() => check(bytes, 'officer-bomb'));
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(firstError(refused).message).toMatch(
      /^Nothing was imported: the workbook unpacks to more than 300 MB \(xl\/worksheets\/sheet1\.xml alone unpacks to more than 300 MB\); larger workbooks are not read here: /,
    );
    expect(firstError(refused).extensions?.messageZh).toMatch(
      /^未导入任何内容：该工作簿解压后超过 300 MB（仅 xl\/worksheets\/sheet1\.xml 解压后就超过 300 MB）；请把名单拆成/,
    );
    expect(peakMb).toBeLessThan(150);
    expect((await gql(url, '{ plan { id } }')).status).toBe(200);
  }, 120_000);

  it('an ordinary workbook checks as before', async () => {
    const checked = await check(
      readFileSync('seed/examples/enterprises-xuchang.xlsx'),
      'officer-xlsx',
      'enterprises-xuchang.xlsx',
    );
    expect(dataOf(checked).checkImport).toMatchObject({
      ok: true,
      format: 'XLSX',
      sheet: '企业名单',
      rows: 3,
      problems: [],
    });
  });

  it('a header of a million columns is refused with its width, before a row is read', async () => {
    const wide = Buffer.from(
      `企业名称,所在地,产业链环节,${Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',')}\n测试样例宽表有限公司,郑州,芯片\n`,
    );
    const refused = await check(wide, 'officer-wide', 'wide.csv');
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(firstError(refused).message).toBe(
      'Nothing was imported: the header row has 1,000,003 columns; an import file may have at most 1,000: delete the columns the import does not need.',
    );
    expect(firstError(refused).extensions?.messageZh).toBe(
      '未导入任何内容：表头有 1,000,003 列；导入文件最多 1,000 列：请删除导入用不到的列。',
    );
  }, 60_000);

  it('columns the import does not read are listed, the first 20, and counted, on the check and on the import’s record', async () => {
    const officer = await bearer('officer-columns');
    const csv = Buffer.from(
      `企业名称,所在地,产业链环节,${Array.from({ length: 30 }, (_, i) => `多余${i + 1}`).join(',')}\n测试样例多列有限公司,郑州,芯片\n`,
    );
    const {
      body: { upload: id },
    } = await upload(url, csv, 'officer-columns');
    const input = { upload: id, fileName: 'columns.csv' };
    const checked = dataOf(await gql<Check>(url, CHECK_COLUMNS, { input }, officer)).checkImport;
    expect(checked).toMatchObject({
      ok: true,
      ignoredColumnCount: 30,
      ignoredColumns: Array.from({ length: 20 }, (_, i) => `多余${i + 1}`),
    });
    const started = dataOf(await gql<Run>(url, RUN, { input }, officer)).runImport;
    owned.import(started.id);
    expect(await untilFinished(url, started.id, 'officer-columns')).toMatchObject({
      status: 'DONE',
      ignoredColumnCount: 30,
      ignoredColumns: checked.ignoredColumns,
    });
    // Imported, the upload is gone (just after the record says DONE): checking it again says so.
    let gone = await gql(url, CHECK, { input }, officer);
    for (let i = 0; i < 50 && !gone.codes.length; i++) {
      await new Promise((r) => setTimeout(r, 100));
      gone = await gql(url, CHECK, { input }, officer);
    }
    expect(gone.codes).toEqual(['BAD_USER_INPUT']);
    expect(firstError(gone).message).toMatch(
      /^input\.upload: upload [0-9a-f]{32} is not here: it expired \(uploads are kept for 30 minutes\), was imported already, or never was; upload the file again\.$/,
    );
  }, 60_000);

  it('an upload id that names no upload (expired, imported, never was) is the officer’s mistake, said in English and Chinese, not an internal error', async () => {
    const officer = await bearer('officer-gone');
    for (const mutation of [CHECK, RUN]) {
      const gone = await gql(
        url,
        mutation,
        { input: { upload: '0123456789abcdef0123456789abcdef', fileName: 'x.csv' } },
        officer,
      );
      expect(gone.codes).toEqual(['BAD_USER_INPUT']);
      expect(firstError(gone).message).toBe(
        'input.upload: upload 0123456789abcdef0123456789abcdef is not here: it expired (uploads are kept for 30 minutes), was imported already, or never was; upload the file again.',
      );
      expect(firstError(gone).extensions).toMatchObject({
        argument: 'input.upload',
        messageZh: '找不到该上传文件：可能已过期（上传的文件保留 30 分钟）、已经导入，或从未上传；请重新上传文件。',
      });
    }
  });
});

describe('an upload is its sender’s', () => {
  let service: Service;
  let url = '';
  beforeAll(async () => {
    ({ service } = await serve(owned, {}));
    url = service.url;
  });
  afterAll(() => service.stop());

  it('another officer cannot check or import it, and cannot tell it from one that never was; an admin can', async () => {
    const sent = await upload(url, listOf('上传归属测试企业'), 'officer-zhang');
    expect(sent.status).toBe(201);
    const input = { upload: sent.body.upload, fileName: 'mine.csv' };
    for (const mutation of [CHECK, RUN]) {
      const other = await gql(url, mutation, { input }, await bearer('officer-li'));
      expect(other.codes).toEqual(['BAD_USER_INPUT']);
      expect(firstError(other).message).toMatch(/is not here: it expired .*, was imported already, or never was/);
    }
    expect(dataOf(await gql<Check>(url, CHECK, { input }, await bearer('officer-zhang'))).checkImport.ok).toBe(true);
    expect(dataOf(await gql<Check>(url, CHECK, { input }, await bearer('admin-wu', ['admin']))).checkImport.ok).toBe(
      true,
    );
  });
});

describe('the uploads folder has a quota, and each officer a number of uploads waiting', () => {
  let service: Service;
  let dir = '';
  let url = '';
  beforeAll(async () => {
    ({ service, dir } = await serve(owned, {
      UPLOAD_LIMIT_BYTES: '4096',
      UPLOAD_QUOTA_BYTES: '10240',
      UPLOADS_PER_OFFICER: '2',
    }));
    url = service.url;
  });
  afterAll(() => service.stop());
  const stored = () => readdirSync(dir).filter((n) => /^[0-9a-f]{32}$/.test(n));

  it('an officer may have 2 uploads waiting; a third is refused (429), with when to try again, and nothing of it is stored', async () => {
    for (const n of [1, 2])
      expect((await upload(url, listOf(`测试样例配额${n}有限公司`, 3000), 'officer-a')).status).toBe(201);
    const third = await upload(url, listOf('测试样例配额3有限公司', 3000), 'officer-a');
    expect(third).toMatchObject({
      status: 429,
      body: {
        errors: [
          {
            message:
              'You have 2 uploads waiting, the most one officer may have (uploads are kept for 30 minutes, or until imported); import one of them, or upload again when the oldest has expired.',
            extensions: {
              code: 'TOO_MANY_UPLOADS',
              messageZh:
                '您已有 2 个待导入的上传文件，已达每人上限（上传的文件保留 30 分钟，导入后即删除）；请先导入其中一个，或等最早的一个过期后再上传。',
            },
          },
        ],
      },
    });
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(29 * 60);
    expect(stored()).toHaveLength(2);
    // Who sent each upload is recorded beside it.
    expect(stored().map((id) => JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')).by)).toEqual([
      'officer-a',
      'officer-a',
    ]);
  });

  it('the folder holds 10 KB in all: an upload past it is refused (507) before its bytes are stored', async () => {
    expect((await upload(url, listOf('测试样例配额4有限公司', 3000), 'officer-b')).status).toBe(201);
    const full = await upload(url, listOf('测试样例配额5有限公司', 3000), 'officer-c');
    expect(full).toMatchObject({
      status: 507,
      body: {
        errors: [
          {
            message:
              "The server's room for uploads (10 KB) is full (uploads are kept for 30 minutes, or until imported); try again later.",
            extensions: {
              code: 'UPLOAD_QUOTA_EXCEEDED',
              messageZh: '服务器存放上传文件的空间（10 KB）已满（上传的文件保留 30 分钟，导入后即删除）；请稍后再试。',
            },
          },
        ],
      },
    });
    expect(full.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(stored()).toHaveLength(3);
  });

  it('an upload is removed once imported, and its room is free again', async () => {
    const officer = await bearer('officer-a');
    const [first] = stored().filter(
      (id) => JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')).by === 'officer-a',
    );
    const started = dataOf(
      await gql<Run>(url, RUN, { input: { upload: first, fileName: 'quota.csv' } }, officer),
    ).runImport;
    owned.import(started.id);
    expect((await untilFinished(url, started.id, 'officer-a')).status).toBe('DONE');
    // Removed as soon as the write has finished (just after the record says DONE).
    for (let i = 0; i < 50 && existsSync(path.join(dir, first!)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(path.join(dir, first!))).toBe(false);
    expect(existsSync(path.join(dir, `${first}.json`))).toBe(false);
    expect((await upload(url, listOf('测试样例配额6有限公司', 3000), 'officer-c')).status).toBe(201);
    expect((await upload(url, listOf('测试样例配额7有限公司', 3000), 'officer-a')).status).toBe(507);
  }, 60_000);
});
