import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerOnlyAssets } from '../../src/explorer-assets.js';
import { WEB_DIST } from '../../src/web.js';
import { buildWebIfStale } from '../../web/build.js';
import { firstError } from '../http-client.js';
import { startInstance, timedQuery, type Instance } from './instance.js';

describe('npm start with no settings is safe on a shared intranet server', () => {
  let service: Instance;
  beforeAll(async () => {
    await buildWebIfStale({ log: () => {} });
    service = await startInstance({ unset: ['NODE_ENV'] });
  }, 300_000);
  afterAll(() => service?.stop());

  it('refuses introspection and has no explorer or landing page', async () => {
    const introspection = await timedQuery(service.url, '{ __schema { types { name } } }');
    expect(firstError(introspection).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await fetch(`${service.url}/graphiql`)).status).toBe(404);
    expect(await (await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } })).text()).not.toContain(
      'graphiql',
    );
  });

  it("does not hand out the explorer's scripts, which carry the whole schema; the app's own load", async () => {
    const hidden = [...explorerOnlyAssets(WEB_DIST)];
    expect(hidden.some((f) => /^graphiql-.*\.js$/.test(f))).toBe(true);
    for (const file of hidden) expect((await fetch(`${service.url}/assets/${file}`)).status, file).toBe(404);
    const index = await (await fetch(service.url, { headers: { accept: 'text/html' } })).text();
    for (const [, asset] of index.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g))
      expect((await fetch(`${service.url}/${asset}`)).status, asset).toBe(200);
  });

  it('answers no other origin: a page on another host cannot read the API', async () => {
    const res = await fetch(`${service.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('with GRAPHIQL=true the explorer is served whole', () => {
  let service: Instance;
  beforeAll(async () => {
    service = await startInstance({ unset: ['NODE_ENV'], env: { GRAPHIQL: 'true' } });
  }, 300_000);
  afterAll(() => service?.stop());

  it('serves /graphiql and its scripts', async () => {
    expect((await fetch(`${service.url}/graphiql`)).status).toBe(200);
    for (const file of explorerOnlyAssets(WEB_DIST))
      expect((await fetch(`${service.url}/assets/${file}`)).status, file).toBe(200);
  });
});
