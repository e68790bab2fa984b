import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { issueToken, type Role } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { startService, type Service } from '../../src/service.js';
import { TEST_JWT_SECRET } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { buildWebIfStale } from '../build.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Screenshots of every view, kept as test artifacts (not in git). */
export const SHOTS = path.join(root, 'test-artifacts', 'screenshots');

/** Debian's Chromium (apt-get install chromium); the registry's browser downloads are not reachable here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How long a page may take to show what a test waits for (the first queries also plan their Cypher). */
export const WAIT = { timeout: 15_000 };

export const OFFICE = { width: 1366, height: 768 };
export const PROJECTOR = { width: 1920, height: 1080 };

/** What a page did that it must not: console errors, uncaught exceptions, requests leaving loopback. */
type Watch = { errors: string[]; outside: string[]; allowed: RegExp[] };

export type BrowserApp = {
  url: string;
  db: Database;
  /** Opens a path in a fresh browser context (its own session storage); `roles` signs in with a token first. */
  open(
    pathname: string,
    options?: { viewport?: { width: number; height: number }; roles?: Role[]; place?: string },
  ): Promise<Page>;
  /** A screenshot into test-artifacts/screenshots/<name>.png. */
  shot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<void>;
  /** A bearer token for the service. */
  token(roles: Role[]): Promise<string>;
  /** Console errors a test provokes on purpose (Chromium logs every refused request, e.g. a 401 for a bad token). */
  expectConsoleErrors(page: Page, pattern: RegExp): void;
};

/**
 * The service on the run's seeded Neo4j, with the web app built, and Chromium driven by
 * playwright-core. Every page any test opens is watched: after each test, no console
 * error and no request to another host may have happened.
 */
export function useBrowserApp({
  env = {},
  neo4jUri,
}: { env?: Record<string, string>; neo4jUri?: string } = {}): BrowserApp {
  let service: Service;
  let browser: Browser;
  const contexts: { context: BrowserContext; watch: Watch }[] = [];
  const watches = new WeakMap<Page, Watch>();
  const app: BrowserApp = {
    url: '',
    db: undefined as unknown as Database,
    async open(pathname, { viewport = OFFICE, roles, place } = {}) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true });
      const watch: Watch = { errors: [], outside: [], allowed: [] };
      contexts.push({ context, watch });
      context.on('request', (r) => {
        const u = new URL(r.url());
        if (!['data:', 'blob:'].includes(u.protocol) && !['127.0.0.1', 'localhost'].includes(u.hostname))
          watch.outside.push(r.url());
      });
      if (roles) {
        // With a home place, the officer has a pipeline (leads, lead ledgers).
        const token = place
          ? await issueToken(TEST_JWT_SECRET, 'officer-wang', roles, 1, undefined, { name: '王干事', place })
          : await app.token(roles);
        await context.addInitScript((t) => sessionStorage.setItem('chain-atlas.token', t), token);
      }
      const page = await context.newPage();
      watches.set(page, watch);
      page.on(
        'console',
        (m) =>
          void (
            m.type() === 'error' &&
            !watch.allowed.some((p) => p.test(m.text())) &&
            watch.errors.push(`${page.url()}: ${m.text()}`)
          ),
      );
      page.on('pageerror', (e) => void watch.errors.push(`${page.url()}: ${e.message}`));
      await page.goto(app.url + pathname);
      return page;
    },
    async shot(page, name, { fullPage = true } = {}) {
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
    },
    token: (roles) => issueToken(TEST_JWT_SECRET, 'officer-wang', roles, 1),
    expectConsoleErrors(page, pattern) {
      watches.get(page)?.allowed.push(pattern);
    },
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await buildWebIfStale({ log: () => {} });
    if (!existsSync(CHROMIUM))
      throw new Error(
        `No Chromium at ${CHROMIUM}: install it with apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
      );
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_ON_START: 'false',
      AUTH_JWT_SECRET: TEST_JWT_SECRET,
      RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    });
    // A Neo4j nobody listens on shows what officers see when the database is away.
    app.db = neo4jUri
      ? new Database({ uri: neo4jUri, user: 'neo4j', password: '', database: 'neo4j', embedded: false })
      : testDatabase();
    service = await startService(config, { db: app.db, embedded: undefined }, createLogger('silent'));
    app.url = service.url.replace('localhost', '127.0.0.1');
    // The flags keep Chromium from calling Google's hosts (refused on a closed network).
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
  });
  afterEach(async () => {
    const done = contexts.splice(0);
    await Promise.all(done.map((c) => c.context.close()));
    for (const { watch } of done) {
      expect(watch.errors, 'console errors').toEqual([]);
      expect(watch.outside, 'requests that left loopback').toEqual([]);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });
  return app;
}

/** The global id of a seeded entity (ids are derived from kind and key). */
export { idOf } from '../../test/api.js';
