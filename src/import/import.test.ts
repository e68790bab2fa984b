import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, operation, TestApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createLogger } from '../logger.js';
import { importEnterprises, ImportRowsError } from './import.js';
import { ImportFileError } from './parse.js';

const quiet = createLogger('silent');
const SAMPLE = 'seed/examples/enterprises-zhengzhou.csv';
const sample = readFileSync(SAMPLE);
const csv = (text: string) => new TextEncoder().encode(text);

describe('importing an enterprise list', () => {
  const api = new TestApi(testDatabase());
  const db = api.db;
  const counts = async () =>
    (await db.read<{ nodes: number; rels: number }>('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels'))[0];
  const superhard = async (place: string) =>
    (await api.run(operation('chain-gaps'), { chain: idOf('Chain', 'superhard-materials'), place: idOf('Place', place) })).data!.chainGaps;
  const recommendations = async (place: string) =>
    (await api.run(operation('recommend-targets'), { place: idOf('Place', place), chain: idOf('Chain', 'superhard-materials') })).data!.recommendTargets;

  beforeAll(() => api.start());
  afterAll(async () => {
    // Leave the shared test graph as the seed made it.
    await db.write('MATCH (e:Enterprise {imported: true}) WHERE e.seedRun IS NULL DETACH DELETE e');
    await db.write('MATCH ()-[r]->() WHERE r.importedFrom IS NOT NULL DELETE r');
    await db.write('MATCH (e:Enterprise) WHERE e.importedAliases IS NOT NULL REMOVE e.importedAliases');
    await api.stop();
    await db.close();
  });

  it('a file with bad rows reports each problem with its line and writes nothing', async () => {
    const before = await counts();
    const bad = csv(
      'name,place,links,sectors\n' +
        '好公司,郑州,smartphone/camera-module,\n' +
        ',郑州,smartphone/chip,\n' +
        '某公司,火星,smartphone/chip,\n' +
        '另一公司,郑州,smartphone/teleporter,\n' +
        '第四公司,郑州,,\n' +
        '第五公司,郑州,,no-such-sector\n',
    );
    const err = await importEnterprises(db, bad, 'bad.csv', quiet).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRowsError);
    expect((err as ImportRowsError).problems).toEqual([
      'line 3: name is empty',
      'line 4: no place named "火星"',
      'line 5: no chain link "smartphone/teleporter" (write chain/link, e.g. smartphone/camera-module)',
      'line 6: give links or sectors (what the enterprise makes)',
      'line 7: no sector "no-such-sector"',
    ]);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), /not UTF-8|binary/],
    ['GBK-encoded', new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x2c, 0x70, 0x6c, 0x61, 0x63, 0x65, 0x0a, 0xd6, 0xa3, 0xd6, 0xdd]), /not UTF-8/],
    ['missing columns', csv('company,city\n富士康,郑州\n'), /missing column\(s\) name, place/],
    ['malformed CSV', csv('name,place,links\n"unterminated,郑州,smartphone/chip\n'), /not valid CSV/],
    ['header only', csv('name,place,links\n'), /no rows/],
  ])('a %s file is refused with a clear message and writes nothing', async (_what, bytes, message) => {
    const before = await counts();
    const err = await importEnterprises(db, bytes, 'x.csv', quiet).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportFileError);
    expect((err as Error).message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('the sample file: imported enterprises cover their links in 郑州, and recommendations change', async () => {
    expect((await superhard('郑州')).links.every((l: any) => l.status !== 'COVERED')).toBe(true);
    expect(await recommendations('南阳')).toEqual([]);

    const report = await importEnterprises(db, sample, SAMPLE, quiet);
    expect(report).toEqual({ rows: 4, matchedExisting: 1, enterprisesCreated: 3, relationshipsCreated: 7 });

    const gaps = await superhard('郑州');
    const byName = Object.fromEntries(gaps.links.map((l: any) => [l.link.name, l]));
    expect(byName['金刚石单晶']).toMatchObject({ status: 'COVERED', localEnterprises: [{ name: '郑州华晶金刚石股份有限公司' }] });
    expect(byName['超硬材料制品']).toMatchObject({ status: 'COVERED', localEnterprises: [{ name: '郑州磨料磨具磨削研究所有限公司' }] });
    expect(gaps.coverage).toBeCloseTo(2 / 3);

    const recommended = await recommendations('南阳');
    expect(recommended[0]).toMatchObject({ enterprise: { name: '河南黄河旋风股份有限公司' } });
    expect(recommended[0].fillsLinks.map((l: any) => l.name).sort()).toEqual(['超硬材料制品', '金刚石单晶']);
    expect(recommended[0].reasons).toContain('Located today in 长葛（许昌）, not in 南阳.');
  });

  it('a row matching a seeded enterprise by alias is merged into it, not duplicated', async () => {
    const { data } = await api.run(operation('enterprise'), { id: idOf('Enterprise', '富士康集团') });
    expect(data!.node.aliases).toEqual(expect.arrayContaining(['富士康', '富士康科技集团', '鸿海']));
    const foxconns = await db.read("MATCH (e:Enterprise) WHERE e.name CONTAINS '富士康' RETURN e.name AS name");
    expect(foxconns).toEqual([{ name: '富士康集团' }]);
  });

  it('importing the same file again changes nothing', async () => {
    const before = await counts();
    expect(await importEnterprises(db, sample, SAMPLE, quiet)).toEqual({ rows: 4, matchedExisting: 4, enterprisesCreated: 0, relationshipsCreated: 0 });
    expect(await counts()).toEqual(before);
  });

  it('imported facts say where they come from', async () => {
    const { data } = await api.run(operation('enterprise'), { id: idOf('Enterprise', '郑州华晶金刚石股份有限公司') });
    expect(data!.node.places).toEqual([{ id: idOf('Place', '郑州'), name: '郑州', level: 'CITY' }]);
    const [rel] = await db.read<{ notes: string[] }>(
      "MATCH (:Enterprise {name: '郑州华晶金刚石股份有限公司'})-[r:OPERATES_IN]->() RETURN r.sourceNotes AS notes",
    );
    expect(rel!.notes[0]).toBe('Imported from enterprises-zhengzhou.csv, line 2: synthetic diamond single crystals (example import).');
    const sources = await api.run('query($id: ID!) { node(id: $id) { ... on Enterprise { sources { kind file line date document note quote } } } }', {
      id: idOf('Enterprise', '郑州华晶金刚石股份有限公司'),
    });
    expect(sources.data!.node.sources).toEqual([{
      kind: 'IMPORTED', file: 'enterprises-zhengzhou.csv', document: 'enterprises-zhengzhou.csv', line: 2, date: new Date().toISOString().slice(0, 10),
      note: 'Imported from enterprises-zhengzhou.csv, line 2: synthetic diamond single crystals (example import).', quote: null,
    }]);
  });

  it('through GraphQL, an import needs the officer role and reports line-numbered problems', async () => {
    const mutation = 'mutation($csv: String!) { importEnterprises(csv: $csv) { rows enterprisesCreated } }';
    const anonymous = await api.run(mutation, { csv: 'name,place,links\n' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await api.run(mutation, { csv: 'name,place,links\nA,火星,smartphone/chip\n' }, ['officer']);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: ['line 2: no place named "火星"'] });
  });
});
