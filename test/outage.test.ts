import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { connectionOptions } from '../src/db/connect.js';
import { Database } from '../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded/launch.js';
import { createLogger } from '../src/logger.js';
import { startService, type Service } from '../src/service.js';
import { gql } from './http-client.js';

/**
 * A Neo4j of its own, stopped while the service runs and started again: the service
 * must stay up, say SERVICE_UNAVAILABLE, fail /readyz, and recover by itself.
 */
describe('when Neo4j goes away while serving', () => {
  const log = createLogger('silent');
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1' });
  let dir: string;
  let neo4j: EmbeddedNeo4j;
  let service: Service;
  const port = 17000 + Math.floor(Math.random() * 1000);
  const start = () =>
    startEmbeddedNeo4j({ ...config.embedded, dataDir: dir, port, heap: '512m', pageCache: '64m' }, log);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'chain-atlas-outage-'));
    neo4j = await start();
    const db = new Database(connectionOptions(config.neo4j, neo4j));
    service = await startService(config, { db, embedded: undefined }, log);
  }, 240_000);
  afterAll(async () => {
    await service?.stop();
    await neo4j?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const ready = async () => (await fetch(`${service.url}/readyz`)).status;
  const plan = () => gql<{ plan: { title: string } }>(service.url, '{ plan { title } }');

  it('serves the seeded plan while Neo4j is up', async () => {
    expect(await ready()).toBe(200);
    expect((await plan()).body.data?.plan.title).toBe('先进制造业大省建设重点产业发展2015年实施方案');
  });

  it('answers SERVICE_UNAVAILABLE and fails /readyz while Neo4j is down, staying up', async () => {
    await neo4j.stop();
    const reply = await plan();
    expect(reply.codes).toEqual(['SERVICE_UNAVAILABLE']);
    expect(reply.body.errors?.[0]?.message).toBe(
      'The database is not available right now; try again in a few seconds.',
    );
    expect(await ready()).toBe(503);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  }, 120_000);

  it('recovers by itself within seconds once Neo4j is back', async () => {
    neo4j = await start();
    const deadline = Date.now() + 30_000;
    let reply = await plan();
    while (reply.codes.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      reply = await plan();
    }
    expect(reply.body.data?.plan.title).toBe('先进制造业大省建设重点产业发展2015年实施方案');
    expect(await ready()).toBe(200);
  }, 240_000);
});
