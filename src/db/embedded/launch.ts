import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from '../../logger.js';
import { embeddedPassword } from './password.js';
import { prepareLauncher } from './prepare.js';

export type EmbeddedOptions = {
  port: number;
  dataDir: string;
  cacheDir: string;
  heap: string;
  pageCache: string;
  javaHome?: string | undefined;
  /** How long to wait for Bolt before giving up. */
  startTimeoutMs?: number;
};

/** A running embedded Neo4j: its Bolt address, the password of its user neo4j, and a way to stop it. */
export type EmbeddedNeo4j = {
  uri: string;
  password: string;
  pid: number;
  /** Resolves when the JVM has exited; also fires if it dies on its own. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
};

const READY = 'CHAIN_ATLAS_NEO4J_READY';
/** Neo4j's log lines: `2026-01-01 10:00:00.000+0000 INFO  [logger] message`. */
const NEO4J_LINE = /^\S+ \S+ (DEBUG|INFO|WARN|ERROR)\s+(?:\[([^\]]+)\] )?(.*)$/;

/**
 * Starts Neo4j Community in our launcher JVM and resolves once Bolt answers.
 *
 * The JVM gets its own process group, so Ctrl-C in a terminal reaches only Node,
 * which then stops the database in order. Its stdin is a pipe from us: should Node
 * die without cleaning up, the pipe closes and the launcher shuts itself down.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions, log: Logger): Promise<EmbeddedNeo4j> {
  const build = await prepareLauncher(options.cacheDir, log);
  await mkdir(options.dataDir, { recursive: true });
  const password = await embeddedPassword(options.dataDir);
  const java = options.javaHome ? path.join(options.javaHome, 'bin', 'java') : 'java';
  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    // No -XX:+ExitOnOutOfMemoryError: a query that runs the heap out (an analyst's list
    // comprehension over millions of values, which Neo4j's memory tracking does not count)
    // then fails with Neo.TransientError.General.OutOfMemoryError and the database serves on,
    // where that flag would stop it for everyone. The limits below stop most such queries first.
    '-Dfile.encoding=UTF-8',
    // Neo4j reaches into these JDK internals; without the opens it logs warnings or runs slower.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${build.jar}${path.delimiter}${path.join(build.libDir, '*')}`,
    'chainatlas.EmbeddedNeo4j',
    options.dataDir,
    String(options.port),
    `server.memory.pagecache.size=${options.pageCache}`,
    'dbms.usage_report.enabled=false',
    ...transactionMemoryLimits(options.heap),
  ];

  log.info(
    { dataDir: options.dataDir, port: options.port, heap: options.heap, pageCache: options.pageCache },
    'starting embedded Neo4j',
  );
  // The password goes through the environment, which other users cannot read (argv they can).
  const child = spawn(java, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, CHAIN_ATLAS_NEO4J_PASSWORD: password },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  forwardLogs(child, log);

  const uri = await waitUntilReady(child, exited, options.startTimeoutMs ?? 180_000);
  log.info({ uri, pid: child.pid }, 'embedded Neo4j is up');

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopChild(child, exited, log));
  // Last resort if the process exits without calling stop(): do not leave a JVM behind.
  process.once('exit', () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { uri, password, pid: child.pid ?? -1, exited, stop };
}

/**
 * Neo4j's own memory tracking: one transaction may use a quarter of the heap, all of them
 * together 60%; beyond that a query fails with a MemoryLimitExceeded error rather than
 * running the heap out (sorts, aggregations, collect() and the like are tracked).
 */
export function transactionMemoryLimits(heap: string): string[] {
  const unit = heap.slice(-1).toLowerCase();
  const mb = Number(heap.slice(0, -1)) * (unit === 'g' ? 1024 : unit === 'k' ? 1 / 1024 : 1);
  return [
    `db.memory.transaction.max=${Math.floor(mb / 4)}m`,
    `dbms.memory.transaction.total.max=${Math.floor(mb * 0.6)}m`,
  ];
}

function forwardLogs(child: ChildProcess, log: Logger): void {
  const neo4jLog = log.child({ component: 'neo4j' });
  createInterface({ input: child.stderr! }).on('line', (line) => {
    const m = NEO4J_LINE.exec(line);
    if (!m) return neo4jLog.info(line);
    const [, level, logger, message] = m;
    // Neo4j's INFO lines are start-up chatter; ours say what matters at info.
    if (level === 'ERROR') neo4jLog.error({ logger }, message);
    else if (level === 'WARN') neo4jLog.warn({ logger }, message);
    else neo4jLog.debug({ logger }, message);
  });
}

function waitUntilReady(child: ChildProcess, exited: Promise<number | null>, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Embedded Neo4j did not open Bolt within ${timeoutMs / 1000}s`));
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Could not run Java (${err.message}). Install Java 17+ or set JAVA_HOME.`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Embedded Neo4j exited during start-up with code ${code}; see the neo4j log lines above`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(READY)) {
        clearTimeout(timer);
        resolve(line.slice(READY.length).trim());
      }
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, log: Logger): Promise<void> {
  if (child.exitCode !== null) return;
  log.info({ pid: child.pid }, 'stopping embedded Neo4j');
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(60_000).then(() => true)]);
  if (timedOut) {
    log.warn({ pid: child.pid }, 'embedded Neo4j did not stop within 60s; killing it');
    child.kill('SIGKILL');
    await exited;
  }
  log.info('embedded Neo4j stopped');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
