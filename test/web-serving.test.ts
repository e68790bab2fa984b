import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startService, type Service } from '../src/service.js';
import { buildWebIfStale } from '../web/build.js';
import { testDatabase } from './database.js';

const running: Service[] = [];
async function serve(env: Record<string, string> = {}): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', ...env });
  const service = await startService(config, { db: testDatabase(), embedded: undefined }, createLogger('silent'));
  running.push(service);
  return service.url;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

describe('the service serves the web app and the explorer', () => {
  beforeAll(() => buildWebIfStale({ log: () => {} }), 120_000);

  it('serves the app at / and at any path a browser asks for, in Chinese, with every asset from itself', async () => {
    const url = await serve();
    for (const path of ['/', `/chain/x?place=y`, '/no/such/page']) {
      const res = await fetch(url + path, { headers: { accept: 'text/html' } });
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html).toContain('<html lang="zh-CN">');
      expect(
        html.match(/(src|href)="[^"]+"/g)!.every((a) => /="\/(assets\/|favicon)/.test(a)),
        html,
      ).toBe(true);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await (await fetch(url)).text())![1]!;
    const asset = await fetch(url + script);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(
      (await fetch(url + script, { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding'),
    ).toBe('gzip');
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
  });

  it('keeps /graphql, /healthz and /readyz as they were', async () => {
    const url = await serve();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ plan { title } }' }),
    });
    expect((await res.json()).data.plan.title).toBe('先进制造业大省建设重点产业发展2015年实施方案');
  });

  it("the landing page at /graphql points to /graphiql, not to Apollo's CDN", async () => {
    const url = await serve();
    const html = await (await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('href="/graphiql"');
    expect(html).not.toMatch(/apollographql|cdn\.|googleapis/);
  });

  it('serves GraphiQL at /graphiql in development, and not in production unless GRAPHIQL=true', async () => {
    const dev = await serve();
    const page = await fetch(`${dev}/graphiql`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('GraphiQL');
    const prod = await serve({ NODE_ENV: 'production' });
    expect((await fetch(`${prod}/graphiql`)).status).toBe(404);
    const asked = await serve({ NODE_ENV: 'production', GRAPHIQL: 'true' });
    expect((await fetch(`${asked}/graphiql`)).status).toBe(200);
  });

  it('forbids loading anything from another host, and does not upgrade an intranet http server to https', async () => {
    const url = await serve();
    const csp = (await fetch(url)).headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp).not.toMatch(/https:|\*/);
  });
});
