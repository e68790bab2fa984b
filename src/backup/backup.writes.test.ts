import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SearchQuery } from '../generated/operations.generated.js';
import { codes, idOf, operation, operationText, TestApi, type Answer, type OperationName } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { useWrites } from '../../test/writes.js';
import { loadConfig } from '../config.js';
import { Database } from '../db/database.js';
import { connectionOptions } from '../db/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../db/embedded/launch.js';
import { freePort } from '../free-port.js';
import { runImport } from '../import/import.js';
import { addUser } from '../account/users.js';
import { createLogger } from '../logger.js';
import { backupGraph } from './backup.js';
import { DatabaseNotEmptyError, restoreGraph, SPOOL_PREFIX } from './restore.js';
import { uniqueConstraints } from './validate.js';
import { decodeValue, encodeValue } from '../db/typed-values.js';
import { addShandongPlaces, NGIT_FILE, planText, removePlans, removeShandongPlaces } from '../plan/plan-fixtures.js';

const quiet = createLogger('silent');
const SAMPLE = 'seed/examples/enterprises-zhengzhou.csv';
const NOTE = 'backup test';

/** The sample enterprise list through the importer (the one place to adapt when its signature changes); its import's id. */
async function importSample(db: Database): Promise<string> {
  const { record } = await runImport(
    db,
    { bytes: readFileSync(SAMPLE) },
    { fileName: SAMPLE, by: 'backup-test' },
    quiet,
  );
  return record!.id;
}

/** A second embedded Neo4j, in a fresh folder on a free port, to restore into. */
async function startSecondNeo4j(): Promise<{ db: Database; neo4j: EmbeddedNeo4j; dataDir: string }> {
  const config = loadConfig();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-atlas-restore-'));
  const embedded = await startEmbeddedNeo4j(
    { ...config.embedded, dataDir, port: await freePort(), heap: '512m', pageCache: '128m' },
    quiet,
  );
  return { db: new Database(connectionOptions(config.neo4j, embedded)), neo4j: embedded, dataDir };
}

const count = async (db: Database) =>
  (
    await db.read<{ nodes: number; rels: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    )
  )[0]!;

/** Nodes per label and relationships per type. */
const census = async (db: Database) => ({
  labels: await db.read('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label'),
  types: await db.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type'),
});

/** Every node and relationship with its properties, in an order that depends neither on the store nor on property order. */
const everything = async (db: Database) => {
  const text = (row: Record<string, unknown>) =>
    JSON.stringify({
      ...row,
      props: Object.entries(row.props as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
    });
  return {
    nodes: (await db.read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props')).map(text).sort(),
    relationships: (
      await db.read('MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props')
    )
      .map(text)
      .sort(),
  };
};

/** The indexes and constraints a database serves with. */
const schema = async (db: Database) => ({
  indexes: await db.read(
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name',
  ),
  constraints: await db.read(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name',
  ),
});

/** The contract operations with the variables the contract tests use, plus the imported enterprise. */
const OPERATIONS: [OperationName, Record<string, unknown>, ('analyst' | 'officer')[]?][] = [
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
  [
    'cypher',
    {
      query: 'MATCH (s:Sector {key: $key}) RETURN s.name AS name, s.category AS category',
      params: { key: 'biomedicine' },
    },
    ['analyst'],
  ],
];

/**
 * Full-text scores depend on the index's history as well as on its documents (Lucene
 * counts replaced documents until it merges them), so a fresh index scores the same
 * hits a little differently: hits and their order must be the same, scores close.
 */
type AnyAnswer = Answer<Partial<SearchQuery>>;
const scores = (answer: AnyAnswer): number[] => (answer.data?.search ?? []).map((hit) => hit.score);
const withoutScores = (answer: AnyAnswer) =>
  answer.data?.search
    ? { ...answer, data: { search: answer.data.search.map(({ score: _score, ...hit }) => hit) } }
    : answer;

/** The lines of a backup file, and a file of lines. */
const linesOf = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
const gz = (lines: string[]) => gzipSync(lines.join('\n') + '\n');
/** The same lines under a header of another version (versions 1 and 2 write the same lines). */
const withVersion = (lines: string[], version: number) => [
  JSON.stringify({ ...JSON.parse(lines[0]!), version }),
  ...lines.slice(1),
];

/**
 * The database as a backup reads it, except that its stream stops after the last node
 * row, while `meanwhile` runs (another session's writes), before the relationship query
 * of the same read transaction starts: a backup during an import, deterministically.
 */
function pausedAfterNodes(db: Database, nodes: number, meanwhile: () => Promise<void>): Database {
  const paused = Object.create(db) as Database;
  paused.streamRead = async function* (queries: string[], fetchSize?: number) {
    let seen = 0;
    for await (const item of db.streamRead(queries, fetchSize)) {
      yield item;
      if (item.query === 0 && ++seen === nodes) await meanwhile();
    }
  };
  return paused;
}

type Where = 'early' | 'late' | 'after the end line';
/** A damage done to a whole backup's lines: where it is (line), and what the refusal says of that line. */
type Damage = {
  what: string;
  version?: number;
  at: Where[];
  make: (lines: string[], where: Where) => { lines: string[]; line: number; says: string | RegExp };
};

/** The refusal says what is wrong with the line, names it, and says that nothing was changed. */
function expectRefusal(err: unknown, line: number, says: string | RegExp) {
  const message = (err as Error).message;
  if (typeof says === 'string') expect(message).toContain(`the backup is damaged: line ${line} ${says}`);
  else expect(message).toMatch(new RegExp(`the backup is damaged: line ${line} ${says.source}`));
  expect(message).toMatch(/; nothing was changed \(the database is as it was\)$/);
}

/** Line indexes of a backup's parts: its first and last node and relationship lines. */
function parts(lines: string[]) {
  const lastNode = lines.length - 1 - [...lines].reverse().findIndex((l) => l.startsWith('{"n":'));
  return { firstNode: 1, lastNode, firstRelationship: lastNode + 1, lastRelationship: lines.length - 2 };
}

/** The lines with line `i` (0-based) changed; returns its line number too. */
/** A node or relationship line of a backup, as the damages below change it. */
type BackupLine = { n?: string; labels?: unknown; props: Record<string, unknown>; from?: string; to?: string };

function edit(lines: string[], i: number, change: (line: BackupLine) => void) {
  const line = JSON.parse(lines[i]!) as BackupLine;
  change(line);
  return { lines: lines.map((l, j) => (j === i ? JSON.stringify(line) : l)), line: i + 1 };
}

const zoned = (zoneId: string) => ({
  $type: 'DateTime',
  year: 2015,
  month: 6,
  day: 30,
  hour: 8,
  minute: 0,
  second: 0,
  nanosecond: 0,
  offsetSeconds: null,
  zoneId,
});

const DAMAGES: Damage[] = [
  {
    what: 'a line that is not JSON',
    at: ['early', 'late'],
    make: (lines, where) => {
      const i = where === 'early' ? parts(lines).firstNode : parts(lines).lastRelationship;
      return { lines: lines.map((l, j) => (j === i ? '{not json' : l)), line: i + 1, says: 'is not JSON' };
    },
  },
  {
    what: 'a value {"$type":"Pwned"}',
    at: ['early', 'late'],
    make: (lines, where) => ({
      ...edit(
        lines,
        where === 'early' ? parts(lines).firstNode : parts(lines).lastRelationship,
        (l) => (l.props.pwned = { $type: 'Pwned' }),
      ),
      says: 'has a property "pwned" that is not valid: {"$type":"Pwned"} is not a type this restore knows',
    }),
  },
  {
    what: 'labels that are a string',
    at: ['early', 'late'],
    make: (lines, where) => ({
      ...edit(
        lines,
        where === 'early' ? parts(lines).firstNode : parts(lines).lastNode,
        (l) => (l.labels = 'Enterprise'),
      ),
      says: 'is a node whose "labels" is not a list of labels',
    }),
  },
  {
    what: 'a node line twice',
    at: ['early', 'late'],
    make: (lines, where) => {
      const { firstNode, lastNode } = parts(lines);
      const at = where === 'early' ? firstNode + 1 : lastNode + 1;
      const end = JSON.parse(lines.at(-1)!);
      const copied = [
        ...lines.slice(0, at),
        lines[firstNode]!,
        ...lines.slice(at, -1),
        JSON.stringify({ ...end, nodes: end.nodes + 1 }),
      ];
      return {
        lines: copied,
        line: at + 1,
        says: `is a node with the key ${JSON.stringify(JSON.parse(lines[firstNode]!).n)}, which line ${firstNode + 1} has too`,
      };
    },
  },
  {
    what: 'a second node with the id of another (under a key of its own)',
    at: ['early', 'late'],
    make: (lines, where) => {
      const { firstNode, lastNode } = parts(lines);
      const at = where === 'early' ? firstNode + 1 : lastNode + 1;
      const end = JSON.parse(lines.at(-1)!);
      const twin = JSON.stringify({ ...JSON.parse(lines[firstNode]!), n: '4:twin:1' });
      const id = JSON.parse(lines[firstNode]!).props.id as string;
      const copied = [
        ...lines.slice(0, at),
        twin,
        ...lines.slice(at, -1),
        JSON.stringify({ ...end, nodes: end.nodes + 1 }),
      ];
      const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return {
        lines: copied,
        line: at + 1,
        says: new RegExp(
          `is a :\\w+ node with id ${escaped(JSON.stringify(id))}, as line ${firstNode + 1} is, where the database allows one \\(a uniqueness constraint\\)`,
        ),
      };
    },
  },
  {
    what: 'an integer {"$int":"12abc"}',
    at: ['early', 'late'],
    make: (lines, where) => ({
      ...edit(
        lines,
        where === 'early' ? parts(lines).firstNode : parts(lines).lastRelationship,
        (l) => (l.props.count = { $int: '12abc' }),
      ),
      says: 'has a property "count" that is not valid: {"$int":"12abc"} has $int "12abc", not a whole number',
    }),
  },
  {
    what: 'a date-time in a time zone no one knows',
    at: ['early', 'late'],
    make: (lines, where) => ({
      ...edit(
        lines,
        where === 'early' ? parts(lines).firstNode : parts(lines).lastRelationship,
        (l) => (l.props.at = zoned('Mars/Olympus')),
      ),
      says: 'has a property "at" that is not valid: a date-time in the time zone "Mars/Olympus", which Neo4j does not know',
    }),
  },
  {
    what: 'a date-time in a time zone spelt in lower case (which only Neo4j refuses)',
    at: ['early', 'late'],
    make: (lines, where) => ({
      ...edit(
        lines,
        where === 'early' ? parts(lines).firstNode : parts(lines).lastRelationship,
        (l) => (l.props.at = zoned('asia/shanghai')),
      ),
      says: 'has a date-time in the time zone "asia/shanghai", which Neo4j does not know',
    }),
  },
  {
    what: 'a relationship to a node key the file does not hold',
    version: 2,
    at: ['early', 'late'],
    make: (lines, where) => ({
      ...edit(
        lines,
        where === 'early' ? parts(lines).firstRelationship : parts(lines).lastRelationship,
        (l) => (l.to = '4:no-such-node:1'),
      ),
      says: 'is a relationship to the node key "4:no-such-node:1", which no node line of the file has',
    }),
  },
  {
    what: 'a line after the end line',
    at: ['late'],
    make: (lines) => ({
      lines: [...lines, lines.at(-1)!],
      line: lines.length + 1,
      says: `follows the end line (line ${lines.length})`,
    }),
  },
];

describe('backing up and restoring the whole graph', () => {
  const shared = new TestApi(testDatabase());
  const owned = useWrites();
  let second: Awaited<ReturnType<typeof startSecondNeo4j>>;
  let restored: TestApi;
  let dir: string;
  let file: string;
  let backedUp: Awaited<ReturnType<typeof census>>;

  beforeAll(async () => {
    [second, dir] = await Promise.all([startSecondNeo4j(), mkdtemp(path.join(os.tmpdir(), 'chain-atlas-backup-'))]);
    file = path.join(dir, 'graph.jsonl.gz');
    restored = new TestApi(second.db);
    await Promise.all([shared.start(), restored.start()]);
  });

  afterAll(async () => {
    await Promise.all([shared.stop(), restored?.stop()]);
    await Promise.all([shared.db.close(), second?.db.close()]);
    await second?.neo4j.stop();
    await Promise.all([
      second && rm(second.dataDir, { recursive: true, force: true }),
      dir && rm(dir, { recursive: true, force: true }),
    ]);
  });

  it('a backup restored into an empty Neo4j answers every contract operation as the original does', async () => {
    // RecordActual answers with the target, not the actual's id: the new actual is found by its label.
    await owned.track('Actual');
    const recorded = await shared.run(
      operation('record-actual'),
      { input: { target: idOf('Target', 'electronics-revenue'), value: 1725, asOf: '2015-06-30', note: NOTE } },
      ['officer'],
    );
    expect(recorded.errors).toBeUndefined();
    owned.import(await importSample(shared.db));

    const backup = await backupGraph(shared.db, file, quiet);
    backedUp = await census(shared.db);
    const { nodes, rels } = await count(shared.db);
    expect(backup).toMatchObject({ nodes, relationships: rels, leftOutRelationships: 0 });
    expect(backup.bytes).toBe((await readFile(file)).length);
    expect(await count(second.db)).toEqual({ nodes: 0, rels: 0 });

    const report = await restoreGraph(second.db, file, {}, quiet);
    expect(report).toMatchObject({
      nodes,
      relationships: rels,
      from: { format: 'chain-atlas-backup', version: 2, counts: { nodes, relationships: rels } },
    });

    expect(await census(second.db)).toEqual(backedUp);
    expect(await everything(second.db)).toEqual(await everything(shared.db));
    // Ready to serve: the same constraints and indexes, full-text search included; nothing of the restore's own left.
    expect(await schema(second.db)).toEqual(await schema(shared.db));
    expect((await schema(second.db)).indexes.map((i) => i.name)).toContain('entity_search');
    expect(
      await second.db.read(
        'MATCH (n) WHERE any(k IN keys(n) WHERE k STARTS WITH "_chainAtlas") OR any(l IN labels(n) WHERE l STARTS WITH "_ChainAtlas") RETURN n',
      ),
    ).toEqual([]);

    for (const [name, variables, roles] of OPERATIONS) {
      // Every operation in turn: their answers are compared whole, so their text is enough (a search's scores aside).
      const run = (api: TestApi) => api.run<Partial<SearchQuery>>(operationText(name), variables, roles);
      const [theirs, ours] = await Promise.all([run(shared), run(restored)]);
      expect(theirs.errors, name).toBeUndefined();
      expect(withoutScores(ours), `${name} ${JSON.stringify(variables)}`).toEqual(withoutScores(theirs));
      scores(ours).forEach((score, i) => expect(score).toBeCloseTo(scores(theirs)[i]!, 1));
    }

    const targets = await restored.run(operation('targets'), {}, ['officer']);
    expect(targets.data!.targets.find((t) => t.id === idOf('Target', 'electronics-revenue'))).toMatchObject({
      actuals: [{ value: 1725, asOf: '2015-06-30', note: NOTE }],
      attainment: 0.5,
    });
    const [actual] = await second.db.read<{ asOf: string; recordedAt: string }>(
      "MATCH (:Target {key: 'electronics-revenue'})-[:HAS_ACTUAL]->(a:Actual {value: 1725}) RETURN valueType(a.asOf) AS asOf, valueType(a.recordedAt) AS recordedAt",
    );
    expect(actual).toEqual({ asOf: 'DATE NOT NULL', recordedAt: 'ZONED DATETIME NOT NULL' });
    const imported = await restored.run(operation('enterprise'), {
      id: idOf('Enterprise', '郑州华晶金刚石股份有限公司'),
    });
    expect(imported.data!.node).toMatchObject({ name: '郑州华晶金刚石股份有限公司', places: [{ name: '郑州' }] });
  }, 180_000); // an import, a backup, a restore with its migrations and every operation twice: 40 s, more on a busy machine

  it('restore refuses a database that holds data and changes nothing; with force it replaces the data', async () => {
    await second.db.write("CREATE (:Scratch {note: 'only in the second database'})");
    const before = await count(second.db);
    const refused = await restoreGraph(second.db, file, {}, quiet).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DatabaseNotEmptyError);
    expect((refused as Error).message).toBe(
      `the database holds ${before.nodes} nodes; restore needs an empty one, or --force to replace them`,
    );
    expect(await count(second.db)).toEqual(before);

    await restoreGraph(second.db, file, { force: true }, quiet);
    expect(await second.db.read('MATCH (n:Scratch) RETURN n')).toEqual([]);
    expect(await census(second.db)).toEqual(backedUp);
  });

  it('plans travel with the graph: a draft with its candidates and review decisions, a published plan with what it states', async () => {
    await addShandongPlaces(shared.db);
    const ingest = async (file: string, region: string) => {
      const { data, errors } = await shared.run<{
        ingestPlan: { id: string; candidates: { nodes: { id: string }[] } };
      }>(
        'mutation($t: String!, $r: String!) { ingestPlan(input: {text: $t, issuer: "人民政府", date: "2023-04-01", region: $r}) { id candidates(kind: CHAIN, first: 3) { nodes { id } } } }',
        { t: planText(file), r: region },
        ['editor'],
      );
      expect(errors).toBeUndefined();
      return data!.ingestPlan;
    };
    const draft = await ingest(NGIT_FILE, '山东');
    const published = await ingest('jinan-2021-digital-pioneer-city-plan.txt', '济南');
    try {
      for (const [plan, action] of [
        [draft, 'REJECT'],
        [published, 'ACCEPT'],
      ] as const) {
        const decided = await shared.run(
          'mutation($c: ID!, $a: ReviewAction!) { reviewCandidate(input: {candidate: $c, action: $a}) { status } }',
          { c: plan.candidates.nodes[0]!.id, a: action },
          ['editor'],
        );
        expect(decided.errors).toBeUndefined();
      }
      expect(
        (await shared.run('mutation($p: ID!) { publishPlan(plan: $p) { status } }', { p: published.id }, ['editor']))
          .errors,
      ).toBeUndefined();

      const backupFile = path.join(dir, 'plans.jsonl.gz');
      await backupGraph(shared.db, backupFile, quiet);
      await restoreGraph(second.db, backupFile, { force: true }, quiet);
      const PLAN = `query($id: ID!) { plan(id: $id) { title status text date region { name } ingestedBy publishedAt
        candidates(first: 100) { totalCount nodes { id kind name quote start end status } }
        review { kind pending accepted rejected } decisions(first: 20) { id action by at changes candidate { id } }
        chains { id name sources { quote plan { id } } } } }`;
      type PlanAnswer = {
        plan: {
          title: string;
          status: string;
          text: string | null;
          date: string;
          region: { name: string } | null;
          ingestedBy: string | null;
          publishedAt: Date | null;
          candidates: {
            totalCount: number;
            nodes: {
              id: string;
              kind: string;
              name: string;
              quote: string;
              start: number;
              end: number;
              status: string;
            }[];
          };
          review: { kind: string; pending: number; accepted: number; rejected: number }[];
          decisions: {
            id: string;
            action: string;
            by: string | null;
            at: Date;
            changes: unknown;
            candidate: { id: string } | null;
          }[];
          chains: { id: string; name: string; sources: { quote: string | null; plan: { id: string } | null }[] }[];
        };
      };
      for (const id of [draft.id, published.id]) {
        const [theirs, ours] = await Promise.all([
          shared.run<PlanAnswer>(PLAN, { id }, ['editor']),
          restored.run<PlanAnswer>(PLAN, { id }, ['editor']),
        ]);
        expect(theirs.errors).toBeUndefined();
        expect(theirs.data!.plan.decisions.length).toBeGreaterThan(0);
        expect(ours).toEqual(theirs);
      }
      // Still a draft in the restored graph: hidden from everyone but editors.
      expect(codes(await restored.run('query($id: ID!) { plan(id: $id) { title } }', { id: draft.id }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    } finally {
      await removePlans(shared.db, [draft.id, published.id]);
      await removeShandongPlaces(shared.db);
    }
  }, 180_000);

  describe('a file that is not a whole backup is refused with a message saying so, and changes nothing', () => {
    const lines = () => gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const variants: [string, () => Buffer, RegExp][] = [
      ['a CSV file', () => readFileSync(SAMPLE), /^not a chain-atlas backup: the file is not gzip-compressed/],
      [
        'a gzip-compressed CSV file',
        () => gzipSync(readFileSync(SAMPLE)),
        /^not a chain-atlas backup: its first line is not a "chain-atlas-backup" header/,
      ],
      ['an empty file', () => Buffer.alloc(0), /^the file is empty, not a chain-atlas backup/],
      [
        'a backup cut in half',
        () => readFileSync(file).subarray(0, readFileSync(file).length >> 1),
        /^the backup is truncated: its compressed data ends early/,
      ],
      [
        'a backup without its end line',
        () => gzipSync(lines().slice(0, -1).join('\n') + '\n'),
        /^the backup is truncated: it ends after line \d+ without its end line/,
      ],
      [
        'a backup of a later version',
        () =>
          gzipSync(
            lines()
              .map((l, i) => (i ? l : l.replace('"version":2', '"version":3')))
              .join('\n'),
          ),
        /^a chain-atlas backup of version 3; this restore reads versions 1 and 2/,
      ],
      [
        'a backup missing a relationship',
        () =>
          gzipSync(
            lines()
              .filter((_, i, all) => i !== all.length - 2)
              .join('\n'),
          ),
        /^the backup is damaged: its end line counts \d+ nodes and \d+ relationships, but it holds \d+ and \d+/,
      ],
    ];

    it.each(variants)('%s, even with force', async (_what, bytes, message) => {
      const bad = path.join(dir, 'bad.jsonl.gz');
      await writeFile(bad, bytes());
      const before = await count(second.db);
      const err = await restoreGraph(second.db, bad, { force: true }, quiet).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(message);
      expect((err as Error).message).toMatch(/; nothing was changed \(the database is as it was\)$/);
      expect(await count(second.db)).toEqual(before);
    });

    it('read from a stream, a file found truncated part-way leaves the empty database empty', async () => {
      await second.db.write('MATCH (n) DETACH DELETE n');
      const truncated = gzipSync(lines().slice(0, -1).join('\n') + '\n');
      const err = await restoreGraph(second.db, Readable.from([truncated]), {}, quiet).catch((e: unknown) => e);
      expect((err as Error).message).toMatch(
        /^the backup is truncated: it ends after line \d+ without its end line .*; nothing was changed \(the database is empty, as it was\)$/,
      );
      expect(await count(second.db)).toEqual({ nodes: 0, rels: 0 });
      expect((await schema(second.db)).indexes.map((i) => i.name)).not.toContain('chain_atlas_restore_key');
    });
  });

  it('a backup taken while another session creates nodes and relationships to them restores with no error, and says exactly what it left out', async () => {
    const { nodes, rels } = await count(shared.db);
    // Between the node pass and the relationship pass, another session commits 5 nodes, 5 relationships
    // from 富士康集团 to them, 2 between them (7 to nodes the backup did not write) and 1 between two nodes it did.
    let wrote = false;
    owned.undo(async () => {
      await shared.db.write('MATCH (n:BackupRace) DETACH DELETE n');
      await shared.db.write('MATCH ()-[r:BACKUP_RACE]->() DELETE r');
    });
    const racing = pausedAfterNodes(shared.db, nodes, async () => {
      await shared.db.write(`
        MATCH (f:Enterprise {name: '富士康集团'}), (z:Place {name: '郑州'}) WITH f, z LIMIT 1
        UNWIND range(1, 5) AS i CREATE (f)-[:BACKUP_RACE]->(n:BackupRace {i: i})
        WITH f, z, collect(n) AS made
        WITH f, z, made[0] AS a, made[1] AS b, made[2] AS c
        CREATE (a)-[:BACKUP_RACE]->(b), (b)-[:BACKUP_RACE]->(c), (f)-[:BACKUP_RACE]->(z)`);
      wrote = true;
    });
    const during = path.join(dir, 'during-writes.jsonl.gz');
    const backup = await backupGraph(racing, during, quiet);
    expect(wrote).toBe(true);
    const report = await restoreGraph(second.db, during, { force: true }, quiet);
    expect(backup).toMatchObject({ nodes, relationships: rels + 1, leftOutRelationships: 7 });
    expect(report).toMatchObject({ nodes, relationships: rels + 1, skippedRelationships: 0 });
    expect(await count(second.db)).toEqual({ nodes, rels: rels + 1 });
    expect(
      await second.db.read("MATCH (:Enterprise {name: '富士康集团'})-[:BACKUP_RACE]->(p) RETURN p.name AS name"),
    ).toEqual([{ name: '郑州' }]);
  });

  it('a version 1 backup with relationships to more than three nodes it does not hold restores the rest, and counts those it leaves out exactly', async () => {
    const all = withVersion(linesOf(file), 1);
    const relationships = all
      .filter((l) => l.startsWith('{"r":'))
      .map((l) => JSON.parse(l) as { from: string; to: string });
    const degree = new Map<string, number>();
    for (const { from, to } of relationships) for (const key of [from, to]) degree.set(key, (degree.get(key) ?? 0) + 1);
    // Five nodes with relationships, taken out as if created after the backup read the nodes.
    const gone = new Set(
      all
        .filter((l) => l.startsWith('{"n":'))
        .map((l) => JSON.parse(l).n as string)
        .filter((key) => degree.get(key))
        .slice(0, 5),
    );
    const touching = relationships.filter((r) => gone.has(r.from) || gone.has(r.to)).length;
    const end = JSON.parse(all.at(-1)!);
    const edited = [
      ...all.slice(0, -1).filter((l) => !l.startsWith('{"n":') || !gone.has(JSON.parse(l).n)),
      JSON.stringify({ ...end, nodes: end.nodes - 5 }),
    ];
    const v1 = path.join(dir, 'version-1.jsonl.gz');
    await writeFile(v1, gz(edited));

    const report = await restoreGraph(second.db, v1, { force: true }, quiet);
    expect(touching).toBeGreaterThan(5);
    expect(report).toMatchObject({
      nodes: end.nodes - 5,
      relationships: end.relationships - touching,
      skippedRelationships: touching,
      from: { version: 1 },
    });
    expect(await count(second.db)).toEqual({ nodes: end.nodes - 5, rels: end.relationships - touching });
  });

  describe('a damaged line anywhere is refused before anything is deleted: restore --force leaves the database exactly as it was, and the error names the line', () => {
    let holding: Awaited<ReturnType<typeof state>>;
    const state = async (db: Database) => ({ counts: await count(db), ...(await everything(db)) });

    beforeAll(async () => {
      await restoreGraph(second.db, file, { force: true }, quiet);
      holding = await state(second.db);
      expect(holding.counts.nodes).toBeGreaterThan(1000);
    });

    // A test that failed by emptying the database puts the graph back for the next.
    afterEach(async () => {
      if (JSON.stringify(await state(second.db)) !== JSON.stringify(holding))
        await restoreGraph(second.db, file, { force: true }, quiet);
    });

    const cases = (versions: number[], where: Where[]) =>
      versions.flatMap((version) =>
        DAMAGES.filter((d) => !d.version || d.version === version).flatMap((damage) =>
          where
            .filter((w) => damage.at.includes(w))
            .map((w) => [`a version ${version} backup with ${damage.what}, ${w}`, version, damage, w] as const),
        ),
      );

    it.each(cases([2, 1], ['early', 'late']))('%s', async (_name, version, damage, where) => {
      const { lines, line, says } = damage.make(withVersion(linesOf(file), version), where);
      const bad = path.join(dir, 'damaged.jsonl.gz');
      await writeFile(bad, gz(lines));
      const err = await restoreGraph(second.db, bad, { force: true }, quiet).catch((e: unknown) => e);
      expectRefusal(err, line, says);
      expect(await state(second.db)).toEqual(holding);
    });

    it.each(cases([2, 1], ['late']))('%s, through standard input', async (_name, version, damage, where) => {
      const { lines, line, says } = damage.make(withVersion(linesOf(file), version), where);
      const err = await restoreGraph(second.db, Readable.from([gz(lines)]), { force: true }, quiet).catch(
        (e: unknown) => e,
      );
      expectRefusal(err, line, says);
      expect(await state(second.db)).toEqual(holding);
      expect(readdirSync(os.tmpdir()).filter((name) => name.startsWith(SPOOL_PREFIX))).toEqual([]);
    });

    it.each(DAMAGES.filter((d) => /twice|the id of another/.test(d.what)).map((d) => [d.what, d] as const))(
      'a version 2 backup with %s, late, through standard input into an empty database: refused part-way, the database left empty',
      async (_what, damage) => {
        await second.db.write('MATCH (n) DETACH DELETE n');
        const { lines, line, says } = damage.make(linesOf(file), 'late');
        const err = await restoreGraph(second.db, Readable.from([gz(lines)]), {}, quiet).catch((e: unknown) => e);
        const message = (err as Error).message;
        if (typeof says === 'string')
          expect(message).toContain(
            `the backup is damaged: line ${line} ${says.replace(/, which line \d+ has too$/, ', which an earlier node line has too')}`,
          );
        else
          expect(message).toMatch(
            new RegExp(
              `the backup is damaged: line ${line} ${says.source.replace(/as line \d+ is/, 'as an earlier node line is')}`,
            ),
          );
        expect(message).toMatch(/; nothing was changed \(the database is empty, as it was\)$/);
        expect(await count(second.db)).toEqual({ nodes: 0, rels: 0 });
        expect((await schema(second.db)).indexes.map((i) => i.name)).not.toContain('chain_atlas_restore_key');
      },
    );

    it('a whole backup through standard input with --force replaces the data, and leaves no temporary file', async () => {
      await second.db.write("CREATE (:Scratch {note: 'only in the second database'})");
      const report = await restoreGraph(second.db, Readable.from([readFileSync(file)]), { force: true }, quiet);
      expect(report).toMatchObject({
        nodes: holding.counts.nodes,
        relationships: holding.counts.rels,
        skippedRelationships: 0,
      });
      expect(await state(second.db)).toEqual(holding);
      expect(readdirSync(os.tmpdir()).filter((name) => name.startsWith(SPOOL_PREFIX))).toEqual([]);
    });
  });

  it("the values a restore checks for uniqueness are those of the target database's constraints and of the migrations", async () => {
    await second.db.schema(
      'CREATE CONSTRAINT backup_test_scratch IF NOT EXISTS FOR (n:Scratch) REQUIRE (n.note, n.day) IS UNIQUE',
    );
    try {
      const unique = await uniqueConstraints(second.db);
      expect(unique).toContainEqual({ label: 'Scratch', properties: ['note', 'day'] });
      expect(unique).toContainEqual({ label: 'Entity', properties: ['id'] });
      expect(unique).toContainEqual({ label: 'ImportLock', properties: ['key'] });
    } finally {
      await second.db.schema('DROP CONSTRAINT backup_test_scratch IF EXISTS');
    }
  });

  it('the pipeline travels with the graph: users with their hashes, leads with events, interactions and sealed contacts, watchlists, revoked tokens', async () => {
    await owned.track('Lead', 'LeadEvent', 'Interaction', 'Watch', 'User', 'RevokedToken', 'AuditEntry');
    await addUser(shared.db, {
      username: 'backup-zhang',
      name: '张科长',
      roles: ['officer'],
      place: '郑州',
      password: 'correct horse 8',
    });
    const zhang = {
      username: 'backup-zhang',
      name: '张科长',
      roles: ['officer' as const],
      place: idOf('Place', '郑州'),
    };
    const created = await shared.run<{ createLead: { lead: { id: string } } }>(
      'mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } } }',
      {
        i: {
          enterprise: idOf('Enterprise', '高通公司'),
          place: idOf('Place', '郑州'),
          link: idOf('ChainLink', 'smartphone/chip'),
          note: '备份测试',
        },
      },
      zhang,
    );
    expect(created.errors).toBeUndefined();
    const lead = created.data!.createLead.lead.id;
    const steps = [
      shared.run(
        'mutation($i: InteractionInput!) { recordInteraction(input: $i) { interaction { id } } }',
        {
          i: {
            lead,
            kind: 'VISIT',
            date: '2026-12-01',
            theirs: [{ name: '陈经理', phone: '13812345678' }],
            summary: '拜访',
            nextAction: { summary: '回访', due: '2026-12-20' },
          },
        },
        zhang,
      ),
      shared.run('mutation($id: ID!) { follow(id: $id) }', { id: idOf('Enterprise', '高通公司') }, zhang),
    ];
    for (const step of steps) expect((await step).errors).toBeUndefined();
    expect(
      (
        await shared.run(
          'mutation($id: ID!) { moveLead(id: $id, stage: CONTACT, version: 1) { lead { id } } }',
          { id: lead },
          zhang,
        )
      ).errors,
    ).toBeUndefined();
    await shared.db.write(
      "CREATE (:RevokedToken {id: 'backup-revoked', subject: 'backup-zhang', expiresAt: 9999999999999, revokedAt: 1})",
    );

    const backupFile = path.join(dir, 'pipeline.jsonl.gz');
    await backupGraph(shared.db, backupFile, quiet);
    await restoreGraph(second.db, backupFile, { force: true }, quiet);
    const LEAD = `query($id: ID!) { node(id: $id) { ... on Lead { id stage version note owner { name } enterprise { name }
      link { name } place { name } interactions { kind summary theirs { name phone masked } nextAction { summary due } }
      events { kind fromStage toStage by { name } summary } } }
      leads { totalCount } watchlist { name } funnel { total } }`;
    const [theirs, ours] = await Promise.all([
      shared.run(LEAD, { id: lead }, zhang),
      restored.run(LEAD, { id: lead }, zhang),
    ]);
    expect(theirs.errors).toBeUndefined();
    expect(ours).toEqual(theirs);
    expect(JSON.stringify(ours)).toContain('13812345678');
    // The user signs in on the restored graph with the same password; the revoked token stays revoked.
    const signedIn = await restored.run<{ signIn: { viewer: { name: string } } }>(
      'mutation { signIn(username: "backup-zhang", password: "correct horse 8") { viewer { name } } }',
    );
    expect(signedIn.data).toEqual({ signIn: { viewer: { name: '张科长' } } });
    expect(
      (await second.db.read<{ n: number }>("MATCH (r:RevokedToken {id: 'backup-revoked'}) RETURN count(r) AS n"))[0]!.n,
    ).toBe(1);
    // The contacts in the file are sealed, never in the clear.
    expect(gunzipSync(await readFile(backupFile)).toString('utf8')).not.toContain('13812345678');
  }, 180_000);

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
      second.db
        .read(`MATCH (n:Typed) UNWIND keys(n) AS key RETURN n.name AS node, key, valueType(n[key]) AS type, n[key] AS value ORDER BY node, key
                      UNION ALL MATCH ()-[r:LINKED]->() UNWIND keys(r) AS key RETURN 'LINKED' AS node, key, valueType(r[key]) AS type, r[key] AS value ORDER BY key`);
    const before = await types();
    expect(before.find((r) => r.key === 'int')).toMatchObject({ type: 'INTEGER NOT NULL' });
    expect(before.find((r) => r.key === 'float')).toMatchObject({ type: 'FLOAT NOT NULL' });

    const typed = path.join(dir, 'typed.jsonl.gz');
    await backupGraph(second.db, typed, quiet);
    const a = gunzipSync(readFileSync(typed))
      .toString('utf8')
      .split('\n')
      .map((l) => l && JSON.parse(l))
      .find((l) => l?.props?.name === 'a');
    expect(a.props).toMatchObject({
      int: { $int: '42' },
      big: { $int: '9007199254740993' },
      float: 1,
      nan: { $float: 'NaN' },
      ints: [{ $int: '1' }, { $int: '2' }, { $int: '3' }],
    });
    expect(a.props.date).toEqual({ $type: 'Date', year: 2015, month: 6, day: 30 });

    await restoreGraph(second.db, typed, { force: true }, quiet);
    expect(await types()).toEqual(before);
  });

  it('the value encoding turns every driver value back into itself', () => {
    const i = neo4j.int;
    const values = [
      i('-9223372036854775808'),
      0.5,
      -0,
      NaN,
      Infinity,
      'text',
      false,
      [i(1)],
      [],
      [0.5, -0],
      new Int8Array([127, -128]),
      new neo4j.types.DateTime(i(2015), i(6), i(30), i(8), i(0), i(0), i(1), i(28800), 'Asia/Shanghai'),
      new neo4j.types.LocalDateTime(i(2015), i(6), i(30), i(8), i(0), i(0), i(999999999)),
      new neo4j.types.Date(i(-20), i(1), i(1)),
      new neo4j.types.Time(i(12), i(0), i(0), i(0), i(-3600)),
      new neo4j.types.LocalTime(i(0), i(0), i(0), i(0)),
      new neo4j.types.Duration(i(14), i(3), i(14706), i(700000000)),
      new neo4j.types.Point(i(9157), 1, 2, 3),
      new neo4j.types.Point(i(4326), 113.65, 34.76),
    ];
    for (const value of values) expect(decodeValue(JSON.parse(JSON.stringify(encodeValue(value))))).toEqual(value);
  });
});
