import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { neo4jEnv } from '../../../test/database.js';
import { cell, deflatedSheet, HEADER, row, sheetXml, workbook } from '../../../test/xlsx-files.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './limits.js';
import { ImportFileError, openImportFile, type ImportRow, type Source } from './rows.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-xlsx-'));
const MB = 1024 * 1024;
const rss = () => process.memoryUsage.rss();
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Reads every row of a file, as an import does. */
async function readAll(source: Source, options: { sheet?: string; limits?: ReadLimits } = {}): Promise<ImportRow[]> {
  const file = await openImportFile(source, options);
  const rows: ImportRow[] = [];
  for await (const r of file.rows()) rows.push(r);
  return rows;
}

/**
 * What reading `source` did: the error it was refused with (or none), how long it took, and
 * how far this process's resident memory rose above where it started, at its highest and
 * a moment after the end.
 */
async function measured(
  read: () => Promise<unknown>,
): Promise<{ error: ImportFileError | undefined; ms: number; peakMb: number; afterMb: number }> {
  gc();
  const before = rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 5);
  const start = Date.now();
  const error = await read().then(
    () => undefined,
    (err: unknown) => err,
  );
  const ms = Date.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, rss());
  await new Promise((r) => setTimeout(r, 500));
  gc();
  if (error !== undefined && !(error instanceof ImportFileError)) throw error;
  return { error, ms, peakMb: (peak - before) / MB, afterMb: (rss() - before) / MB };
}

const START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const END = '</sheetData></worksheet>';

describe('reading a workbook costs what its rows need, whatever its zip and its XML claim', () => {
  /** A sheet of 392 MB: the header, then 18.7 million copies of one cell; deflated, about 1 MB. */
  let bombSheet: Awaited<ReturnType<typeof deflatedSheet>>;
  beforeAll(async () => {
    bombSheet = await deflatedSheet(
      `${START}${row(1, HEADER)}<row r="2">`,
      '<c r="A2"><v>1</v></c>',
      18_700_000,
      `</row>${END}`,
    );
  }, 60_000);

  it('a 1.6 KB sheet whose one row is numbered 300000000 is refused before it is parsed, naming the row, and the process stays small', async () => {
    const bytes = workbook([
      {
        name: '名单',
        data: Buffer.from(sheetXml(row(1, HEADER) + `<row r="300000000">${cell('A300000000', '测试样例企业')}</row>`)),
      },
    ]);
    expect(bytes.length).toBeLessThan(2_000);
    const { error, ms, peakMb, afterMb } = await measured(() => readAll({ bytes }));
    expect(error?.message).toBe('row 300000000 of sheet "名单" is beyond Excel\'s last row (1,048,576)');
    expect(error?.zh).toBe('工作表“名单”的第 300000000 行超出了 Excel 的最大行数（1,048,576）');
    expect(ms).toBeLessThan(5_000);
    expect(peakMb).toBeLessThan(50);
    expect(afterMb).toBeLessThan(50);
  });

  it('so is a row numbered by its cells alone (<row> without r, <c r="A300000000">), and a row beyond the last one written <row r="…"/>', async () => {
    for (const rows of [`<row>${cell('A300000000', 'x')}</row>`, '<row r="2000000"/>']) {
      const { error } = await measured(() =>
        readAll({ bytes: workbook([{ name: 'Sheet1', data: Buffer.from(sheetXml(row(1, HEADER) + rows)) }]) }),
      );
      expect(error?.message).toMatch(
        /^row (300000000|2000000) of sheet "Sheet1" is beyond Excel's last row \(1,048,576\)$/,
      );
    }
  });

  it.each([
    ['states its size', {}],
    ['understates its size (1 KB)', { declaredSize: 1024 }],
    ['leaves its size to a data descriptor after the data, as streaming writers do', { descriptor: true }],
  ])(
    'a 1 MB zip bomb, a sheet of 392 MB of repeated cells that %s, is refused at the 300 MB limit, holding one chunk at a time',
    async (_what, how) => {
      const bytes = workbook([{ name: 'Sheet1', data: bombSheet, ...how }]);
      expect(bytes.length).toBeLessThan(1.2 * MB);
      const { error, peakMb, afterMb } = await measured(() => readAll({ bytes }));
      expect(error?.message).toMatch(
        /^the workbook unpacks to more than 300 MB \(xl\/worksheets\/sheet1\.xml (says it holds 392\.3 MB|alone unpacks to more than 300 MB)\); larger workbooks are not read here: split the list into smaller files/,
      );
      expect(error?.zh).toMatch(/^该工作簿解压后超过 300 MB（.*）；请把名单拆成几个较小的文件/);
      // Before, the reader held the whole sheet, and its text: the process grew by more than a gigabyte, and kept it.
      expect(peakMb).toBeLessThan(150);
      expect(afterMb).toBeLessThan(150);
    },
    60_000,
  );

  it('a part that says it holds 4 GB is refused before anything is inflated or allocated', async () => {
    const bytes = workbook([{ name: 'Sheet1', data: Buffer.from(sheetXml(row(1, HEADER))), declaredSize: 0xfff00000 }]);
    const { error, ms, peakMb } = await measured(() => readAll({ bytes }));
    expect(error?.message).toMatch(
      /^the workbook unpacks to more than 300 MB \(xl\/worksheets\/sheet1\.xml says it holds 4 GB\)/,
    );
    expect(ms).toBeLessThan(2_000);
    expect(peakMb).toBeLessThan(50);
  });

  it('the command line takes larger workbooks (CLI_XLSX_UNPACKED_LIMIT_BYTES), and says how to go further', async () => {
    const bytes = workbook([{ name: 'Sheet1', data: Buffer.from(sheetXml(row(1, HEADER))), declaredSize: 0xfff00000 }]);
    const { error } = await measured(() =>
      readAll(
        { bytes },
        {
          limits: {
            ...DEFAULT_READ_LIMITS,
            unpackedBytes: 1024 * MB,
            larger: { EN: 'raise CLI_XLSX_UNPACKED_LIMIT_BYTES', ZH: '请调高 CLI_XLSX_UNPACKED_LIMIT_BYTES' },
          },
        },
      ),
    );
    expect(error?.message).toBe(
      'the workbook unpacks to more than 1 GB (xl/worksheets/sheet1.xml says it holds 4 GB); larger workbooks are not read here: raise CLI_XLSX_UNPACKED_LIMIT_BYTES',
    );
  });

  it('a cell beyond the import’s 1,000 columns, or beyond Excel’s last column, is refused, naming the cell', async () => {
    const wide = workbook([
      {
        name: 'Sheet1',
        data: Buffer.from(
          sheetXml(row(1, HEADER) + `<row r="2">${cell('A2', '测试样例')}${cell('ALM2', '远处的备注')}</row>`),
        ),
      },
    ]);
    const { error } = await measured(() => readAll({ bytes: wide }));
    expect(error?.message).toBe(
      'sheet "Sheet1" has a cell in column ALM (ALM2, column 1,001); an import file may have at most 1,000 columns (up to ALL): delete the cells to the right of the list',
    );
    expect(error?.zh).toBe(
      '工作表“Sheet1”的单元格 ALM2 在第 1,001 列；导入文件最多 1,000 列（到 ALL 列为止）：请删除名单右侧多余的单元格',
    );
    const beyond = workbook([
      { name: 'Sheet1', data: Buffer.from(sheetXml(`${row(1, HEADER)}<row r="2"><c r="XFE2" s="1"/></row>`)) },
    ]);
    expect((await measured(() => readAll({ bytes: beyond }))).error?.message).toBe(
      'cell XFE2 of sheet "Sheet1" is beyond Excel\'s last column (XFD, 16,384)',
    );
    // An empty formatted cell far to the right (<c r="…" s="1"/>) holds nothing: the list is read.
    const formatted = workbook([
      {
        name: 'Sheet1',
        data: Buffer.from(sheetXml(`${row(1, HEADER)}<row r="2">${cell('A2', '测试样例')}<c r="ZZ2" s="1"/></row>`)),
      },
    ]);
    expect(await readAll({ bytes: formatted })).toHaveLength(1);
  });

  it('rows that span more cells than the limit (a value in column ALL of a million rows: 40 MB of XML for a billion cells) are refused, with how many', async () => {
    // Each row's one cell in column ALL (1,000): rows 2 to 1,048,576, each counted up to its cell.
    const rows = Array.from(
      { length: 1_048_575 },
      (_, i) => `<row r="${i + 2}"><c r="ALL${i + 2}"><v>1</v></c></row>`,
    ).join('');
    const bytes = workbook([{ name: 'Sheet1', data: Buffer.from(`${START}${row(1, HEADER)}${rows}${END}`) }]);
    const { error, peakMb } = await measured(() => readAll({ bytes }));
    expect(error?.message).toBe(
      'sheet "Sheet1" spans 1,048,575,003 cells (each of its 1,048,576 rows counted up to its last cell with a value), more than the 39,321,600 an import reads: delete the cells far to the right or below the list, or split the list into smaller files, save it as CSV (read as a stream, without this limit), or ask an administrator to import it with npm run import',
    );
    expect(error?.zh).toMatch(
      /^工作表“Sheet1”的 1,048,576 行共占 1,048,575,003 个单元格（每行算到最后一个有值的单元格），超过了可导入的 39,321,600 个/,
    );
    expect(peakMb).toBeLessThan(150);
  }, 60_000);

  it('only the sheet that will be read is held to the row and cell limits: a far row on a notes sheet does not refuse the list', async () => {
    const bytes = workbook([
      { name: '说明', data: Buffer.from(sheetXml(`<row r="300000000">${cell('A300000000', '说明')}</row>`)) },
      { name: '名单', data: Buffer.from(sheetXml(row(1, HEADER) + row(2, ['测试样例企业有限公司', '郑州', '芯片']))) },
    ]);
    expect(await readAll({ bytes }, { sheet: '名单' })).toEqual([
      {
        line: 2,
        name: '测试样例企业有限公司',
        place: '郑州',
        links: '芯片',
        sectors: '',
        aliases: '',
        creditCode: '',
        note: '',
      },
    ]);
    expect((await measured(() => readAll({ bytes }))).error?.message).toBe(
      'row 300000000 of sheet "说明" is beyond Excel\'s last row (1,048,576)',
    );
    expect((await measured(() => readAll({ bytes }, { sheet: '没有' }))).error?.message).toBe(
      'the workbook has no sheet "没有"; its sheets: 说明, 名单',
    );
  });

  it('the worker thread is the backstop: a workbook that needs more heap than allowed ends the worker, not the process, is refused as such, and its memory comes back', async () => {
    // A million rows with a value in column 900: past the inspection when its cell limit is lifted, and 7 GB of arrays for the reader.
    const rows = Array.from(
      { length: 1_000_000 },
      (_, i) => `<row r="${i + 2}"><c r="AHP${i + 2}"><v>1</v></c></row>`,
    ).join('');
    const bytes = workbook([{ name: 'Sheet1', data: Buffer.from(`${START}${row(1, HEADER)}${rows}${END}`) }]);
    const limits = { ...DEFAULT_READ_LIMITS, cells: Number.MAX_SAFE_INTEGER, heapMb: 256 };
    const { error, peakMb, afterMb } = await measured(() => readAll({ bytes }, { limits }));
    expect(error?.message).toBe(
      'reading the workbook needed more memory than the 256 MB allowed (it holds more than its size suggests), and was stopped; split the list into smaller files, save it as CSV (read as a stream, without this limit), or ask an administrator to import it with npm run import',
    );
    expect(error?.zh).toMatch(
      /^读取该工作簿所需的内存超过了允许的 256 MB（其内容远多于文件大小所显示的），已停止；请把名单拆成/,
    );
    // The worker's heap (256 MB) and the parts it unpacked, while it ran; back afterwards.
    expect(peakMb).toBeLessThan(256 + 300);
    expect(afterMb).toBeLessThan(150);
  }, 120_000);

  it('and a parse that takes longer than allowed is stopped', async () => {
    const { error } = await measured(() =>
      readAll(
        { path: 'seed/examples/enterprises-xuchang.xlsx' },
        { limits: { ...DEFAULT_READ_LIMITS, timeoutMs: 20 } },
      ),
    );
    expect(error?.message).toMatch(
      /^reading the workbook took longer than the 0\.02 s allowed, and was stopped; split the list/,
    );
    expect(error?.zh).toMatch(/^读取该工作簿超过了允许的 0\.02 秒，已停止；/);
  });

  it('ordinary workbooks read as before: the sample, one from write-excel-file (shared styles, numbers as written), one written as a stream', async () => {
    expect(await readAll({ path: 'seed/examples/enterprises-xuchang.xlsx' })).toHaveLength(3);
    const written = path.join(tmp, 'written.xlsx');
    await writeXlsxFile([
      [
        { value: '企业名称' },
        { value: '所在地' },
        { value: '产业链环节' },
        { value: '统一社会信用代码' },
        { value: '联系人' },
      ],
      [{ value: '测试样例甲有限公司' }, { value: '郑州' }, { value: '芯片' }, { value: 91410100 }, { value: '张三' }],
      [{ value: '测试样例乙有限公司' }, { value: '洛阳' }, { value: '芯片' }, null, { value: '李四' }],
    ]).toFile(written);
    const file = await openImportFile({ path: written });
    expect(file).toMatchObject({ format: 'xlsx', sheet: 'Sheet1', headers: { ignored: ['联系人'] } });
    const rows: ImportRow[] = [];
    for await (const r of file.rows()) rows.push(r);
    expect(rows.map((r) => [r.line, r.name, r.place, r.creditCode])).toEqual([
      [2, '测试样例甲有限公司', '郑州', '91410100'],
      [3, '测试样例乙有限公司', '洛阳', ''],
    ]);
    const streamed = workbook(
      [{ name: '名单', data: Buffer.from(sheetXml(row(1, HEADER) + row(2, ['测试样例丙有限公司', '新乡', '芯片']))) }],
      { descriptor: true },
    );
    expect((await readAll({ bytes: streamed })).map((r) => r.name)).toEqual(['测试样例丙有限公司']);
  });

  describe('npm run import, which reads larger workbooks than the server', () => {
    const cli = (file: string) =>
      new Promise<{ code: number | null; out: string; err: string; ms: number }>((resolve) => {
        const start = Date.now();
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', file, '--dry-run'], {
          env: { ...process.env, ...neo4jEnv(), LOG_LEVEL: 'silent' },
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (d: Buffer) => (out += d));
        child.stderr.on('data', (d: Buffer) => (err += d));
        child.on('exit', (code) => resolve({ code, out, err, ms: Date.now() - start }));
      });

    it('refuses the 1.6 KB workbook at once, with the row, instead of running out of memory after half a minute', async () => {
      const far = path.join(tmp, 'far.xlsx');
      writeFileSync(
        far,
        workbook([
          {
            name: 'Sheet1',
            data: Buffer.from(sheetXml(row(1, HEADER) + `<row r="300000000">${cell('A300000000', 'x')}</row>`)),
          },
        ]),
      );
      const { code, err, ms } = await cli(far);
      expect(code).toBe(1);
      expect(err).toContain('row 300000000 of sheet "Sheet1" is beyond Excel\'s last row (1,048,576)');
      expect(ms).toBeLessThan(20_000);
    }, 60_000);

    it('reads an ordinary workbook in its worker thread, as the service does', async () => {
      const { code, out, err } = await cli('seed/examples/enterprises-xuchang.xlsx');
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toContain('XLSX, sheet "企业名单"; 3 rows');
    }, 60_000);
  });
});
