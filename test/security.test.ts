import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startService, type Service } from '../src/service.js';
import { TEST_JWT_SECRET } from './api.js';
import { testDatabase } from './database.js';
import { gql } from './http-client.js';

const running: Service[] = [];
async function serve(env: Record<string, string>): Promise<Service> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_ON_START: 'false',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    ...env,
  });
  const service = await startService(config, { db: testDatabase(), embedded: undefined }, createLogger('silent'));
  running.push(service);
  return service;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

describe('production posture', () => {
  it('in production, introspection and the landing page are off, and no stack traces leak', async () => {
    const { url } = await serve({ NODE_ENV: 'production' });
    const introspection = await gql(url, '{ __schema { types { name } } }');
    expect(introspection.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('Apollo');
    const unknownField = await gql(url, '{ plan { titel } }');
    expect(unknownField.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('in development, introspection is on for exploring', async () => {
    const { url } = await serve({ NODE_ENV: 'development' });
    expect((await gql(url, '{ __schema { queryType { name } } }')).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('sends security headers', async () => {
    const { url } = await serve({ NODE_ENV: 'production' });
    const res = await fetch(`${url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('allows only the configured browser origins', async () => {
    const { url } = await serve({ NODE_ENV: 'production', CORS_ORIGINS: 'https://atlas.example.gov.cn' });
    const preflight = (origin: string) =>
      fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('https://atlas.example.gov.cn')).headers.get('access-control-allow-origin')).toBe(
      'https://atlas.example.gov.cn',
    );
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('with READS_REQUIRE_TOKEN, an anonymous read is UNAUTHENTICATED and a reader reads', async () => {
    const { url } = await serve({ READS_REQUIRE_TOKEN: 'true' });
    expect((await gql(url, '{ plan { title } }')).codes).toEqual(['UNAUTHENTICATED']);
    expect(
      (await gql<{ plan: { title: string } }>(url, '{ plan { title } }', {}, ['reader'])).body.data?.plan.title,
    ).toContain('实施方案');
  });

  it('limits requests per token per minute, each token on its own', async () => {
    const { url } = await serve({ RATE_LIMIT_PER_MINUTE: '3' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await gql(url, '{ plan { id } }')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await gql(url, '{ plan { id } }');
    expect(limited.codes).toEqual(['RATE_LIMITED']);
    expect((await gql(url, '{ plan { id } }', {}, ['reader'])).status).toBe(200);
  });

  it('does not let made-up tokens escape the limit of an address', async () => {
    const { url } = await serve({ RATE_LIMIT_PER_MINUTE: '2' });
    const statuses = [];
    for (let i = 0; i < 10; i++) statuses.push((await gql(url, '{ plan { id } }', {}, `Bearer made-up-${i}`)).status);
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
  });

  it('runs at most MAX_IN_FLIGHT requests at once, queues MAX_QUEUED more, and refuses the rest with 503 until there is room', async () => {
    const { url } = await serve({ MAX_IN_FLIGHT: '1', MAX_QUEUED: '2' });
    // A slow analytics request each, all sent at once.
    const gaps = '{ criticalLinks(first: 100) { link { name } } }';
    const replies = await Promise.all(Array.from({ length: 6 }, () => gql<{ criticalLinks: unknown[] }>(url, gaps)));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(3);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
    expect(replies.find((r) => r.status === 503)!.codes).toEqual(['SERVER_BUSY']);
    // every answered request got the whole answer, and the server serves again afterwards
    for (const r of replies.filter((x) => x.status === 200))
      expect(r.body.data?.criticalLinks.length).toBeGreaterThan(0);
    expect((await gql(url, '{ plan { id } }')).status).toBe(200);
  });
});
