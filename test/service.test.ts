import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { startService, type Service } from '../src/service.js';
import { testDatabase } from './database.js';

const quiet = createLogger('silent');
const config = { ...loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false' }) };

async function post(url: string, query: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] },
  };
}

describe('the service on a real Neo4j', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startService(config, { db: testDatabase(), embedded: undefined }, quiet);
  });
  afterAll(() => service.stop());

  it('says it is alive at /healthz', async () => {
    const res = await fetch(`${service.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('says it is ready at /readyz, with the Neo4j version', async () => {
    const res = await fetch(`${service.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ready',
      database: { version: expect.stringMatching(/^5\.26\./) },
    });
  });

  it('answers a GraphQL query from Neo4j', async () => {
    const { status, body } = await post(service.url, '{ system { service database { version edition } } }');
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        system: {
          service: 'chain-atlas',
          database: { version: expect.stringMatching(/^5\.26\./), edition: 'community' },
        },
      },
      extensions: { cost: { requestedQueryCost: expect.any(Number), maximumAvailable: 20000 } },
    });
  });
});

describe('the service when Neo4j cannot be reached', () => {
  let service: Service;
  const lines: string[] = [];
  beforeAll(async () => {
    const log = createLogger('error');
    log.error = ((msg: string) => void lines.push(msg)) as typeof log.error;
    const db = new Database({
      uri: 'bolt://127.0.0.1:1',
      user: 'neo4j',
      password: 'x',
      database: 'neo4j',
      embedded: false,
    });
    service = await startService(config, { db, embedded: undefined }, log);
  });
  afterAll(() => service.stop());

  it('says in one line that it cannot reach Neo4j at that address', () => {
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/);
  });

  it('stays up, with /readyz failing', async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    const res = await fetch(`${service.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('bolt://127.0.0.1:1'),
    });
  });

  it('answers queries that need the database with SERVICE_UNAVAILABLE', async () => {
    const { body } = await post(service.url, '{ system { database { version } } }');
    expect(body.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});
