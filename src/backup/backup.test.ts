import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, operation, TestApi, type Answer } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { loadConfig } from '../config.js';
import { Database } from '../db/database.js';
import { connectionOptions } from '../db/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../db/embedded/launch.js';
import { freePort } from '../free-port.js';
import { importEnterprises } from '../import/import.js';
import { createLogger } from '../logger.js';
import { backupGraph } from './backup.js';
import { DatabaseNotEmptyError, restoreGraph } from './restore.js';
import { decodeValue, encodeProps, encodeValue } from '../db/typed-values.js';

const quiet = createLogger('silent');
const SAMPLE = 'seed/examples/enterprises-zhengzhou.csv';
const NOTE = 'backup test';

/** The sample enterprise list through the importer (the one place to adapt when its signature changes). */
async function importSample(db: Database): Promise<void> {
  await importEnterprises(db, readFileSync(SAMPLE), SAMPLE, quiet);
}

type Snapshot = { nodes: Map<string, Item>; relationships: Map<string, Item> };
type Item = { labels?: string[]; props: Record<string, unknown>; text: string };

/** Every node and relationship of a database by elementId, with its exact (driver) values. */
async function snapshot(db: Database): Promise<Snapshot> {
  const taken: Snapshot = { nodes: new Map(), relationships: new Map() };
  const queries = ['MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props', 'MATCH ()-[r]->() RETURN elementId(r) AS id, properties(r) AS props'];
  for await (const { query, row } of db.streamRead(queries)) {
    const text = JSON.stringify(Object.entries(encodeProps(row.props)).sort(([a], [b]) => (a < b ? -1 : 1)));
    (query ? taken.relationships : taken.nodes).set(row.id, { labels: row.labels, props: row.props, text: `${row.labels ?? ''}${text}` });
  }
  return taken;
}

/**
 * Puts the shared graph back as the snapshot found it, whatever the importer and
 * recordActual added (nodes, relationships, properties), and checks it did.
 */
async function restoreSnapshot(db: Database, before: Snapshot): Promise<void> {
  const now = await snapshot(db);
  const added = (items: Map<string, Item>, was: Map<string, Item>) => [...items.keys()].filter((id) => !was.has(id));
  await db.write('UNWIND $ids AS id MATCH ()-[r]->() WHERE elementId(r) = id DELETE r', { ids: added(now.relationships, before.relationships) });
  await db.write('UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id DETACH DELETE n', { ids: added(now.nodes, before.nodes) });
  for (const [id, was] of before.nodes) {
    if (now.nodes.get(id)?.text === was.text) continue;
    await db.write('MATCH (n) WHERE elementId(n) = $id SET n = $props', { id, props: was.props });
  }
  for (const [id, was] of before.relationships) {
    if (now.relationships.get(id)?.text === was.text) continue;
    await db.write('MATCH ()-[r]->() WHERE elementId(r) = $id SET r = $props', { id, props: was.props });
  }
  const after = await snapshot(db);
  const same = (a: Map<string, Item>, b: Map<string, Item>) => a.size === b.size && [...a].every(([id, item]) => b.get(id)?.text === item.text);
  if (!same(after.nodes, before.nodes) || !same(after.relationships, before.relationships)) {
    throw new Error('the shared test graph could not be put back as it was (a node or relationship of it was deleted, or its labels changed)');
  }
}

/** A second embedded Neo4j, in a fresh folder on a free port, to restore into. */
async function startSecondNeo4j(): Promise<{ db: Database; neo4j: EmbeddedNeo4j; dataDir: string }> {
  const config = loadConfig();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-atlas-restore-'));
  const embedded = await startEmbeddedNeo4j({ ...config.embedded, dataDir, port: await freePort(), heap: '512m', pageCache: '128m' }, quiet);
  return { db: new Database(connectionOptions(config.neo4j, embedded)), neo4j: embedded, dataDir };
}

const count = async (db: Database) =>
  (await db.read<{ nodes: number; rels: number }>('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels'))[0]!;

/** Nodes per label and relationships per type. */
const census = async (db: Database) => ({
  labels: await db.read('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label'),
  types: await db.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type'),
});

/** Every node and relationship with its properties, in an order that depends neither on the store nor on property order. */
const everything = async (db: Database) => {
  const text = (row: Record<string, any>) => JSON.stringify({ ...row, props: Object.entries(row.props).sort(([a], [b]) => (a < b ? -1 : 1)) });
  return {
    nodes: (await db.read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props')).map(text).sort(),
    relationships: (await db.read('MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props')).map(text).sort(),
  };
};

/** The indexes and constraints a database serves with. */
const schema = async (db: Database) => ({
  indexes: await db.read('SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name'),
  constraints: await db.read('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name'),
});

/** The contract operations with the variables the contract tests use, plus the imported enterprise. */
const OPERATIONS: [string, Record<string, unknown>, ('analyst' | 'officer')[]?][] = [
  ['sectors', {}],
  ['sectors', { category: 'STRATEGIC_EMERGING' }],
  ['chain-gaps', { chain: idOf('Chain', 'smartphone'), place: idOf('Place', '郑州') }],
  ['chain-gaps', { chain: idOf('Chain', 'superhard-materials'), place: idOf('Place', '郑州') }],
  ['enterprise', { id: idOf('Enterprise', '富士康集团') }],
  ['enterprise', { id: idOf('Enterprise', '郑州华晶金刚石股份有限公司') }],
  ['enterprises', { first: 50 }],
  ['enterprises', { where: { link: idOf('ChainLink', 'smartphone/camera-module'), role: 'TARGET' } }],
  ['targets', {}],
  ['clusters', { where: { minTierYi: 2000 } }],
  ['clusters', {}],
  ['search', { text: 'fsk', kinds: ['ENTERPRISE'], first: 3 }],
  ['search', { text: '富士康' }],
  ['recommend-targets', { place: idOf('Place', '郑州'), chain: idOf('Chain', 'smartphone'), first: 20 }],
  ['recommend-targets', { place: idOf('Place', '南阳'), chain: idOf('Chain', 'superhard-materials') }],
  ['cypher', { query: 'MATCH (s:Sector {key: $key}) RETURN s.name AS name, s.category AS category', params: { key: 'biomedicine' } }, ['analyst']],
];

/**
 * Full-text scores depend on the index's history as well as on its documents (Lucene
 * counts replaced documents until it merges them), so a fresh index scores the same
 * hits a little differently: hits and their order must be the same, scores close.
 */
const scores = (answer: Answer): number[] => (answer.data?.search ?? []).map((hit: { score: number }) => hit.score);
const withoutScores = (answer: Answer) =>
  answer.data?.search ? { ...answer, data: { search: answer.data.search.map(({ score: _score, ...hit }: { score: number }) => hit) } } : answer;

describe('backing up and restoring the whole graph', () => {
  const shared = new TestApi(testDatabase());
  let second: Awaited<ReturnType<typeof startSecondNeo4j>>;
  let restored: TestApi;
  let dir: string;
  let file: string;
  let backedUp: Awaited<ReturnType<typeof census>>;
  let untouched: Snapshot | undefined;

  beforeAll(async () => {
    [second, dir] = await Promise.all([startSecondNeo4j(), mkdtemp(path.join(os.tmpdir(), 'chain-atlas-backup-'))]);
    file = path.join(dir, 'graph.jsonl.gz');
    restored = new TestApi(second.db);
    await Promise.all([shared.start(), restored.start()]);
    untouched = await snapshot(shared.db);
  });

  afterAll(async () => {
    // Leave the shared test graph as this file found it: without the actual and the import.
    if (untouched) await restoreSnapshot(shared.db, untouched);
    await Promise.all([shared.stop(), restored?.stop()]);
    await Promise.all([shared.db.close(), second?.db.close()]);
    await second?.neo4j.stop();
    await Promise.all([second && rm(second.dataDir, { recursive: true, force: true }), dir && rm(dir, { recursive: true, force: true })]);
  });

  it('a backup restored into an empty Neo4j answers every contract operation as the original does', async () => {
    const recorded = await shared.run(operation('record-actual'), { input: { target: idOf('Target', 'electronics-revenue'), value: 1725, asOf: '2015-06-30', note: NOTE } }, ['officer']);
    expect(recorded.errors).toBeUndefined();
    await importSample(shared.db);

    const backup = await backupGraph(shared.db, file, quiet);
    backedUp = await census(shared.db);
    const { nodes, rels } = await count(shared.db);
    expect(backup).toMatchObject({ nodes, relationships: rels });
    expect(backup.bytes).toBe((await readFile(file)).length);
    expect(await count(second.db)).toEqual({ nodes: 0, rels: 0 });

    const report = await restoreGraph(second.db, file, {}, quiet);
    expect(report).toMatchObject({ nodes, relationships: rels, from: { format: 'chain-atlas-backup', version: 1, counts: { nodes, relationships: rels } } });

    expect(await census(second.db)).toEqual(backedUp);
    expect(await everything(second.db)).toEqual(await everything(shared.db));
    // Ready to serve: the same constraints and indexes, full-text search included; nothing of the restore's own left.
    expect(await schema(second.db)).toEqual(await schema(shared.db));
    expect((await schema(second.db)).indexes.map((i) => i.name)).toContain('entity_search');
    expect(await second.db.read('MATCH (n) WHERE any(k IN keys(n) WHERE k STARTS WITH "_chainAtlas") OR any(l IN labels(n) WHERE l STARTS WITH "_ChainAtlas") RETURN n')).toEqual([]);

    for (const [name, variables, roles] of OPERATIONS) {
      const [theirs, ours] = await Promise.all([shared.run(operation(name), variables, roles), restored.run(operation(name), variables, roles)]);
      expect(theirs.errors, name).toBeUndefined();
      expect(withoutScores(ours), `${name} ${JSON.stringify(variables)}`).toEqual(withoutScores(theirs));
      scores(ours).forEach((score, i) => expect(score).toBeCloseTo(scores(theirs)[i]!, 1));
    }

    const targets = await restored.run(operation('targets'));
    expect(targets.data!.targets.find((t: any) => t.id === idOf('Target', 'electronics-revenue'))).toMatchObject({ actuals: [{ value: 1725, asOf: '2015-06-30', note: NOTE }], attainment: 0.5 });
    const [actual] = await second.db.read<{ asOf: string; recordedAt: string }>('MATCH (a:Actual {note: $note}) RETURN valueType(a.asOf) AS asOf, valueType(a.recordedAt) AS recordedAt', { note: NOTE });
    expect(actual).toEqual({ asOf: 'DATE NOT NULL', recordedAt: 'ZONED DATETIME NOT NULL' });
    const imported = await restored.run(operation('enterprise'), { id: idOf('Enterprise', '郑州华晶金刚石股份有限公司') });
    expect(imported.data!.node).toMatchObject({ name: '郑州华晶金刚石股份有限公司', places: [{ name: '郑州' }] });
  });

  it('restore refuses a database that holds data and changes nothing; with force it replaces the data', async () => {
    await second.db.write("CREATE (:Scratch {note: 'only in the second database'})");
    const before = await count(second.db);
    const refused = await restoreGraph(second.db, file, {}, quiet).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DatabaseNotEmptyError);
    expect((refused as Error).message).toBe(`the database holds ${before.nodes} nodes; restore needs an empty one, or --force to replace them`);
    expect(await count(second.db)).toEqual(before);

    await restoreGraph(second.db, file, { force: true }, quiet);
    expect(await second.db.read('MATCH (n:Scratch) RETURN n')).toEqual([]);
    expect(await census(second.db)).toEqual(backedUp);
  });

  describe('a file that is not a whole backup is refused with a message saying so, and changes nothing', () => {
    const lines = () => gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const variants: [string, () => Buffer, RegExp][] = [
      ['a CSV file', () => readFileSync(SAMPLE), /^not a chain-atlas backup: the file is not gzip-compressed/],
      ['a gzip-compressed CSV file', () => gzipSync(readFileSync(SAMPLE)), /^not a chain-atlas backup: its first line is not a "chain-atlas-backup" header/],
      ['an empty file', () => Buffer.alloc(0), /^the file is empty, not a chain-atlas backup/],
      ['a backup cut in half', () => readFileSync(file).subarray(0, readFileSync(file).length >> 1), /^the backup is truncated: its compressed data ends early/],
      ['a backup without its end line', () => gzipSync(lines().slice(0, -1).join('\n') + '\n'), /^the backup is truncated: it ends after line \d+ without its end line/],
      ['a backup of a later version', () => gzipSync(lines().map((l, i) => (i ? l : l.replace('"version":1', '"version":2'))).join('\n')), /^a chain-atlas backup of version 2; this restore reads version 1 only/],
      ['a backup missing a relationship', () => gzipSync(lines().filter((_, i, all) => i !== all.length - 2).join('\n')), /^the backup is damaged: its end line counts \d+ nodes and \d+ relationships, but it holds \d+ and \d+/],
    ];

    it.each(variants)('%s, even with force', async (_what, bytes, message) => {
      const bad = path.join(dir, 'bad.jsonl.gz');
      await writeFile(bad, bytes());
      const before = await count(second.db);
      const err = await restoreGraph(second.db, bad, { force: true }, quiet).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(message);
      expect(await count(second.db)).toEqual(before);
    });

    it('read from a stream, a file found truncated part-way leaves the empty database empty', async () => {
      await second.db.write('MATCH (n) DETACH DELETE n');
      const truncated = gzipSync(lines().slice(0, -1).join('\n') + '\n');
      const err = await restoreGraph(second.db, Readable.from([truncated]), {}, quiet).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(/^the backup is truncated: it ends after line \d+ without its end line .*; nothing was restored \(the database is empty\)$/);
      expect(await count(second.db)).toEqual({ nodes: 0, rels: 0 });
      expect((await schema(second.db)).indexes.map((i) => i.name)).not.toContain('chain_atlas_restore_key');
    });
  });

  it('a relationship to a node the file does not hold (one written while the backup ran) is left out and counted', async () => {
    const all = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const foxconn = all.findIndex((l) => l.startsWith('{"n":') && l.includes('"name":"富士康集团"'));
    const key = JSON.parse(all[foxconn]!).n as string;
    const touching = all.filter((l) => l.startsWith('{"r":') && (JSON.parse(l).from === key || JSON.parse(l).to === key)).length;
    const end = JSON.parse(all.at(-1)!);
    const edited = [...all.slice(0, foxconn), ...all.slice(foxconn + 1, -1), JSON.stringify({ ...end, nodes: end.nodes - 1 })];
    const partial = path.join(dir, 'during-writes.jsonl.gz');
    await writeFile(partial, gzipSync(edited.join('\n') + '\n'));

    const report = await restoreGraph(second.db, partial, { force: true }, quiet);
    expect(touching).toBeGreaterThan(0);
    expect(report).toMatchObject({ nodes: end.nodes - 1, relationships: end.relationships - touching, skippedRelationships: touching });
    expect(await count(second.db)).toEqual({ nodes: end.nodes - 1, rels: end.relationships - touching });
  });

  it('value types survive: integers stay integers, floats floats, lists, temporal and spatial values, bytes', async () => {
    await second.db.write('MATCH (n) DETACH DELETE n');
    await second.db.write(
      `CREATE (a:Typed {name: 'a', int: 42, big: 9007199254740993, negative: -7, float: 1.0, fraction: 0.1, nan: 0.0 / 0.0, infinity: -1.0 / 0.0, negativeZero: -0.0,
                        yes: true, text: '郑州', ints: [1, 2, 3], floats: [1.0, 2.5], texts: ['a', 'b'], booleans: [true, false],
                        date: date('2015-06-30'), dateTime: datetime('2015-06-30T12:34:56.123456789+08:00'),
                        zoned: datetime({year: 2015, month: 6, day: 30, hour: 8, timezone: 'Asia/Shanghai'}),
                        localDateTime: localdatetime('2015-06-30T12:34:56'), time: time('12:34:56.5+01:00'), localTime: localtime('23:59:59.999999999'),
                        duration: duration('P1Y2M3DT4H5M6.7S'), point: point({x: 1.5, y: -2}), geo: point({longitude: 113.65, latitude: 34.76, height: 100.0}),
                        dates: [date('2015-01-01'), date('2016-01-01')], bytes: $bytes})
       CREATE (a)-[:LINKED {weight: 2, ratio: 0.5, since: date('2020-01-01')}]->(:Typed {name: 'b'})`,
      { bytes: new Int8Array([1, 2, -3]) },
    );
    const types = () =>
      second.db.read(`MATCH (n:Typed) UNWIND keys(n) AS key RETURN n.name AS node, key, valueType(n[key]) AS type, n[key] AS value ORDER BY node, key
                      UNION ALL MATCH ()-[r:LINKED]->() UNWIND keys(r) AS key RETURN 'LINKED' AS node, key, valueType(r[key]) AS type, r[key] AS value ORDER BY key`);
    const before = await types();
    expect(before.find((r) => r.key === 'int')).toMatchObject({ type: 'INTEGER NOT NULL' });
    expect(before.find((r) => r.key === 'float')).toMatchObject({ type: 'FLOAT NOT NULL' });

    const typed = path.join(dir, 'typed.jsonl.gz');
    await backupGraph(second.db, typed, quiet);
    const a = gunzipSync(readFileSync(typed)).toString('utf8').split('\n').map((l) => l && JSON.parse(l)).find((l) => l?.props?.name === 'a');
    expect(a.props).toMatchObject({ int: { $int: '42' }, big: { $int: '9007199254740993' }, float: 1, nan: { $float: 'NaN' }, ints: [{ $int: '1' }, { $int: '2' }, { $int: '3' }] });
    expect(a.props.date).toEqual({ $type: 'Date', year: 2015, month: 6, day: 30 });

    await restoreGraph(second.db, typed, { force: true }, quiet);
    expect(await types()).toEqual(before);
  });

  it('the value encoding turns every driver value back into itself', () => {
    const i = neo4j.int;
    const values = [
      i('-9223372036854775808'), 0.5, -0, NaN, Infinity, 'text', false, [i(1)], [], [0.5, -0], new Int8Array([127, -128]),
      new neo4j.types.DateTime(i(2015), i(6), i(30), i(8), i(0), i(0), i(1), i(28800), 'Asia/Shanghai'),
      new neo4j.types.LocalDateTime(i(2015), i(6), i(30), i(8), i(0), i(0), i(999999999)),
      new neo4j.types.Date(i(-20), i(1), i(1)), new neo4j.types.Time(i(12), i(0), i(0), i(0), i(-3600)), new neo4j.types.LocalTime(i(0), i(0), i(0), i(0)),
      new neo4j.types.Duration(i(14), i(3), i(14706), i(700000000)), new neo4j.types.Point(i(9157), 1, 2, 3), new neo4j.types.Point(i(4326), 113.65, 34.76),
    ];
    for (const value of values) expect(decodeValue(JSON.parse(JSON.stringify(encodeValue(value))))).toEqual(value);
  });
});
