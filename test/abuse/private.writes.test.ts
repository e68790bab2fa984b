import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/tokens.js';
import { issueToken } from '../../src/auth/tokens.js';
import { backupGraph } from '../../src/backup/backup.js';
import { createLogger } from '../../src/logger.js';
import { idOf, TEST_JWT_SECRET } from '../api.js';
import { dataOf, replyOf } from '../http-client.js';
import { useWrites } from '../writes.js';
import { startInstance, type Instance } from './instance.js';

/** Who records the figure, and what they note: both must stay private. */
const OFFICER = 'officer-private-test-7d1f';
const NOTE = 'private-note-7d1f: 来自区统计局内部口径';
const TARGET = idOf('Target', 'food-revenue');

describe('private fields stay private on every path', () => {
  const owned = useWrites();
  const { db } = owned;
  let service: Instance;
  /** The data of one operation, asked with these roles; `T` is its shape. */
  const as = async <T>(roles: Role[] | undefined, query: string, variables: Record<string, unknown> = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (roles) headers.authorization = `Bearer ${await issueToken(TEST_JWT_SECRET, OFFICER, roles, 1)}`;
    return dataOf(
      await replyOf<T>(
        await fetch(`${service.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) }),
      ),
    );
  };
  type Actual = { id: string; note: string | null; recordedBy: string | null };
  type Rows = { cypher: { rows: unknown[][] } };
  const actuals = '{ targets(where: { metric: null }) { id actuals { id note recordedBy } } }';
  let actualId: string;

  beforeAll(async () => {
    service = await startInstance();
    const { recordActual } = await as<{ recordActual: { actual: Actual } }>(
      ['officer'],
      'mutation($i: RecordActualInput!) { recordActual(input: $i) { actual { id note recordedBy } } }',
      {
        i: { target: TARGET, value: 12, asOf: '2015-03-31', note: NOTE },
      },
    );
    actualId = recordActual.actual.id;
    owned.node(actualId);
    expect(recordActual.actual).toMatchObject({ note: NOTE, recordedBy: OFFICER });
  });
  afterAll(() => service?.stop());

  it("an actual's recorder and note are null for anonymous, readers and analysts, through targets and node(id:)", async () => {
    for (const roles of [undefined, ['reader'], ['analyst']] as (Role[] | undefined)[]) {
      const listed = await as<{ targets: { actuals: Actual[] }[] }>(roles, actuals);
      const mine = listed.targets.flatMap((t) => t.actuals).find((a) => a.id === actualId);
      expect(mine).toEqual({ id: actualId, note: null, recordedBy: null });
      const node = await as(roles, 'query($id: ID!) { node(id: $id) { ... on Actual { note recordedBy value } } }', {
        id: actualId,
      });
      expect(node).toEqual({ node: { note: null, recordedBy: null, value: 12 } });
    }
  });

  it('officers read them', async () => {
    const node = await as(['officer'], 'query($id: ID!) { node(id: $id) { ... on Actual { note recordedBy } } }', {
      id: actualId,
    });
    expect(node).toEqual({ node: { note: NOTE, recordedBy: OFFICER } });
  });

  it("an analyst's Cypher sees only sealed values, whatever it asks", async () => {
    const queries = [
      'MATCH (a:Actual) WHERE a.id = $id RETURN a.note, a.recordedBy',
      'MATCH (a:Actual) WHERE a.id = $id RETURN a',
      'MATCH (a:Actual) WHERE a.id = $id RETURN properties(a)',
      'MATCH (a:Actual) WHERE a.id = $id RETURN [k IN keys(a) | a[k]]',
    ];
    for (const query of queries) {
      const reply = await as<Rows>(
        ['analyst'],
        'query($q: String!, $p: JSON) { cypher(query: $q, params: $p) { rows } }',
        { q: query, p: { id: actualId } },
      );
      const text = JSON.stringify(reply.cypher.rows);
      expect(text).not.toContain(OFFICER);
      expect(text).not.toContain('private-note-7d1f');
      expect(text).toContain('sealed:v1:');
    }
  });

  it("an analyst's Cypher sees the import history's who, host and pid sealed", async () => {
    owned.node('SW1wb3J0OnByaXZhdGUtdGVzdA');
    await db.write(
      "CREATE (i:Entity:Import {id: 'SW1wb3J0OnByaXZhdGUtdGVzdA', kind: 'Import', key: 'private-test', status: 'DONE', file: 'x.csv', by: $by, host: 'plain-host', pid: 4242, startedAt: 0, heartbeatAt: 0, rows: 0, rowsWritten: 0, sha256: '', format: 'csv'})",
      { by: OFFICER },
    );
    // A record stored in the clear (before sealing, or from an old backup) is sealed at the next start.
    const restarted = await startInstance();
    await restarted.stop();
    const reply = await as<Rows>(['analyst'], 'query($q: String!) { cypher(query: $q) { rows } }', {
      q: "MATCH (i:Import {key: 'private-test'}) RETURN i.by, i.host, i.pid, i.file",
    });
    const [row] = reply.cypher.rows;
    expect(row!.slice(0, 3).every((v) => String(v).startsWith('sealed:v1:'))).toBe(true);
    expect(row![3]).toBe('x.csv');
    const officer = await as<{ imports: { id: string; by: string }[] }>(
      ['officer'],
      '{ imports(first: 200) { id by } }',
    );
    expect(officer.imports.find((i) => i.id === 'SW1wb3J0OnByaXZhdGUtdGVzdA')).toEqual({
      id: 'SW1wb3J0OnByaXZhdGUtdGVzdA',
      by: OFFICER,
    });
  }, 120_000);

  it('a backup file holds them sealed, never in the clear', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await backupGraph(db, out, createLogger('silent'));
    const text = gunzipSync(Buffer.concat(chunks)).toString('utf8');
    expect(text).not.toContain(OFFICER);
    expect(text).not.toContain('private-note-7d1f');
  });
});
