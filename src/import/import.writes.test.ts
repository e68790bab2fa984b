import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { idOf, operation, useTestApi } from '../../test/api.js';
import { neo4jEnv } from '../../test/database.js';
import { useWrites } from '../../test/writes.js';
import { createLogger } from '../logger.js';
import { seedDatabase } from '../seed/seed.js';
import { checkCharacter } from './credit-code.js';
import { ImportRowsError, prepareImport, runImport, undoImport, type ImportOptions } from './import.js';
import { placeIdOfCode } from '../place/ids.js';
import { ImportBusyError, importRecord, recoverInterrupted } from './journal.js';
import { ImportFileError, type Source } from './read/rows.js';

const quiet = createLogger('silent');
const EXAMPLES = 'seed/examples';
const FIXTURES = 'seed/examples/fixtures';
const file = (p: string): Source => ({ path: p });
const opts = (fileName: string, extra: Partial<ImportOptions> = {}): ImportOptions => ({
  fileName,
  by: 'tester',
  ...extra,
});
const tmp = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-import-'));
/** A code of 17 characters made valid with its check character. */
const valid = (first17: string) => first17 + checkCharacter(first17);

describe('importing officers’ enterprise lists', () => {
  const api = useTestApi();
  const owned = useWrites();
  const db = owned.db;
  owned.file(tmp);
  /** The graph's size, leaving out the imports' records and their lock. */
  const counts = async () =>
    (
      await db.read<{ nodes: number; rels: number }>(
        'CALL () { MATCH (n) WHERE NOT n:Import AND NOT n:ImportLock RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
      )
    )[0]!;
  const gaps = async (chain: string, place: string) =>
    (await api.run(operation('chain-gaps'), { chain: idOf('Chain', chain), place: idOf('Place', place) })).data!
      .chainGaps;
  const linkIn = async (chain: string, place: string, link: string) =>
    (await gaps(chain, place)).links.find((l) => l.link.name === link)!;

  describe('files as officers have them', () => {
    it('reads UTF-8 with a BOM and a registry export’s Chinese headers', async () => {
      const { check } = await runImport(
        db,
        file(`${FIXTURES}/utf8-bom-registry.csv`),
        opts('utf8-bom-registry.csv', { dryRun: true }),
        quiet,
      );
      expect(check).toMatchObject({
        format: 'csv',
        encoding: 'utf-8',
        rows: 2,
        enterprisesToCreate: 2,
        problemCount: 0,
        ignoredColumns: [],
      });
    });

    it('detects GBK (GB18030), says so, reports unknown columns once as ignored, and can be told the encoding', async () => {
      const { check } = await runImport(
        db,
        file(`${FIXTURES}/gbk-registry.csv`),
        opts('gbk-registry.csv', { dryRun: true }),
        quiet,
      );
      expect(check).toMatchObject({ encoding: 'gb18030', rows: 2, ignoredColumns: ['法定代表人', '成立日期'] });
      expect(check.createdExamples.map((e) => e.name)).toEqual(['测试样例丙有限公司', '测试样例丁有限公司']);
      const forced = await runImport(
        db,
        file(`${FIXTURES}/utf8-bom-registry.csv`),
        opts('x.csv', { dryRun: true, encoding: 'utf-8' }),
        quiet,
      );
      expect(forced.check.encoding).toBe('utf-8');
      // Read as UTF-8, the GBK file's header is garbage: no column is found, and the file says so.
      await expect(
        runImport(db, file(`${FIXTURES}/gbk-registry.csv`), opts('x.csv', { dryRun: true, encoding: 'utf-8' }), quiet),
      ).rejects.toThrow(/header row needs name/);
    });

    it('reads the first sheet of a workbook, or the one named, and lists the sheets when the name is wrong', async () => {
      await expect(
        runImport(db, file(`${FIXTURES}/two-sheets.xlsx`), opts('two-sheets.xlsx', { dryRun: true }), quiet),
      ).rejects.toThrow(/header row needs name/);
      const { check } = await runImport(
        db,
        file(`${FIXTURES}/two-sheets.xlsx`),
        opts('two-sheets.xlsx', { dryRun: true, sheet: '名单' }),
        quiet,
      );
      expect(check).toMatchObject({ format: 'xlsx', sheet: '名单', rows: 1, enterprisesToCreate: 1 });
      await expect(
        runImport(db, file(`${FIXTURES}/two-sheets.xlsx`), opts('x.xlsx', { dryRun: true, sheet: '没有' }), quiet),
      ).rejects.toThrow('the workbook has no sheet "没有"; its sheets: 说明, 名单');
    });

    it.each([
      ['binary', Buffer.from([0x00, 0x01, 0x02, 0x03]), /binary/],
      ['UTF-16', Buffer.from([0xff, 0xfe, 0x61, 0x00]), /UTF-16/],
      ['an XLSX that is not one', Buffer.from('PK\u0003\u0004garbage'), /not a readable XLSX/],
      ['malformed CSV', Buffer.from('name,place,links\n"unterminated,郑州,芯片\n'), /not valid CSV/],
      ['header only', Buffer.from('name,place,links\n'), /no rows/],
      ['empty', Buffer.from(''), /empty/],
      [
        'a header of a million columns',
        Buffer.from(
          `name,place,links,${Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',')}\n测试样例,郑州,芯片\n`,
        ),
        /^the header row has 1,000,003 columns; an import file may have at most 1,000/,
      ],
      [
        'a row wider than Excel',
        Buffer.from(`name,place,links\n测试样例,郑州,芯片${',x'.repeat(20_000)}\n`),
        /^line 2 has more than 16,384 columns, more than Excel has/,
      ],
    ])('refuses %s with a clear message, and writes nothing', async (_what, bytes, message) => {
      const before = await counts();
      const err = await runImport(db, { bytes }, opts('x'), quiet).catch((e: unknown) => e);
      expect(err instanceof ImportFileError || err instanceof ImportRowsError).toBe(true);
      expect((err as Error).message).toMatch(message);
      expect(await counts()).toEqual(before);
    });
  });

  describe('checks, each problem with its line', () => {
    it('a file with any problem writes nothing, and lists every problem', async () => {
      const before = await counts();
      const err = (await runImport(db, file(`${FIXTURES}/bad-rows.csv`), opts('bad-rows.csv'), quiet).catch(
        (e: unknown) => e,
      )) as ImportRowsError;
      expect(err).toBeInstanceOf(ImportRowsError);
      expect(err.problems).toEqual([
        'line 2: credit code "91410100MA00000011" fails its check character: the 18th character should be X',
        'line 3: no place in the graph matches "火星" (write a city, county or district, or a full address)',
        'line 4: no chain link "不存在的环节" (write chain/link, e.g. smartphone/camera-module, or the link\'s name)',
        'line 5: name is empty',
      ]);
      expect(await counts()).toEqual(before);
      expect(await db.read('MATCH (i:Import) RETURN i')).toEqual([]);
    });

    it('resolves places from names with or without their suffix, and from full addresses, to the deepest place known, anywhere in the country', async () => {
      // 中原区 is no place the plan names, but every district of the country is in the graph (GB/T 2260): the deepest place known.
      const csv = [
        '企业名称,注册地址,产业链环节',
        '测试样例壹有限公司,河南省郑州市金水区测试路1号,芯片',
        '测试样例贰有限公司,新乡市长垣县蒲东街道,芯片',
        '测试样例叁有限公司,郑州市中原区测试路3号,芯片',
        '测试样例肆有限公司,洛阳市,芯片',
        '测试样例伍有限公司,山东省济南市历下区经十路1号,芯片',
      ].join('\n');
      const { record } = await runImport(db, { bytes: Buffer.from(csv) }, opts('places.csv'), quiet);
      owned.import(record!.id);
      const places = await db.read<{ name: string; place: string; id: string }>(
        "MATCH (e:Enterprise)-[:LOCATED_IN]->(p) WHERE e.name STARTS WITH '测试样例' AND e.name IN ['测试样例壹有限公司','测试样例贰有限公司','测试样例叁有限公司','测试样例肆有限公司','测试样例伍有限公司'] RETURN e.name AS name, p.name AS place, p.id AS id ORDER BY name",
      );
      expect(Object.fromEntries(places.map((p) => [p.name, p.place]))).toEqual({
        测试样例壹有限公司: '金水区',
        测试样例贰有限公司: '长垣',
        测试样例叁有限公司: '中原区',
        测试样例肆有限公司: '洛阳',
        测试样例伍有限公司: '历下区',
      });
      // Henan's places keep their ids; 历下区 (370102) is the national place.
      expect(places.find((p) => p.name === '测试样例壹有限公司')!.id).toBe(idOf('Place', '金水区'));
      expect(places.find((p) => p.name === '测试样例伍有限公司')!.id).toBe(placeIdOfCode('370102'));
    });
  });

  describe('the samples, as an officer imports them', () => {
    it('the GBK sample with Chinese headers: 中国一拖 now covers 现代农业装备 in 洛阳, 中信重工 and 洛轴 are merged, not doubled', async () => {
      expect((await linkIn('major-equipment', '洛阳', '现代农业装备')).status).not.toBe('COVERED');
      const { check, record } = await runImport(
        db,
        file(`${EXAMPLES}/enterprises-luoyang-gbk.csv`),
        opts('enterprises-luoyang-gbk.csv'),
        quiet,
      );
      owned.import(record!.id);
      expect(check).toMatchObject({
        encoding: 'gb18030',
        rows: 3,
        enterprisesToCreate: 1,
        enterprisesToMerge: 2,
        ignoredColumns: ['联系人'],
      });
      expect(check.mergedExamples).toEqual([
        { line: 2, name: '中信重工机械股份有限公司', into: '中信重工机械股份有限公司', by: 'name' },
        { line: 4, name: '洛阳LYC轴承有限公司', into: '洛阳轴承', by: 'name' },
      ]);
      expect(record).toMatchObject({
        status: 'DONE',
        rows: 3,
        enterprisesCreated: 1,
        rowsIntoExisting: 2,
        by: 'tester',
        file: 'enterprises-luoyang-gbk.csv',
        encoding: 'gb18030',
      });
      expect(record!.sha256).toBe(
        (await import('node:crypto'))
          .createHash('sha256')
          .update(readFileSync(`${EXAMPLES}/enterprises-luoyang-gbk.csv`))
          .digest('hex'),
      );
      const agri = await linkIn('major-equipment', '洛阳', '现代农业装备');
      expect(agri).toMatchObject({ status: 'COVERED', localEnterprises: [{ name: '中国一拖集团有限公司' }] });
      expect((await db.read("MATCH (e:Enterprise) WHERE e.name CONTAINS '中信重工' RETURN e.name AS n")).length).toBe(
        1,
      );
      const { data } = await api.run(
        'query($id: ID!) { node(id: $id) { ... on Enterprise { sources { kind file line date note } } } }',
        { id: idOf('Enterprise', '中国一拖集团有限公司') },
      );
      expect(data).toEqual({
        node: {
          sources: [
            {
              kind: 'IMPORTED',
              file: 'enterprises-luoyang-gbk.csv',
              line: 3,
              date: new Date().toISOString().slice(0, 10),
              note: '示例导入：拖拉机等农业装备',
            },
          ],
        },
      });
    });

    it('the XLSX sample: 许继电气 covers 输变电及智能电网装备 in 许昌; 长葛 is read from the address', async () => {
      const { record } = await runImport(
        db,
        file(`${EXAMPLES}/enterprises-xuchang.xlsx`),
        opts('enterprises-xuchang.xlsx'),
        quiet,
      );
      owned.import(record!.id);
      expect(record).toMatchObject({
        status: 'DONE',
        format: 'xlsx',
        sheet: '企业名单',
        rows: 3,
        enterprisesCreated: 2,
        rowsIntoExisting: 1,
      });
      const grid = await linkIn('major-equipment', '许昌', '输变电及智能电网装备');
      expect(grid.status).toBe('COVERED');
      expect(grid.localEnterprises.map((e) => e.name)).toEqual(
        expect.arrayContaining(['许继电气股份有限公司', '河南森源电气股份有限公司']),
      );
      const [senyuan] = await db.read<{ places: string[] }>(
        "MATCH (e:Enterprise {name: '河南森源电气股份有限公司'})-[:LOCATED_IN]->(p) RETURN collect(p.name) AS places",
      );
      expect(senyuan!.places).toContain('长葛');
    });

    it('importing the same file again adds nothing but its record', async () => {
      const first = await runImport(
        db,
        file(`${EXAMPLES}/enterprises-xuchang.xlsx`),
        opts('enterprises-xuchang.xlsx'),
        quiet,
      );
      owned.import(first.record!.id);
      const before = await counts();
      const { record } = await runImport(
        db,
        file(`${EXAMPLES}/enterprises-xuchang.xlsx`),
        opts('enterprises-xuchang.xlsx'),
        quiet,
      );
      owned.import(record!.id);
      expect(record).toMatchObject({ enterprisesCreated: 0, relationshipsCreated: 0, rowsIntoExisting: 3 });
      expect(await counts()).toEqual({ nodes: before.nodes, rels: before.rels + 3 });
      await undoImport(db, record!.id, 'tester', quiet);
      expect(await counts()).toEqual(before);
    });
  });

  describe('credit codes', () => {
    it('identify the enterprise before its name does: the same code under a new name is the same company', async () => {
      const code = valid('91410100MA1234567');
      const first = await runImport(
        db,
        { bytes: Buffer.from(`企业名称,统一社会信用代码,所在地,环节\n测试样例旧名有限公司,${code},郑州,芯片\n`) },
        opts('a.csv'),
        quiet,
      );
      owned.import(first.record!.id);
      const renamed = await runImport(
        db,
        { bytes: Buffer.from(`企业名称,统一社会信用代码,所在地,环节\n测试样例新名有限公司,${code},洛阳,主板\n`) },
        opts('b.csv', { dryRun: true }),
        quiet,
      );
      expect(renamed.check.mergedExamples).toEqual([
        { line: 2, name: '测试样例新名有限公司', into: '测试样例旧名有限公司', by: 'code' },
      ]);
      // Another code under the first name is another company.
      const other = await runImport(
        db,
        {
          bytes: Buffer.from(
            `企业名称,统一社会信用代码,所在地,环节\n测试样例旧名有限公司,${valid('91410100MA7654321')},郑州,芯片\n`,
          ),
        },
        opts('c.csv', { dryRun: true }),
        quiet,
      );
      expect(other.check.enterprisesToCreate).toBe(1);
    });
  });

  describe('history and undo', () => {
    it('undo removes what an import added and nothing else: what the seed or another import also states stays', async () => {
      const before = await counts();
      const a = await runImport(
        db,
        {
          bytes: Buffer.from(
            'name,place,links,aliases\n测试样例共有有限公司,郑州,智能手机产业链/芯片,甲壳虫\n测试样例独有有限公司,郑州,芯片,\n富士康科技集团,郑州航空港区,smartphone/assembly,富士康\n',
          ),
        },
        opts('a.csv'),
        quiet,
      );
      owned.import(a.record!.id);
      const b = await runImport(
        db,
        { bytes: Buffer.from('name,place,links\n测试样例共有有限公司,郑州,芯片\n') },
        opts('b.csv'),
        quiet,
      );
      owned.import(b.record!.id);
      await undoImport(db, a.record!.id, 'tester', quiet);
      const names = await db.read<{ name: string }>(
        "MATCH (e:Enterprise) WHERE e.name STARTS WITH '测试样例' RETURN e.name AS name",
      );
      expect(names).toEqual([{ name: '测试样例共有有限公司' }]);
      // b states the enterprise, its place and its link: they stay, with b's provenance only.
      const chip = await linkIn('smartphone', '郑州', '芯片');
      expect(chip.localEnterprises.map((e) => e.name)).toEqual(['测试样例共有有限公司']);
      const [fact] = await db.read<{ sources: string[] }>(
        "MATCH (:Enterprise {name: '测试样例共有有限公司'})-[r:OPERATES_IN]->() RETURN r.importSources AS sources",
      );
      expect(fact!.sources.map((s) => s.split('\t')[1])).toEqual(['b.csv']);
      // The alias a gave is gone; the seed's 富士康集团 and its facts are untouched.
      expect(
        (await api.run('{ search(text: "甲壳虫", kinds: [ENTERPRISE]) { node { ... on Enterprise { name } } } }')).data,
      ).toEqual({ search: [] });
      expect((await linkIn('smartphone', '郑州', '整机')).localEnterprises.map((e) => e.name)).toContain('富士康集团');
      expect(await importRecord(db, a.record!.id)).toMatchObject({ status: 'UNDONE', undoneBy: 'tester' });
      await undoImport(db, b.record!.id, 'tester', quiet);
      expect(await counts()).toEqual(before);
      await expect(undoImport(db, a.record!.id, 'tester', quiet)).rejects.toThrow(
        /is UNDONE: only a finished import can be undone/,
      );
    });

    it('only one import runs at a time, and the refusal names the one running: its file, who started it, its id', async () => {
      const prepared = await prepareImport(
        db,
        file(`${FIXTURES}/utf8-bom-registry.csv`),
        opts('a.csv', { by: 'officer-wang' }),
        quiet,
      );
      owned.import(prepared.id!);
      try {
        const busy = (await prepareImport(db, file(`${FIXTURES}/gbk-registry.csv`), opts('b.csv'), quiet).catch(
          (e: unknown) => e,
        )) as ImportBusyError;
        expect(busy).toBeInstanceOf(ImportBusyError);
        expect(busy.message).toBe(
          `another import is running: a.csv by officer-wang (${prepared.id}); try again when it has finished`,
        );
        expect(busy.zh).toBe('officer-wang 的另一次导入（a.csv）正在进行：请等它完成后再试');
      } finally {
        // Written, it lets go of the lock (the fixture undoes it).
        await prepared.write!();
      }
    });
  });

  describe('all or nothing', () => {
    it('an import whose rows turn bad while it writes is removed at once and recorded as FAILED', async () => {
      // A first batch that writes, and a row of the second batch that will not: it matches 测试样例别人 by its alias.
      owned.node('test-other', 'test-other-2');
      await db.write("CREATE (:Entity:Enterprise {id: 'test-other', kind: 'Enterprise', name: '测试样例别人'})");
      const good = Array.from({ length: 2_000 }, (_, i) => `测试样例好${i}有限公司,郑州,芯片,`);
      const prepared = await prepareImport(
        db,
        {
          bytes: Buffer.from(
            ['name,place,links,aliases', ...good, '测试样例歧义有限公司,郑州,芯片,测试样例别人'].join('\n'),
          ),
        },
        opts('changing.csv'),
        quiet,
      );
      owned.import(prepared.id!);
      // Between the check and the write, someone adds an enterprise of the row's own name: the row is now ambiguous.
      await db.write(
        "CREATE (:Entity:Enterprise {id: 'test-other-2', kind: 'Enterprise', name: '测试样例歧义有限公司'})",
      );
      const before = await counts();
      await expect(prepared.write!()).rejects.toThrow(/line 2002: .*match several enterprises/);
      expect(await importRecord(db, prepared.id!)).toMatchObject({ status: 'FAILED' });
      expect(await counts()).toEqual(before);
    });

    it('a kill -9 in the middle of writing leaves, once recovered, the graph and its answers as they were', async () => {
      // The import is the child's: the fixture finds it by its label.
      await owned.track('Import');
      const rows = Array.from({ length: 20_000 }, (_, i) => `测试样例批量${i}有限公司,郑州,芯片`);
      const big = path.join(tmp, 'big.csv');
      writeFileSync(big, ['企业名称,所在地,环节', ...rows].join('\n'));
      const before = await counts();
      const chipBefore = await linkIn('smartphone', '郑州', '芯片');
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/import/cli.ts', big], {
        env: { ...process.env, ...neo4jEnv(), LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      });
      // Wait until it has written some batches, then kill it without warning.
      let written = 0;
      for (let i = 0; i < 600 && written < 4_000; i++) {
        await new Promise((r) => setTimeout(r, 100));
        written =
          (await db.read<{ w: number }>("MATCH (i:Import {status: 'RUNNING'}) RETURN i.rowsWritten AS w"))[0]?.w ?? 0;
      }
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      expect(written).toBeGreaterThanOrEqual(4_000);
      const [{ id }] = (await db.read<{ id: string }>("MATCH (i:Import {status: 'RUNNING'}) RETURN i.id AS id")) as [
        { id: string },
      ];
      expect((await counts()).nodes).toBeGreaterThanOrEqual(before.nodes + 4_000);
      // The next start (of the service or of any import command) finishes it: rolled back.
      expect(await recoverInterrupted(db, quiet)).toEqual([id]);
      expect(await importRecord(db, id)).toMatchObject({ status: 'ROLLED_BACK' });
      expect(await counts()).toEqual(before);
      expect(await linkIn('smartphone', '郑州', '芯片')).toEqual(chipBefore);
    }, 120_000);
  });

  it('what imports added survives a reseed, with its provenance', async () => {
    const { record } = await runImport(
      db,
      file(`${EXAMPLES}/enterprises-luoyang-gbk.csv`),
      opts('enterprises-luoyang-gbk.csv'),
      quiet,
    );
    owned.import(record!.id);
    const bearing = async () =>
      (
        await db.read<{ sources: string[]; aliases: string[] }>(
          "MATCH (e:Enterprise {name: '洛阳轴承'}) RETURN e.importSources AS sources, e.aliases AS aliases",
        )
      )[0]!;
    const before = { graph: await counts(), bearing: await bearing() };
    expect(before.bearing.sources.filter((s) => s.startsWith(record!.id))).toHaveLength(1);
    await seedDatabase(db, quiet);
    expect({ graph: await counts(), bearing: await bearing() }).toEqual(before);
    expect((await linkIn('major-equipment', '洛阳', '现代农业装备')).status).toBe('COVERED');
  });
});
