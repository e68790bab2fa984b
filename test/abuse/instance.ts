import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../src/free-port.js';
import { TEST_JWT_SECRET } from '../api.js';
import { neo4jEnv } from '../database.js';
import { replyOf, type Reply } from '../http-client.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A chain-atlas process of its own, as `npm start` runs it: its URL, its pid, its memory. */
export type Instance = {
  url: string;
  pid: number;
  /** Resident memory of the Node process, in MB (from /proc). */
  rssMb(): Promise<number>;
  /** Resident memory of its embedded Neo4j JVM, in MB; undefined when it has none. */
  neo4jRssMb(): Promise<number | undefined>;
  /** Whether the Node process is still running. */
  alive(): boolean;
  /** The process's log lines so far (JSON, one per event). */
  logs: string[];
  stop(): Promise<void>;
};

export type InstanceOptions = {
  /** Environment variables for the service. */
  env?: Record<string, string>;
  /** Start an embedded Neo4j of its own (slower) rather than use the test run's. */
  ownDatabase?: boolean;
  /** Variables to leave unset, so the service's defaults apply. */
  unset?: string[];
};

/**
 * Starts `tsx src/index.ts` as `npm start` does, on free ports, and resolves once
 * `/readyz` answers 200: the real service, in a process the test can measure, overload
 * and watch die. It uses the test run's seeded Neo4j, or with `ownDatabase` starts an
 * embedded one of its own in a fresh folder and seeds it.
 */
export async function startInstance({
  env = {},
  ownDatabase = false,
  unset = [],
}: InstanceOptions = {}): Promise<Instance> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chain-atlas-abuse-'));
  const port = await freePort();
  const database: Record<string, string> = ownDatabase ? {} : { ...neo4jEnv(), SEED_ON_START: 'false' };
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'info',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_EMBEDDED_PORT: String(await freePort()),
    NEO4J_HEAP: '1g',
    NEO4J_PAGECACHE: '256m',
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  };
  delete childEnv.NEO4J_URI;
  Object.assign(childEnv, database);
  for (const name of unset) delete childEnv[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv,
  });
  const logs: string[] = [];
  for (const stream of [child.stdout!, child.stderr!])
    createInterface({ input: stream }).on('line', (line) => logs.push(line));
  const url = `http://127.0.0.1:${port}`;
  await waitReady(url, child, logs);
  const neo4jPid = () => {
    for (const line of logs) {
      const pid = /"msg":"embedded Neo4j is up"/.test(line) ? (JSON.parse(line) as { pid?: number }).pid : undefined;
      if (pid) return pid;
    }
    return undefined;
  };
  return {
    url,
    pid: child.pid!,
    logs,
    rssMb: () => rssOf(child.pid!),
    neo4jRssMb: async () => {
      const pid = neo4jPid();
      return pid ? rssOf(pid) : undefined;
    },
    alive: () => child.exitCode === null && child.signalCode === null,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitReady(url: string, child: ChildProcess, logs: string[]): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the service exited during start-up (code ${child.exitCode}):\n${logs.slice(-20).join('\n')}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGKILL');
  throw new Error(`the service was not ready within 240 s:\n${logs.slice(-20).join('\n')}`);
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

/** Sends one GraphQL request and says how long it took; fails the test's expectations, not the process, on errors. `T` is the shape of its data. */
export async function timedQuery<T = unknown>(
  url: string,
  query: string,
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<Reply<T> & { ms: number }> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const reply = await replyOf<T>(res);
  return { ...reply, ms: Math.round(performance.now() - started) };
}
