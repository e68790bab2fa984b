import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { Database, type DatabaseOptions } from '../src/db/database.js';
import { connectionOptions } from '../src/db/connect.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded/launch.js';
import { applyMigrations } from '../src/db/migrations.js';
import { toGlobalId } from '../src/ids.js';
import { freePort } from '../src/free-port.js';
import { createLogger } from '../src/logger.js';
import { seedDatabase } from '../src/seed/seed.js';
import { buildWebIfStale } from '../web/build.js';
import { BENCH_ENV } from './env.js';
import { percentile } from './load.js';
import { writeSection } from './sections.js';
import { budgets } from './web-budget.js';
import { helpRequested } from '../src/cli.js';

const log = createLogger('warn');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SMARTPHONE = toGlobalId('Chain', 'smartphone');
const ZHENGZHOU = toGlobalId('Place', '郑州');

/**
 * `npm run bench:web`: the web app's budgets. The JS and CSS of the first view, gzipped,
 * from the build's manifest; and the time from navigation to an interactive chain map
 * (every link's button placed over ECharts' drawing) in Chromium, on the seeded graph and,
 * when `npm run gen:scale` has made it, on the 1,000,000-enterprise bench graph.
 * Writes its section of BENCHMARKS.md.
 */
async function main(): Promise<void> {
  helpRequested(
    "usage: npm run bench:web -- [--runs N] [--out FILE]\nThe web app's budgets: first-view bytes and time to an interactive chain map in Chromium; writes its section of BENCHMARKS.md.",
  );
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '15' }, out: { type: 'string', default: 'BENCHMARKS.md' } },
  });
  const runs = Number(values.runs);
  await buildWebIfStale();
  const sizes = budgets(path.join('web', 'dist'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const timings: { graph: string; view: string; cache: string; p50: number; p95: number; runs: number }[] = [];
  try {
    const seeded = await seededDatabase();
    try {
      for (const cache of ['on', 'off'] as const) {
        await withService(seeded.connection, cache, async (url) => {
          timings.push({
            graph: 'seeded plan',
            view: '智能手机 in 郑州',
            cache,
            ...(await timeToMap(browser, `${url}/chain/${SMARTPHONE}?place=${ZHENGZHOU}`, 12, runs)),
          });
          timings.push({
            graph: 'seeded plan',
            view: '智能手机, province',
            cache,
            ...(await timeToMap(browser, `${url}/chain/${SMARTPHONE}`, 12, runs)),
          });
        });
      }
    } finally {
      await seeded.stop();
    }
    const bench = await benchDatabase();
    if (bench) {
      try {
        for (const cache of ['on', 'off'] as const) {
          await withService(bench.connection, cache, async (url) => {
            timings.push({
              graph: `bench, ${bench.enterprises.toLocaleString('en')} enterprises`,
              view: '智能手机, province',
              cache,
              ...(await timeToMap(browser, `${url}/chain/${SMARTPHONE}`, 12, runs)),
            });
          });
        }
      } finally {
        await bench.stop();
      }
    }
  } finally {
    await browser.close();
  }
  const kb = (b: number) => (b / 1024).toFixed(1);
  const lines = [
    '## The web app',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:web -- --runs ${runs}\` on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Chromium ${browser.version()}, headless, on loopback.`,
    '',
    '**Bundle** (JS and CSS the browser loads, gzipped at level 6; budget for the first view: 350 KB):',
    '',
    '| View | Files | Raw KB | Gzipped KB |',
    '|---|---:|---:|---:|',
    `| First view (whichever page opens first; the home page and the chain map, ECharts included, are in it) | ${sizes.firstView.byFile.length} | ${kb(sizes.firstView.raw)} | ${kb(sizes.firstView.gzip)} |`,
    ...(sizes.chainMapView.gzip > sizes.firstView.gzip
      ? [
          `| Chain map (first view + its page) | ${sizes.chainMapView.byFile.length} | ${kb(sizes.chainMapView.raw)} | ${kb(sizes.chainMapView.gzip)} |`,
        ]
      : []),
    '',
    `Largest files: ${sizes.chainMapView.byFile
      .slice(0, 4)
      .map((f) => `\`${f.file.replace(/-[\w-]{8}\./, '.')}\` ${kb(f.gzip)} KB`)
      .join(
        ', ',
      )}. The other views load their own few KB when opened; GraphiQL (/graphiql) is a separate page and not counted.`,
    '',
    `**Navigation to an interactive chain map** (ms from navigation start until every link of the chain is drawn and clickable; each run in a new browser context, so nothing is cached in the browser; ${runs} runs; "cache" is the service's result cache: "off" recomputes chainGaps at every visit). Budgets: under 1 s on the seeded graph, under 2 s for the province on the national graph.`,
    '',
    '| Graph | View | Result cache | p50 | p95 | Runs |',
    '|---|---|---|---:|---:|---:|',
    ...timings.map((t) => `| ${t.graph} | ${t.view} | ${t.cache} | ${t.p50} | ${t.p95} | ${t.runs} |`),
  ];
  writeSection(values.out!, 'web', lines.join('\n'));
  console.log(lines.join('\n'));
}

/** Milliseconds from navigation start until the map shows `links` clickable links, over fresh browser contexts. */
async function timeToMap(browser: Browser, url: string, links: number, runs: number) {
  const samples: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('.map-inner button[data-status]').length >= n &&
        document.querySelectorAll('.chart svg path').length >= n,
      links,
      { polling: 'raf', timeout: 30_000 },
    );
    const ms = await page.evaluate(() => performance.now());
    await context.close();
    // The first run warms the service (query plans); it is not counted.
    if (i > 0) samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: Math.round(percentile(samples, 0.5)),
    p95: Math.round(percentile(samples, 0.95)),
    runs: samples.length,
  };
}

/** A chain-atlas process in production settings on a database, for the time of `work`. */
async function withService(connection: DatabaseOptions, cache: 'on' | 'off', work: (url: string) => Promise<void>) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '100000',
      RESULT_CACHE_ENTRIES: cache === 'on' ? '500' : '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => (/serving/.test(d.toString()) ? resolve() : undefined));
      child.once('exit', (code) => reject(new Error(`chain-atlas exited with ${code}`)));
    });
    await work(`http://127.0.0.1:${port}`);
  } finally {
    child.kill('SIGTERM');
  }
}

/** The plan alone, in a fresh embedded Neo4j. */
async function seededDatabase(): Promise<{ connection: DatabaseOptions; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chain-atlas-bench-web-'));
  const config = loadConfig();
  const embedded = await startEmbeddedNeo4j(
    { ...config.embedded, dataDir, port: await freePort(), heap: '1g', pageCache: '512m' },
    log,
  );
  const connection = connectionOptions(config.neo4j, embedded);
  const db = new Database(connection);
  await applyMigrations(db, log);
  await seedDatabase(db, log);
  await db.close();
  return {
    connection,
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The national bench graph of `npm run gen:scale`, when there is one. */
async function benchDatabase(): Promise<
  { connection: DatabaseOptions; enterprises: number; stop(): Promise<void> } | undefined
> {
  const config = loadConfig({ ...BENCH_ENV, ...process.env });
  if (!config.neo4j.uri && !existsSync(path.join(config.embedded.dataDir, 'data'))) {
    console.log(
      `no bench graph in ${config.embedded.dataDir}: run npm run gen:scale -- --enterprises 1000000 first; measuring the seeded graph only`,
    );
    return undefined;
  }
  const embedded: EmbeddedNeo4j | undefined = config.neo4j.uri
    ? undefined
    : await startEmbeddedNeo4j(config.embedded, log);
  const connection = connectionOptions(config.neo4j, embedded);
  const db = new Database(connection);
  const [row] = await db.read<{ n: number }>('MATCH (e:Enterprise) RETURN count(e) AS n');
  await db.close();
  return { connection, enterprises: row!.n, stop: async () => void (await embedded?.stop()) };
}

main().catch((err: Error) => {
  console.error(`bench:web failed: ${err.message}`);
  process.exit(1);
});
