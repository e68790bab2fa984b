import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../src/auth/tokens.js';
import { TEST_JWT_SECRET } from '../api.js';
import { startInstance, type Instance } from './instance.js';
import { whileAnswering } from './responsive.js';

const CYPHER = 'query($q: String!) { cypher(query: $q, limit: 10) { columns rows truncated } }';

describe("an analyst's Cypher cannot crash or starve the service", () => {
  let service: Instance;
  let analyst: string;
  const ask = (query: string, timeoutMs = 60_000) =>
    fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: analyst },
      body: JSON.stringify({ query: CYPHER, variables: { q: query } }),
      signal: AbortSignal.timeout(timeoutMs),
    }).then(async (r) => (await r.json()) as { data?: { cypher: { rows: unknown[][]; truncated: boolean } } | null; errors?: { message: string; extensions: { code: string; reason?: string } }[] });
  /** Waits until the analyst budget is free again (queries still finishing on the database hold it). */
  const budgetFree = async () => {
    for (let i = 0; i < 120; i++) {
      const reply = await ask('RETURN 1 AS one');
      if (reply.data) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('the analyst budget never came free');
  };

  beforeAll(async () => {
    service = await startInstance();
    analyst = `Bearer ${await issueToken(TEST_JWT_SECRET, 'abuse-analyst', ['analyst'], 1)}`;
  });
  afterAll(() => service?.stop());

  it('a list comprehension over 80 million values is refused before it runs, naming the limit', async () => {
    const reply = await ask('RETURN size([x IN range(1, 80000000) | toString(x)]) AS n');
    expect(reply.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(reply.errors?.[0]?.message).toMatch(/range\(\) may produce at most 1,000,000 values/);
  });

  it('one that hides its size from that check runs the heap out, and Neo4j fails that query and serves on', { timeout: 180_000 }, async () => {
    const hidden = 'MATCH (s:Sector) WITH count(s) * 5000000 AS n RETURN size([x IN range(1, n) | toString(x)]) AS size';
    const reply = await ask(hidden, 150_000);
    expect(reply.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(reply.errors?.[0]?.message).toMatch(/more memory than one query may use|took too long/);
    await budgetFree();
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    const sectors = await whileAnswering(service.url, Promise.resolve(0));
    expect(sectors.responsiveness.failures).toEqual([]);
  });

  it('eight expression loops at once: two run, the rest are refused as busy, and readers are answered throughout', { timeout: 180_000 }, async () => {
    const loop = "RETURN size(reduce(s = '', x IN range(1, 200000) | s + 'xxxxxxxxxx')) AS n";
    const { result, responsiveness } = await whileAnswering(service.url, Promise.all(Array.from({ length: 8 }, () => ask(loop))));
    const codes = result.map((r) => r.errors?.[0]?.extensions.code ?? 'answered');
    expect(codes.filter((c) => c === 'SERVER_BUSY').length).toBeGreaterThanOrEqual(6);
    expect(result.filter((r) => r.errors?.[0]?.extensions.reason === 'TIMEOUT').length).toBeLessThanOrEqual(2);
    expect(responsiveness.failures).toEqual([]);
    expect(responsiveness.slowestMs).toBeLessThan(2_000);
    await budgetFree();
  });

  it('a 20,000-deep nested list, asked for 96 times, neither hangs nor exhausts the connection pool', { timeout: 180_000 }, async () => {
    const nested = 'RETURN reduce(l = [], i IN range(1, 20000) | [l]) AS n';
    const { result, responsiveness } = await whileAnswering(service.url, Promise.all(Array.from({ length: 96 }, () => ask(nested))));
    expect(result.every((r) => r.errors?.length)).toBe(true);
    expect(responsiveness.failures).toEqual([]);
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    await budgetFree();
  });

  it('a single row of 240 MB does not block the event loop: the answer is refused as too large or too slow', { timeout: 180_000 }, async () => {
    // One string of 240 characters a million times: cheap for Neo4j (one string, shared), 240 MB on the wire.
    const huge = `RETURN [x IN range(1, 1000000) | '${'x'.repeat(240)}'] AS row`;
    const { result, responsiveness } = await whileAnswering(service.url, ask(huge), 100);
    expect(result.errors?.[0]?.extensions.reason ?? (result.data?.cypher.truncated ? 'TRUNCATED' : 'WHOLE')).toMatch(/ANSWER_TOO_LARGE|MEMORY_LIMIT|TIMEOUT|TRUNCATED/);
    expect(responsiveness.failures).toEqual([]);
    expect(responsiveness.slowestMs).toBeLessThan(1_000);
    expect(await service.rssMb()).toBeLessThan(800);
    await budgetFree();
  });
});
